#include "unitfile.h"

#include "importer.h"
#include "interchange.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::District)
};

} // namespace

UnitSignature unitSignature(const PdfSignatureCheck &c)
{
    if (!c.checked)
        return c.declaredSigned ? UnitSignature::Signed : UnitSignature::Unsigned;
    switch (c.verdict.state) {
    case SignatureState::Valid:
        return UnitSignature::Valid;
    case SignatureState::NotTrusted:
        return UnitSignature::Signed; // intact and whole; its signer not (yet) trusted here
    case SignatureState::Unsigned:
        return UnitSignature::Unsigned;
    default:
        return UnitSignature::Invalid;
    }
}

UnitFile loadUnitFile(const QString &path, const QList<QByteArray> &trustedCaPem)
{
    UnitFile out;
    const InputFile file = readInputFile(path, kPackageMaxBytes);
    if (!file.ok) {
        out.error = file.error;
        return out;
    }
    // A portal package, recognized by its first bytes whatever its name: read and checked as
    // the import reads it.
    if (looksLikeZip(file.data)) {
        ImportRead r = readImportData(path, file.data, trustedCaPem);
        if (!r.source) {
            out.error = r.error;
            return out;
        }
        out.report = std::move(r.source->report);
        out.signature = unitSignature(r.source->signature);
        return out;
    }
    InterchangeResult r = readInterchange(file.data);
    if (!r.report) {
        out.error = (r.path.isEmpty() ? QString() : r.path + u": "_s) + r.error;
        return out;
    }
    if (!r.units.isEmpty()) {
        out.error = Tr::tr("this is a district summary, not a unit's report");
        return out;
    }
    out.report = std::move(r.report);
    return out;
}

DistrictUnit districtUnit(const UnitFile &file, const QString &source)
{
    const ReportData &r = *file.report;
    return DistrictUnit{r.organization, r.status, file.signature, r.year, r.quarter, r.figures, source};
}

} // namespace nianbao
