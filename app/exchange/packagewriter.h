#pragma once
// Writing a portal package: the files of one report and their manifest in one ZIP, entries in a
// fixed order (manifest.json, report.pdf, report.html, report.json, tables.xlsx), deflated, no
// folders, every entry dated with the manifest's time.

#include "manifest.h"
#include "reportdata.h"

namespace nianbao {

struct PackageFiles {
    QByteArray pdf;
    bool pdfSigned = false;
    QByteArray html;
    QByteArray json;
    QByteArray xlsx;
};

// The manifest of the files for the report (organization, year, quarter, format from it).
PackageManifest packageManifest(const ReportData &report, const PackageFiles &files, const QDateTime &created);
// The ZIP in memory; empty only when libzip fails.
QByteArray writePackage(const PackageManifest &manifest, const PackageFiles &files);

} // namespace nianbao
