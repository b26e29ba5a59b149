#include "packagereader.h"

#include "interchange.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Package)
};

constexpr quint32 kTypeMask = 0170000;
constexpr quint32 kRegular = 0100000;
constexpr quint32 kSymlink = 0120000;
constexpr quint32 kDirectory = 0040000;
constexpr quint32 kFifo = 0010000;
constexpr quint32 kSocket = 0140000;
constexpr quint32 kCharDevice = 0020000;
constexpr quint32 kBlockDevice = 0060000;
constexpr quint32 kSpecialBits = 07000; // setuid, setgid, sticky
constexpr quint32 kDosDirectory = 0x10;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;

struct Failure {
    QString entry;
    QString error;
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Why a name cannot be extracted safely anywhere, or nothing.
std::optional<QString> unsafeName(const QString &name)
{
    static const QRegularExpression drive(u"^[A-Za-z]:"_s);
    if (name.isEmpty())
        return Tr::tr("an entry has no name");
    if (name.contains(u'\\'))
        return Tr::tr("the name holds a backslash");
    if (name.startsWith(u'/'))
        return Tr::tr("the name is an absolute path");
    if (drive.match(name).hasMatch())
        return Tr::tr("the name starts with a drive letter");
    if (name.split(u'/').contains(u".."_s))
        return Tr::tr("the name leads out of the folder (“..”)");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return Tr::tr("the name holds control characters");
    if (name.contains(u'/'))
        return Tr::tr("a package holds no folders");
    return std::nullopt;
}

// Checks of the central directory only: nothing is inflated yet.
std::optional<Failure> checkEntry(const ZipEntryInfo &info, const PackageLimits &limits, QSet<QString> &seen,
                                  qint64 &declaredTotal)
{
    const QString &name = info.name;
    if (const auto why = unsafeName(name))
        return Failure{name, *why};
    // An entry made elsewhere than on Unix has no mode (0): a plain file.
    const quint32 mode = info.unixMode() & kTypeMask;
    if (mode == kSymlink)
        return Failure{name, Tr::tr("the entry is a symbolic link")};
    if (mode == kDirectory || (info.externalAttributes & kDosDirectory))
        return Failure{name, Tr::tr("a package holds no folders")};
    if (mode == kFifo)
        return Failure{name, Tr::tr("the entry is a named pipe (FIFO)")};
    if (mode == kSocket)
        return Failure{name, Tr::tr("the entry is a socket")};
    if (mode == kCharDevice || mode == kBlockDevice)
        return Failure{name, Tr::tr("the entry is a device")};
    if (mode != 0 && mode != kRegular)
        return Failure{name, Tr::tr("the entry is not a regular file (mode %1)").arg(info.unixMode(), 6, 8, QChar(u'0'))};
    if (info.unixMode() & kSpecialBits)
        return Failure{name, Tr::tr("the entry has the setuid, setgid or sticky bit (mode %1)")
                                 .arg(info.unixMode(), 6, 8, QChar(u'0'))};
    if (info.isEncrypted())
        return Failure{name, Tr::tr("the entry is encrypted")};
    if (info.method != kStored && info.method != kDeflated)
        return Failure{name, Tr::tr("compression method %1 is not supported (only deflate)").arg(info.method)};
    if (seen.contains(name.toLower()))
        return Failure{name, Tr::tr("the entry occurs twice")};
    seen.insert(name.toLower());
    const qint64 size = info.uncompressedSize;
    if (size > limits.maxUncompressedBytes - declaredTotal)
        return Failure{name, Tr::tr("the entry declares %1 MB uncompressed; a package holds at most %2 MB")
                                 .arg(megabytes(size), megabytes(limits.maxUncompressedBytes))};
    declaredTotal += size;
    if (size > qint64(limits.maxRatio) * std::max<qint64>(info.compressedSize, 1))
        return Failure{name, Tr::tr("the entry is compressed more than %1 to 1 (%2 bytes into %3)")
                                 .arg(limits.maxRatio).arg(size).arg(info.compressedSize)};
    return std::nullopt;
}

// Inflates an entry, counting what comes out and stopping at the first byte too many.
std::optional<Failure> inflate(const ZipReader &zip, const ZipEntryInfo &e, qint64 budget,
                               const PackageLimits &limits, QByteArray *out)
{
    const qint64 ratioLimit = qint64(limits.maxRatio) * std::max<qint64>(e.compressedSize, 1);
    switch (zip.read(e, std::min(budget, ratioLimit), out)) {
    case ZipInflateError::None:
        return std::nullopt;
    case ZipInflateError::Unsupported:
        return Failure{e.name, Tr::tr("compression method %1 is not supported (only deflate)").arg(e.method)};
    case ZipInflateError::Damaged:
        return Failure{e.name, Tr::tr("the entry is damaged: its data, size or checksum do not match its header")};
    case ZipInflateError::LargerThanDeclared:
        return Failure{e.name, Tr::tr("the entry inflates to more than the %1 bytes it declares").arg(e.uncompressedSize)};
    case ZipInflateError::OverLimit:
        break;
    }
    if (ratioLimit < budget)
        return Failure{e.name, Tr::tr("the entry is compressed more than %1 to 1").arg(limits.maxRatio)};
    return Failure{e.name, Tr::tr("the entry inflates to more than the %1 MB a package may hold")
                               .arg(megabytes(limits.maxUncompressedBytes))};
}

std::optional<Failure> readEntries(const QByteArray &zip, const PackageLimits &limits, QList<ZipEntryInfo> &entries,
                                   QHash<QString, QByteArray> &contents)
{
    const ZipReader reader(zip, limits.maxEntries);
    if (!reader.ok())
        return Failure{reader.errorEntry(), reader.error()};
    // Every entry is looked at before any is inflated.
    QSet<QString> seen;
    qint64 declaredTotal = 0;
    for (const ZipEntryInfo &e : reader.entries())
        if (const auto f = checkEntry(e, limits, seen, declaredTotal))
            return f;
    entries = reader.entries();
    qint64 budget = limits.maxUncompressedBytes;
    for (const ZipEntryInfo &e : std::as_const(entries)) {
        const bool manifest = e.name == packageManifestName();
        if (manifest && e.uncompressedSize > limits.maxManifestBytes)
            return Failure{e.name, Tr::tr("the manifest is larger than %1 bytes").arg(limits.maxManifestBytes)};
        QByteArray data;
        if (const auto f = inflate(reader, e, manifest ? std::min(budget, limits.maxManifestBytes) : budget, limits, &data))
            return f;
        budget -= data.size();
        contents.insert(e.name, data);
    }
    return std::nullopt;
}

std::optional<Failure> checkAgainstManifest(const PackageManifest &m, const QHash<QString, QByteArray> &contents,
                                            const QList<ZipEntryInfo> &entries)
{
    for (const ZipEntryInfo &e : entries)
        if (e.name != packageManifestName() && !m.file(e.name))
            return Failure{e.name, Tr::tr("the file is not in the manifest")};
    for (const PackageFile &f : m.files) {
        if (!contents.contains(f.name))
            return Failure{f.name, Tr::tr("the file is missing from the package")};
        const QByteArray &data = contents.value(f.name);
        if (data.size() != f.size)
            return Failure{f.name, Tr::tr("the file has %1 bytes; the manifest says %2").arg(data.size()).arg(f.size)};
        if (QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() != f.sha256)
            return Failure{f.name, Tr::tr("the file's SHA-256 differs from the manifest's")};
    }
    return std::nullopt;
}

std::optional<Failure> checkAgreement(const PackageManifest &m, const ReportData &r)
{
    const QString manifest = packageManifestName();
    if (m.organization != r.organization.name)
        return Failure{manifest, Tr::tr("the organization “%1” differs from report.json’s “%2”")
                                     .arg(m.organization, r.organization.name)};
    if (m.year != r.year)
        return Failure{manifest, Tr::tr("the year %1 differs from report.json’s %2").arg(m.year).arg(r.year)};
    if (m.quarter != r.quarter)
        return Failure{manifest, Tr::tr("the quarter %1 differs from report.json’s %2")
                                     .arg(m.quarter ? QString::number(m.quarter) : u"null"_s,
                                          r.quarter ? QString::number(r.quarter) : u"null"_s)};
    if (!r.format() || m.format != r.format()->id)
        return Failure{manifest, Tr::tr("the format “%1” differs from report.json’s “%2”")
                                     .arg(m.format, r.format() ? r.format()->id : QString())};
    return std::nullopt;
}

} // namespace

