#include "portalpackage.h"

#include "interchange.h"
#include "outputfile.h"
#include "packagewriter.h"
#include "pdfverify.h"
#include "pdfwriter.h"
#include "reporthtml.h"
#include "reportxlsx.h"
#include "signedreportdata.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Package)
};

PackageBuild failed(const QString &message)
{
    PackageBuild b;
    b.message = message;
    return b;
}

} // namespace

std::optional<ReportContent> periodReportContent(const Ledger &ledger, int periodId)
{
    const auto p = ledger.periodById(periodId);
    const auto data = p ? ledger.report(periodId) : std::nullopt;
    if (!data)
        return std::nullopt;
    if (p->quarter == 0)
        return buildReportContent(*data);
    const Figures ytd = ledger.yearToDate(*p);
    return buildReportContent(*data, &ytd);
}

PackagePdf packagePdf(const Ledger &ledger, const PeriodInfo &period, const ReportData &report,
                      const ReportContent &content)
{
    // The signed PDF kept with the period when it is this report, else the report as it stands,
    // unsigned.
    PackagePdf pdf;
    if (const auto signedFile = ledger.signedFile(period.id); signedFile && !signedFile->content.isEmpty()) {
        const SignatureCheck check = verifyPdfSignature(signedFile->content);
        const auto mismatch = check.state == SignatureState::Unreadable && !check.failure.isEmpty()
            ? std::optional<QString>(check.failure)
            : signedReportMismatch(report, check.signedReport);
        if (!mismatch) {
            pdf.bytes = signedFile->content;
            pdf.isSigned = true;
            return pdf;
        }
        pdf.staleSigned =
            Tr::tr("The signed PDF of %1 is not the report as it stands (%2); the package has the "
                   "report unsigned. Sign it again to publish it signed.")
                .arg(signedFile->fileName, *mismatch);
    }
    pdf.bytes = reportPdfBytes(content, &pdf.error);
    pdf.isSigned = false;
    return pdf;
}

PackageBuild buildPortalPackage(const Ledger &ledger, int periodId, const QDateTime &created)
{
    const auto period = ledger.periodById(periodId);
    const auto report = period ? ledger.report(periodId) : std::nullopt;
    const auto content = report ? periodReportContent(ledger, periodId) : std::nullopt;
    if (!content)
        return failed(Tr::tr("There is no such period."));
    PackageBuild b;
    for (const Problem &p : ledger.check(*period))
        if (p.severity == Severity::Error)
            b.errors << p;
    if (!b.errors.isEmpty()) {
        b.outcome = PackageBuild::Outcome::DataErrors;
        b.message = Tr::tr("The report has %n error(s); only a report without errors can be packaged for the portal.",
                           nullptr, int(b.errors.size()));
        return b;
    }
    PackageFiles files;
    const PackagePdf pdf = packagePdf(ledger, *period, *report, *content);
    if (pdf.bytes.isEmpty())
        return failed(Tr::tr("The PDF cannot be made: %1").arg(pdf.error));
    b.staleSigned = pdf.staleSigned;
    files.pdf = pdf.bytes;
    files.pdfSigned = pdf.isSigned;
    files.html = reportHtmlPage(*content);
    files.json = writeInterchange(*report);
    QString error;
    files.xlsx = reportXlsxBytes(*content, &error);
    if (files.xlsx.isEmpty())
        return failed(Tr::tr("The spreadsheet cannot be made: %1").arg(error));
    b.manifest = packageManifest(*report, files, created);
    b.bytes = writePackage(b.manifest, files);
    if (b.bytes.isEmpty())
        return failed(Tr::tr("The package cannot be compressed."));
    b.outcome = PackageBuild::Outcome::Written;
    return b;
}

PackageBuild writePortalPackage(const Ledger &ledger, int periodId, const QString &path)
{
    PackageBuild b = buildPortalPackage(ledger, periodId);
    if (!b.ok())
        return b;
    if (!writeOutputFile(path, b.bytes, &b.message)) {
        b.outcome = PackageBuild::Outcome::Failed;
        return b;
    }
    b.message = b.manifest.signedPdf ? Tr::tr("%1 written, with the signed PDF.").arg(path)
                                     : Tr::tr("%1 written; its PDF is not signed.").arg(path);
    if (!b.staleSigned.isEmpty())
        b.message += u'\n' + b.staleSigned;
    return b;
}

} // namespace nianbao
