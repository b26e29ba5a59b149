#include "unitfile.h"

#include "interchange.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::District)
};

} // namespace

UnitFile loadUnitFile(const QString &path)
{
    UnitFile out;
    if (path.endsWith(u".zip"_s, Qt::CaseInsensitive)) {
        out.error = Tr::tr("portal packages (.zip) cannot be read yet; give the unit's interchange JSON file");
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = Tr::tr("cannot read the file: %1").arg(f.errorString());
        return out;
    }
    InterchangeResult r = readInterchange(f.readAll());
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