QString PackageReadResult::message() const
{
    return entry.isEmpty() ? error : entry + u": "_s + error;
}

bool looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

PackageReadResult readPackage(const QByteArray &bytes, const PackageLimits &limits)
{
    PackageReadResult result;
    auto fail = [&result](const Failure &f) {
        result.entry = f.entry;
        result.error = f.error;
        return result;
    };
    if (bytes.size() > limits.maxPackageBytes)
        return fail({{}, Tr::tr("the package is larger than %1 MB").arg(megabytes(limits.maxPackageBytes))});
    QList<ZipEntryInfo> entries;
    QHash<QString, QByteArray> contents;
    if (const auto f = readEntries(bytes, limits, entries, contents))
        return fail(*f);

    if (!contents.contains(packageManifestName()))
        return fail({packageManifestName(), Tr::tr("the package has no manifest")});
    const ManifestResult m = readManifest(contents.value(packageManifestName()));
    if (!m.manifest)
        return fail({packageManifestName(), m.path.isEmpty() ? m.error : m.path + u": "_s + m.error});
    if (const auto f = checkAgainstManifest(*m.manifest, contents, entries))
        return fail(*f);

    const QByteArray json = contents.value(u"report.json"_s);
    InterchangeResult r = readInterchange(json);
    if (!r.report)
        return fail({u"report.json"_s, r.path.isEmpty() ? r.error : r.path + u": "_s + r.error});
    if (const auto f = checkAgreement(*m.manifest, *r.report))
        return fail(*f);
    const QByteArray pdf = contents.value(u"report.pdf"_s);
    if (!pdf.startsWith("%PDF-"))
        return fail({u"report.pdf"_s, Tr::tr("the file is not a PDF")});

    PackageContent p;
    p.manifest = *m.manifest;
    p.report = std::move(*r.report);
    p.pdf = pdf;
    p.html = contents.value(u"report.html"_s);
    p.json = json;
    p.xlsx = contents.value(u"tables.xlsx"_s);
    result.package = std::move(p);
    return result;
}

} // namespace nianbao
