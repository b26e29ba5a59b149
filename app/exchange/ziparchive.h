#pragma once
// A small ZIP writer and a bounds-checked ZIP reader over zlib, for portal packages. ZIP64,
// multi-part archives and encryption are not written and not read. (QuaZip cannot be used: it
// exports minizip's C functions, which then take the place of libminizip's inside libxlsxwriter.)

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

struct ZipInput {
    QString name;
    QByteArray data;
};
// Deflated entries in the given order, regular files with mode 0644 made on Unix, each dated
// `time` (local DOS time fields taken as they are); sizes and CRC in the local headers.
QByteArray writeZip(const QList<ZipInput> &entries, const QDateTime &time);

struct ZipEntryInfo {
    QString name;
    quint16 madeBy = 0;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    quint32 externalAttributes = 0;
    qint64 localHeaderOffset = 0;
    qint64 dataOffset = 0;

    bool isEncrypted() const { return flags & 0x1; }
    quint32 unixMode() const { return externalAttributes >> 16; }
};

struct ZipDirectory {
    QList<ZipEntryInfo> entries;
    int declaredEntries = 0;
    QString entry;   // the entry at fault, if any
    QString error;   // translated; empty when the directory was read
};
// Reads the end record and the central directory; refuses more than maxEntries entries before
// reading any of them, names that differ from their local header, data out of bounds and entries
// whose data overlap.
ZipDirectory readZipDirectory(const QByteArray &zip, int maxEntries);

// Inflates one entry (stored or deflated), counting the output and stopping at the first byte
// beyond its declared size or beyond maxBytes; checks size and CRC. Returns why it failed.
enum class ZipInflateError { None, Unsupported, Damaged, LargerThanDeclared, OverLimit };
ZipInflateError inflateZipEntry(const QByteArray &zip, const ZipEntryInfo &entry, qint64 maxBytes,
                                QByteArray *out);

} // namespace nianbao
