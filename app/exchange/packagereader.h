#pragma once
// Reading a portal package that may come from anywhere: every entry's name, type, flags and sizes
// are checked before anything is inflated, sizes are counted while inflating (the headers are not
// trusted), and the files must be exactly those of the manifest, with its sizes and SHA-256. The
// report.json is read strictly and must agree with the manifest.

#include "manifest.h"
#include "reportdata.h"

namespace nianbao {

struct PackageLimits {
    qint64 maxPackageBytes = kPackageMaxBytes;      // the ZIP file itself
    qint64 maxUncompressedBytes = kPackageMaxBytes; // all entries together, inflated
    qint64 maxManifestBytes = 1024 * 1024;
    int maxEntries = 16;
    int maxRatio = 100;                             // uncompressed : compressed, per entry
};

struct PackageContent {
    PackageManifest manifest;
    ReportData report;
    QByteArray pdf;
    QByteArray html;
    QByteArray json;
    QByteArray xlsx;
};

struct PackageReadResult {
    std::optional<PackageContent> package;
    QString entry;   // the entry at fault; empty when it is the package as a whole
    QString error;   // translated
    // "entry: error", or the error alone.
    QString message() const;
};

// True when the bytes start like a ZIP file (a local header or an empty archive's end record).
bool looksLikeZip(const QByteArray &head);
PackageReadResult readPackage(const QByteArray &zip, const PackageLimits &limits = {});

} // namespace nianbao
