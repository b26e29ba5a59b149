#include "ziparchive.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Package)
};

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr int kLocalHeaderSize = 30;
constexpr int kCentralHeaderSize = 46;
constexpr int kEndSize = 22;
constexpr quint16 kVersion = 20;          // 2.0: deflate
constexpr quint16 kMadeByUnix = (3 << 8) | kVersion;
constexpr quint16 kUtf8Names = 0x0800;
constexpr quint32 kRegularFile0644 = 0100644;

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

quint16 get16(const QByteArray &in, qint64 at)
{
    return qFromLittleEndian<quint16>(in.constData() + at);
}

quint32 get32(const QByteArray &in, qint64 at)
{
    return qFromLittleEndian<quint32>(in.constData() + at);
}

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int r = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return r == Z_STREAM_END ? out : QByteArray();
}

std::pair<quint16, quint16> dosTimeAndDate(const QDateTime &t)
{
    const QDate d = t.date();
    const QTime h = t.time();
    const int year = std::clamp(d.year(), 1980, 2107);
    return {quint16((h.hour() << 11) | (h.minute() << 5) | (h.second() / 2)),
            quint16(((year - 1980) << 9) | (d.month() << 5) | d.day())};
}

quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

ZipDirectory failed(ZipDirectory d, const QString &entry, const QString &error)
{
    d.entry = entry;
    d.error = error;
    d.entries.clear();
    return d;
}

} // namespace

