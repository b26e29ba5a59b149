#pragma once
// The portal package of one period of the database (design.md §7): its PDF, the HTML page, the
// interchange JSON and the spreadsheet of the tables, with their manifest. A period whose checks
// find errors gets no package. Drawing the PDF needs a QGuiApplication (fonts).

#include "ledger.h"
#include "manifest.h"
#include "reportcontent.h"

namespace nianbao {

// The period's report as printed: a quarter with its year so far.
std::optional<ReportContent> periodReportContent(const Ledger &ledger, int periodId);

struct PackagePdf {
    QByteArray bytes;     // empty on failure
    bool isSigned = false;
    QString error;
    QString staleSigned;  // translated: why the period's signed PDF was left out, when it was
};
// The one source of the PDF that goes into a package. The PDF is drawn from the report content
// here, unsigned; a signed PDF kept for the period takes its place when there is one and it is
// the report of the period's data as it stands (signedreportdata.h): one signed before the
// period was reopened and changed is left out.
PackagePdf packagePdf(const Ledger &ledger, const PeriodInfo &period, const ReportData &report,
                      const ReportContent &content);

struct PackageBuild {
    enum class Outcome { Written, DataErrors, Failed };
    Outcome outcome = Outcome::Failed;
    QByteArray bytes;             // the ZIP
    PackageManifest manifest;
    Problems errors;              // the errors that refused the package
    QString message;              // translated: what was done, or why not
    QString staleSigned;          // translated: why the period's signed PDF was left out, when it was

    bool ok() const { return outcome == Outcome::Written; }
};

PackageBuild buildPortalPackage(const Ledger &ledger, int periodId,
                                const QDateTime &created = QDateTime::currentDateTimeUtc());
// Builds the package and writes it to path atomically (nothing is written when it is refused).
PackageBuild writePortalPackage(const Ledger &ledger, int periodId, const QString &path);

} // namespace nianbao
