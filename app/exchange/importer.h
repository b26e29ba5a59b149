#pragma once
// Import of interchange files and portal packages into the database: every file is read and
// checked first (a ZIP is recognized by its first bytes, whatever its name), then all reports
// are written in one transaction, or none.

#include "ledger.h"
#include "packagereader.h"
#include "pdfverify.h"

namespace nianbao {

// What is known of the signature of a package's PDF. checkPackagePdf() is the one place that
// fills it; the import shows it with each package.
struct PdfSignatureCheck {
    bool declaredSigned = false;  // what the manifest says
    bool checked = false;
    bool valid = false;           // intact, whole and trusted
    SignatureCheck verdict;       // the PDF's signature as verified
    QString summary;              // translated, one line
    QString refusal;              // translated; set when the package must be refused for it

    // Intact and covering the whole file (trusted or not): worth keeping with the period.
    bool intact() const
    {
        return checked && (verdict.state == SignatureState::Valid || verdict.state == SignatureState::NotTrusted);
    }
};
// Verifies the PDF's signature against the given CA certificates (PEM; none: the system's).
// A PDF the manifest calls signed that is unsigned, unreadable or changed after signing makes
// the package refused.
PdfSignatureCheck checkPackagePdf(const PackageContent &package, const QList<QByteArray> &trustedCaPem = {});

struct ImportSource {
    QString file;
    ReportData report;
    bool isPackage = false;
    PackageManifest manifest;               // for a package
    QByteArray pdf;                         // for a package
    PdfSignatureCheck signature;            // for a package
};

struct ImportRead {
    std::optional<ImportSource> source;
    QString error;   // translated; names the entry of a package and the JSON path at fault
};
// Only a regular file (or a link to one) of at most kPackageMaxBytes is read (readInputFile()).
ImportRead readImportFile(const QString &path, const QList<QByteArray> &trustedCaPem = {});
// The same for what was read from the file named path.
ImportRead readImportData(const QString &path, const QByteArray &bytes,
                          const QList<QByteArray> &trustedCaPem = {});

struct ImportedReport {
    QString file;
    int periodId = 0;
    Problems problems;
    std::optional<PdfSignatureCheck> signature; // for a package
};

struct ImportOutcome {
    bool ok = false;
    QString failedFile;    // when nothing was imported: the file refused
    QString error;         // and why
    QList<ImportedReport> imported;
};

// Reads every file, stopping at the first that is refused.
ImportOutcome readImportFiles(const QStringList &files, QList<ImportSource> *sources,
                              const QList<QByteArray> &trustedCaPem = {});
// Writes what was read in one transaction; on success, each report's problems after the import.
ImportOutcome importSources(Ledger &ledger, const QList<ImportSource> &sources, bool replace);
// Both steps.
ImportOutcome importFiles(Ledger &ledger, const QStringList &files, bool replace,
                          const QList<QByteArray> &trustedCaPem = {});

} // namespace nianbao