QByteArray writeZip(const QList<ZipInput> &entries, const QDateTime &time)
{
    const auto [dosTime, dosDate] = dosTimeAndDate(time);
    QByteArray out;
    QByteArray central;
    for (const ZipInput &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const QByteArray packed = deflateRaw(e.data);
        if (packed.isEmpty() && !e.data.isEmpty())
            return {};
        const quint32 crc = crcOf(e.data);
        const quint32 offset = quint32(out.size());
        const quint16 flags = name == e.name.toLatin1() ? 0 : kUtf8Names;
        put32(out, kLocalSignature);
        for (quint16 v : {kVersion, flags, quint16(Z_DEFLATED), dosTime, dosDate})
            put16(out, v);
        for (quint32 v : {crc, quint32(packed.size()), quint32(e.data.size())})
            put32(out, v);
        put16(out, quint16(name.size()));
        put16(out, 0);
        out.append(name).append(packed);

        put32(central, kCentralSignature);
        for (quint16 v : {kMadeByUnix, kVersion, flags, quint16(Z_DEFLATED), dosTime, dosDate})
            put16(central, v);
        for (quint32 v : {crc, quint32(packed.size()), quint32(e.data.size())})
            put32(central, v);
        for (quint16 v : {quint16(name.size()), quint16(0), quint16(0), quint16(0), quint16(0)})
            put16(central, v);   // name, extra, comment, disk, internal attributes
        put32(central, kRegularFile0644 << 16);
        put32(central, offset);
        central.append(name);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, kEndSignature);
    for (quint16 v : {quint16(0), quint16(0), quint16(entries.size()), quint16(entries.size())})
        put16(out, v);
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

ZipDirectory readZipDirectory(const QByteArray &zip, int maxEntries)
{
    ZipDirectory d;
    const qint64 size = zip.size();
    qint64 end = -1;
    for (qint64 at = size - kEndSize; at >= 0 && at >= size - kEndSize - 0xFFFF; --at)
        if (get32(zip, at) == kEndSignature) {
            end = at;
            break;
        }
    if (end < 0)
        return failed(d, {}, Tr::tr("not a ZIP file, or a damaged or truncated one"));
    const quint16 disk = get16(zip, end + 4);
    const quint16 centralDisk = get16(zip, end + 6);
    const quint16 onDisk = get16(zip, end + 8);
    const quint16 total = get16(zip, end + 10);
    const quint32 centralSize = get32(zip, end + 12);
    const quint32 centralOffset = get32(zip, end + 16);
    if (total == 0xFFFF || centralSize == 0xFFFFFFFF || centralOffset == 0xFFFFFFFF)
        return failed(d, {}, Tr::tr("ZIP64 archives are not supported"));
    if (disk != 0 || centralDisk != 0 || onDisk != total)
        return failed(d, {}, Tr::tr("ZIP archives in several parts are not supported"));
    d.declaredEntries = total;
    if (total > maxEntries)
        return failed(d, {}, Tr::tr("the package has %1 entries; a package has at most %2").arg(total).arg(maxEntries));
    if (qint64(centralOffset) + centralSize > end)
        return failed(d, {}, Tr::tr("the ZIP directory lies outside the file; the file is damaged or truncated"));

    qint64 at = centralOffset;
    const qint64 centralEnd = qint64(centralOffset) + centralSize;
    for (int i = 0; i < total; ++i) {
        if (at + kCentralHeaderSize > centralEnd || get32(zip, at) != kCentralSignature)
            return failed(d, {}, Tr::tr("the ZIP directory is damaged"));
        ZipEntryInfo e;
        e.madeBy = get16(zip, at + 4);
        e.flags = get16(zip, at + 8);
        e.method = get16(zip, at + 10);
        e.crc = get32(zip, at + 16);
        e.compressedSize = get32(zip, at + 20);
        e.uncompressedSize = get32(zip, at + 24);
        const quint16 nameSize = get16(zip, at + 28);
        const quint16 extraSize = get16(zip, at + 30);
        const quint16 commentSize = get16(zip, at + 32);
        e.externalAttributes = get32(zip, at + 38);
        e.localHeaderOffset = get32(zip, at + 42);
        if (at + kCentralHeaderSize + nameSize + extraSize + commentSize > centralEnd)
            return failed(d, {}, Tr::tr("the ZIP directory is damaged"));
        const QByteArray rawName = zip.mid(at + kCentralHeaderSize, nameSize);
        e.name = QString::fromUtf8(rawName);
        at += kCentralHeaderSize + nameSize + extraSize + commentSize;

        const qint64 local = e.localHeaderOffset;
        if (local + kLocalHeaderSize > centralOffset || get32(zip, local) != kLocalSignature)
            return failed(d, e.name, Tr::tr("the entry's local header is missing or damaged"));
        const quint16 localNameSize = get16(zip, local + 26);
        const quint16 localExtraSize = get16(zip, local + 28);
        if (zip.mid(local + kLocalHeaderSize, localNameSize) != rawName)
            return failed(d, e.name, Tr::tr("the entry's local header names another file"));
        e.dataOffset = local + kLocalHeaderSize + localNameSize + localExtraSize;
        if (e.dataOffset + e.compressedSize > centralOffset)
            return failed(d, e.name, Tr::tr("the entry's data lies outside the file; it is damaged or truncated"));
        d.entries << e;
    }
    // Entries that share their data are a known way of building ZIP bombs.
    QList<ZipEntryInfo> byOffset = d.entries;
    std::sort(byOffset.begin(), byOffset.end(),
              [](const ZipEntryInfo &a, const ZipEntryInfo &b) { return a.localHeaderOffset < b.localHeaderOffset; });
    for (qsizetype i = 1; i < byOffset.size(); ++i)
        if (byOffset[i].localHeaderOffset < byOffset[i - 1].dataOffset + byOffset[i - 1].compressedSize)
            return failed(d, byOffset[i].name, Tr::tr("the entry overlaps another entry's data"));
    return d;
}

ZipInflateError inflateZipEntry(const QByteArray &zip, const ZipEntryInfo &e, qint64 maxBytes, QByteArray *out)
{
    out->clear();
    const char *data = zip.constData() + e.dataOffset;
    if (e.method == 0) {
        if (e.compressedSize != e.uncompressedSize)
            return ZipInflateError::Damaged;
        if (e.compressedSize > maxBytes)
            return ZipInflateError::OverLimit;
        *out = QByteArray(data, qsizetype(e.compressedSize));
    } else if (e.method == Z_DEFLATED) {
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return ZipInflateError::Damaged;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        z.avail_in = uInt(e.compressedSize);
        char chunk[64 * 1024];
        int r = Z_OK;
        ZipInflateError error = ZipInflateError::None;
        while (r != Z_STREAM_END) {
            z.next_out = reinterpret_cast<Bytef *>(chunk);
            z.avail_out = sizeof chunk;
            r = inflate(&z, Z_NO_FLUSH);
            if (r != Z_OK && r != Z_STREAM_END) {
                error = ZipInflateError::Damaged; // also: the data ends before the stream does
                break;
            }
            const qsizetype produced = qsizetype(sizeof chunk - z.avail_out);
            if (out->size() + produced > e.uncompressedSize) {
                error = ZipInflateError::LargerThanDeclared;
                break;
            }
            if (out->size() + produced > maxBytes) {
                error = ZipInflateError::OverLimit;
                break;
            }
            out->append(chunk, produced);
        }
        inflateEnd(&z);
        if (error != ZipInflateError::None) {
            out->clear();
            return error;
        }
    } else {
        return ZipInflateError::Unsupported;
    }
    if (out->size() != e.uncompressedSize || crcOf(*out) != e.crc) {
        out->clear();
        return ZipInflateError::Damaged;
    }
    return ZipInflateError::None;
}

} // namespace nianbao
