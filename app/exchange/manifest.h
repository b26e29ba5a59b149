#pragma once
// The manifest of a portal package (resources/package/README.md): what the package holds, for
// whom, and the SHA-256 and size of every file. Read strictly: unknown keys, wrong types, values
// out of range and files other than the package's own are errors.

#include "inputfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

inline constexpr int kPackageVersion = 1;
// Per package, uncompressed; any file given to read is held to the same limit.
inline constexpr qint64 kPackageMaxBytes = kInputFileMaxBytes;

// The files of a package besides manifest.json, in the package's order.
struct PackageEntrySpec {
    QString name;
    QString mediaType;
};
const QList<PackageEntrySpec> &packageEntrySpecs();
QString packageManifestName();   // manifest.json
QString packageIdentifier();     // nianbao-portal-package

struct PackageFile {
    QString name;
    qint64 size = 0;
    QByteArray sha256;   // lower-case hex, 64 characters
    QString type;        // media type

    bool operator==(const PackageFile &) const = default;
};

struct PackageManifest {
    QString generator;
    QDateTime created;   // UTC, whole seconds
    QString organization;
    int year = 0;
    int quarter = 0;     // 0 for the year
    QString format;
    bool signedPdf = false;
    QList<PackageFile> files;

    const PackageFile *file(const QString &name) const;
};

struct ManifestResult {
    std::optional<PackageManifest> manifest;
    QString path;    // JSONPath of the problem
    QString error;   // translated
};

ManifestResult readManifest(const QByteArray &json);
// Canonical form: keys sorted, files in the package's order.
QByteArray writeManifest(const PackageManifest &manifest);
// The manifest's line for one file.
PackageFile describePackageFile(const QString &name, const QByteArray &content);

} // namespace nianbao
