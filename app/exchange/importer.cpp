#include "importer.h"

#include "interchange.h"
#include "signedreportdata.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Package)
};

ImportRead refused(const QString &error)
{
    ImportRead r;
    r.error = error;
    return r;
}

} // namespace

PdfSignatureCheck checkPackagePdf(const PackageContent &package, const QList<QByteArray> &trustedCaPem)
{
    PdfSignatureCheck c;
    c.declaredSigned = package.manifest.signedPdf;
    c.verdict = verifyPdfSignature(package.pdf, trustedCaPem);
    c.checked = true;
    c.valid = c.verdict.state == SignatureState::Valid;
    const SignatureState state = c.verdict.state;
    if (state == SignatureState::Unsigned)
        c.summary = Tr::tr("PDF not signed");
    else if (c.verdict.signer.isEmpty())
        c.summary = Tr::tr("PDF signature: %1").arg(signatureStateName(state));
    else
        c.summary = Tr::tr("PDF signature: %1 (%2, %3)")
                        .arg(signatureStateName(state), c.verdict.signer,
                             c.verdict.signedAt.toUTC().toString(Qt::ISODate));
    if (c.declaredSigned
        && (state == SignatureState::Unsigned || state == SignatureState::Unreadable || state == SignatureState::Changed))
        c.refusal = Tr::tr("report.pdf: the manifest says the PDF is signed, but %1").arg(signatureMessage(c.verdict));
    else if (state == SignatureState::Changed || state == SignatureState::NotWhole)
        c.refusal = Tr::tr("report.pdf: %1").arg(signatureMessage(c.verdict));
    else if (state == SignatureState::NotTrusted && !trustedCaPem.isEmpty())
        // The CAs to trust were named: a signer none of them vouches for is not what was asked for.
        c.refusal = Tr::tr("report.pdf: %1").arg(signatureMessage(c.verdict));
    else if (c.intact())
        // A signed PDF proves something only of the data it was signed with.
        if (const auto mismatch = signedReportMismatch(package.report, c.verdict.signedReport))
            c.refusal =
                Tr::tr("report.pdf is not the signed report of report.json: %1").arg(*mismatch);
    return c;
}

ImportRead readImportFile(const QString &path, const QList<QByteArray> &trustedCaPem)
{
    const InputFile file = readInputFile(path, kPackageMaxBytes);
    if (!file.ok)
        return refused(file.error);
    return readImportData(path, file.data, trustedCaPem);
}

ImportRead readImportData(const QString &path, const QByteArray &bytes, const QList<QByteArray> &trustedCaPem)
{
    ImportSource s;
    s.file = path;
    if (looksLikeZip(bytes)) {
        PackageReadResult p = readPackage(bytes);
        if (!p.package)
            return refused(p.message());
        s.isPackage = true;
        s.signature = checkPackagePdf(*p.package, trustedCaPem);
        if (!s.signature.refusal.isEmpty())
            return refused(s.signature.refusal);
        s.report = std::move(p.package->report);
        s.manifest = p.package->manifest;
        s.pdf = p.package->pdf;
    } else {
        InterchangeResult r = readInterchange(bytes);
        if (!r.report)
            return refused(r.path.isEmpty() ? r.error : r.path + u": "_s + r.error);
        s.report = std::move(*r.report);
    }
    ImportRead r;
    r.source = std::move(s);
    return r;
}

ImportOutcome readImportFiles(const QStringList &files, QList<ImportSource> *sources,
                              const QList<QByteArray> &trustedCaPem)
{
    ImportOutcome out;
    sources->clear();
    for (const QString &file : files) {
        ImportRead r = readImportFile(file, trustedCaPem);
        if (!r.source) {
            sources->clear();
            out.failedFile = file;
            out.error = r.error;
            return out;
        }
        *sources << std::move(*r.source);
    }
    out.ok = true;
    return out;
}

ImportOutcome importSources(Ledger &ledger, const QList<ImportSource> &sources, bool replace)
{
    ImportOutcome out;
    QList<ReportData> reports;
    // A package's signed PDF, intact and whole, is kept with its (final) period.
    QList<std::optional<SignedFile>> signedFiles;
    for (const ImportSource &s : sources) {
        reports << s.report;
        std::optional<SignedFile> f;
        // (One without a signer's name or time could not be recorded: it is shown, not kept.)
        if (s.isPackage && s.signature.intact() && !s.signature.verdict.signer.isEmpty()
            && s.signature.verdict.signedAt.isValid())
            f = SignedFile{s.pdf, {}, s.signature.verdict.signer, s.signature.verdict.signedAt,
                           u"report.pdf"_s, s.signature.verdict.reason};
        signedFiles << f;
    }
    QList<int> periodIds;
    int failed = 0;
    if (const Status s = ledger.importReports(reports, replace, &periodIds, &failed, &signedFiles); !s) {
        out.failedFile = sources.value(failed).file;
        out.error = s.message;
        return out;
    }
    out.ok = true;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        ImportedReport done;
        done.file = sources[i].file;
        done.periodId = periodIds.value(i);
        if (const auto p = ledger.periodById(done.periodId))
            done.problems = ledger.check(*p);
        // The signature check of a package's PDF travels with the period from here.
        if (sources[i].isPackage)
            done.signature = sources[i].signature;
        out.imported << done;
    }
    return out;
}

ImportOutcome importFiles(Ledger &ledger, const QStringList &files, bool replace,
                          const QList<QByteArray> &trustedCaPem)
{
    QList<ImportSource> sources;
    if (ImportOutcome read = readImportFiles(files, &sources, trustedCaPem); !read.ok)
        return read;
    return importSources(ledger, sources, replace);
}

} // namespace nianbao
