#pragma once
// The portal package's ZIP, written and read with libzip. (QuaZip cannot be used: it exports
// minizip's C functions with its own signatures, which then take the place of libminizip's inside
// libxlsxwriter. libzip's functions are named zip_*, and clash with nothing.)

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

struct zip;

namespace nianbao {

struct ZipInput {
    QString name;
    QByteArray data;
};
// Entries deflated at level 9 in the given order, regular files with mode 0644 made on Unix, each
// dated `time` (as ZIP dates are: in the local time zone, to 2 seconds); no extra fields. Empty
// when libzip fails.
QByteArray writeZip(const QList<ZipInput> &entries, const QDateTime &time);

// One entry as the central directory describes it.
struct ZipEntryInfo {
    qint64 index = 0;
    QString name;
    quint8 opsys = 0;               // the system that made the entry (3: Unix)
    quint16 method = 0;             // 0 stored, 8 deflated, …
    quint16 encryption = 0;         // 0: not encrypted
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    quint32 externalAttributes = 0; // on Unix: the mode in the upper 16 bits

    bool isEncrypted() const { return encryption != 0; }
    quint32 unixMode() const { return externalAttributes >> 16; }
};

enum class ZipInflateError { None, Unsupported, Damaged, LargerThanDeclared, OverLimit };

// A ZIP in memory, opened with libzip's consistency checks (every local header agrees with the
// central directory, the directory ends where the end record begins, no name twice). More than
// maxEntries entries are refused before any entry is looked at, and so are entries whose data
// overlap (more bytes described than the file holds).
class ZipReader
{
public:
    ZipReader(const QByteArray &zip, int maxEntries);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // translated; empty when the ZIP was opened
    QString errorEntry() const { return m_entry; } // the entry at fault, if one is known
    qint64 declaredEntries() const { return m_declared; }
    const QList<ZipEntryInfo> &entries() const { return m_entries; }

    // Inflates one entry in chunks, counting the output and stopping at the first byte beyond
    // its declared size or beyond maxBytes; reads to the end so that libzip checks size and CRC.
    ZipInflateError read(const ZipEntryInfo &entry, qint64 maxBytes, QByteArray *out) const;

    // What libzip said when the archive would not open.
    struct OpenError {
        int code = 0; // a ZIP_ER_ code
        QString text; // libzip's words for it
    };

private:
    OpenError open(int flags);
    void fail(const QString &entry, const QString &error);
    bool checkCount();
    bool readEntries();
    void nameDuplicate();
    bool checkOverlap();

    QByteArray m_bytes;         // the data libzip reads (kept alive while open)
    struct zip *m_archive = nullptr;
    QList<ZipEntryInfo> m_entries;
    qint64 m_declared = 0;
    int m_maxEntries = 0;
    QString m_entry;
    QString m_error;
};

} // namespace nianbao
