#include "ziparchive.h"

#include <QCoreApplication>
#include <QSet>

#include <cstring>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Package)
};

constexpr quint32 kRegularFile0644 = 0100644;
// Fixed sizes of the ZIP records (APPNOTE 4.3): local header, central header, end record.
constexpr qint64 kLocalHeaderSize = 30;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kEndRecordSize = 22;
constexpr qsizetype kChunk = 64 * 1024;

using LibzipError = ZipReader::OpenError;

// What libzip said, kept after its zip_error_t is gone.
LibzipError takeError(zip_error_t *error)
{
    LibzipError e{zip_error_code_zip(error), QString::fromUtf8(zip_error_strerror(error))};
    zip_error_fini(error);
    return e;
}

QString notAZip()
{
    return Tr::tr("not a ZIP file, or a damaged or truncated one");
}

// A libzip error met while opening, as the person importing should read it.
QString messageFor(const LibzipError &e)
{
    switch (e.code) {
    case ZIP_ER_NOZIP:
        return notAZip();
    case ZIP_ER_INCONS:
        return Tr::tr("the ZIP file is damaged: its headers do not agree with one another");
    case ZIP_ER_MULTIDISK:
        return Tr::tr("ZIP archives in several parts are not supported");
    case ZIP_ER_MEMORY:
        return Tr::tr("there is not enough memory to read the ZIP file");
    default:
        return Tr::tr("the ZIP file cannot be read (%1)").arg(e.text);
    }
}

// The whole content of a buffer source that libzip has written to.
QByteArray contentsOf(zip_source_t *source)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(source, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || zip_source_open(source) != 0)
        return {};
    QByteArray out(qsizetype(st.size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < out.size()) {
        const zip_int64_t n = zip_source_read(source, out.data() + done, zip_uint64_t(out.size() - done));
        if (n <= 0)
            break;
        done += qsizetype(n);
    }
    zip_source_close(source);
    return done == out.size() ? out : QByteArray();
}

// Bytes that an entry's extra fields take in the local header or the central directory. Fields
// libzip keeps to itself (ZIP64 sizes, Info-ZIP Unicode names) are not counted: an estimate from
// below.
qint64 extraFieldBytes(zip_t *archive, zip_uint64_t index, zip_flags_t where)
{
    qint64 bytes = 0;
    const zip_int16_t count = zip_file_extra_fields_count(archive, index, where);
    for (zip_int16_t k = 0; k < count; ++k) {
        zip_uint16_t length = 0;
        zip_file_extra_field_get(archive, index, zip_uint16_t(k), nullptr, &length, where);
        bytes += 4 + length;
    }
    return bytes;
}

} // namespace

QByteArray writeZip(const QList<ZipInput> &entries, const QDateTime &time)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_error_fini(&error);
    if (!target)
        return {};
    zip_t *archive = zip_open_from_source(target, ZIP_TRUNCATE, nullptr);
    if (!archive) {
        zip_source_free(target);
        return {};
    }
    zip_source_keep(target); // outlives zip_close, to read the archive from
    bool ok = true;
    for (const ZipInput &e : entries) {
        zip_source_t *data = zip_source_buffer(archive, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const zip_int64_t index = data ? zip_file_add(archive, e.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(data);
            ok = false;
            break;
        }
        const auto i = zip_uint64_t(index);
        ok = zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 9) == 0
             && zip_file_set_mtime(archive, i, time_t(time.toSecsSinceEpoch()), 0) == 0
             && zip_file_set_external_attributes(archive, i, 0, ZIP_OPSYS_UNIX, kRegularFile0644 << 16) == 0;
        if (!ok)
            break;
    }
    if (ok && zip_close(archive) != 0)
        ok = false;
    if (!ok)
        zip_discard(archive);
    const QByteArray out = ok ? contentsOf(target) : QByteArray();
    zip_source_free(target);
    return out;
}

ZipReader::ZipReader(const QByteArray &zip, int maxEntries)
    : m_bytes(zip), m_maxEntries(maxEntries)
{
    // libzip takes zero bytes for an empty archive; a package is never that.
    if (m_bytes.isEmpty()) {
        fail({}, notAZip());
        return;
    }
    const LibzipError e = open(ZIP_RDONLY | ZIP_CHECKCONS);
    if (e.code == ZIP_ER_EXISTS) {
        nameDuplicate();
        return;
    }
    if (!m_archive) {
        fail({}, messageFor(e));
        return;
    }
    if (readEntries())
        checkOverlap();
}

ZipReader::~ZipReader()
{
    if (m_archive)
        zip_discard(m_archive);
}

void ZipReader::fail(const QString &entry, const QString &error)
{
    m_entry = entry;
    m_error = error;
    m_entries.clear();
}

ZipReader::OpenError ZipReader::open(int flags)
{
    if (m_archive) {
        zip_discard(m_archive);
        m_archive = nullptr;
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source) {
        m_archive = zip_open_from_source(source, flags, &error);
        if (!m_archive)
            zip_source_free(source);
    }
    return takeError(&error);
}

bool ZipReader::checkCount()
{
    m_declared = zip_get_num_entries(m_archive, 0);
    if (m_declared <= m_maxEntries)
        return true;
    fail({}, Tr::tr("the package has %1 entries; a package has at most %2").arg(m_declared).arg(m_maxEntries));
    return false;
}

void ZipReader::nameDuplicate()
{
    // With its consistency checks libzip refuses a name that occurs twice without saying which;
    // opened again without them, the names tell.
    const LibzipError e = open(ZIP_RDONLY);
    if (!m_archive) {
        fail({}, messageFor(e));
        return;
    }
    if (!checkCount())
        return;
    QSet<QByteArray> seen;
    for (qint64 i = 0; i < m_declared; ++i) {
        const char *name = zip_get_name(m_archive, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        const QByteArray key(name ? name : "");
        if (seen.contains(key)) {
            fail(QString::fromUtf8(key), Tr::tr("the entry occurs twice"));
            return;
        }
        seen.insert(key);
    }
    fail({}, Tr::tr("an entry occurs twice"));
}

bool ZipReader::readEntries()
{
    if (!checkCount())
        return false;
    constexpr zip_uint64_t needed = ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC
                                    | ZIP_STAT_COMP_METHOD | ZIP_STAT_ENCRYPTION_METHOD;
    for (qint64 i = 0; i < m_declared; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        // The name's bytes as stored, read as UTF-8 (what an unzip tool may write to disk is
        // checked, not libzip's CP437 reading of it).
        if (zip_stat_index(m_archive, zip_uint64_t(i), ZIP_FL_ENC_RAW, &st) != 0 || (st.valid & needed) != needed
            || zip_file_get_external_attributes(m_archive, zip_uint64_t(i), 0, &opsys, &attributes) != 0) {
            fail({}, messageFor({zip_error_code_zip(zip_get_error(m_archive)),
                                 QString::fromUtf8(zip_error_strerror(zip_get_error(m_archive)))}));
            return false;
        }
        ZipEntryInfo e;
        e.index = i;
        e.name = QString::fromUtf8(st.name);
        e.opsys = opsys;
        e.method = quint16(st.comp_method);
        e.encryption = st.encryption_method;
        e.crc = st.crc;
        e.compressedSize = qint64(st.comp_size);
        e.uncompressedSize = qint64(st.size);
        e.externalAttributes = attributes;
        m_entries << e;
    }
    return true;
}

bool ZipReader::checkOverlap()
{
    // libzip has checked that every entry lies before the central directory, which is followed by
    // the end record and the archive's comment alone. So when the records and data the directory
    // describes take more bytes than the file has, some of them are shared: a known way of
    // building ZIP bombs.
    int commentLength = 0;
    zip_get_archive_comment(m_archive, &commentLength, ZIP_FL_ENC_RAW);
    qint64 described = kEndRecordSize + commentLength;
    for (const ZipEntryInfo &e : std::as_const(m_entries)) {
        const auto i = zip_uint64_t(e.index);
        const char *rawName = zip_get_name(m_archive, i, ZIP_FL_ENC_RAW);
        const qint64 nameLength = rawName ? qint64(std::strlen(rawName)) : 0;
        zip_uint32_t entryCommentLength = 0;
        zip_file_get_comment(m_archive, i, &entryCommentLength, ZIP_FL_ENC_RAW);
        described += kLocalHeaderSize + nameLength + extraFieldBytes(m_archive, i, ZIP_FL_LOCAL) + e.compressedSize;
        described += kCentralHeaderSize + nameLength + extraFieldBytes(m_archive, i, ZIP_FL_CENTRAL)
                     + entryCommentLength;
    }
    if (described <= m_bytes.size())
        return true;
    fail({}, Tr::tr("entries of the ZIP file share their data"));
    return false;
}

ZipInflateError ZipReader::read(const ZipEntryInfo &e, qint64 maxBytes, QByteArray *out) const
{
    out->clear();
    if (!m_archive)
        return ZipInflateError::Damaged;
    zip_file_t *file = zip_fopen_index(m_archive, zip_uint64_t(e.index), 0);
    if (!file) {
        switch (zip_error_code_zip(zip_get_error(m_archive))) {
        case ZIP_ER_COMPNOTSUPP:
        case ZIP_ER_ENCRNOTSUPP:
        case ZIP_ER_NOPASSWD:
            return ZipInflateError::Unsupported;
        default:
            return ZipInflateError::Damaged;
        }
    }
    QByteArray chunk(kChunk, Qt::Uninitialized);
    ZipInflateError result = ZipInflateError::None;
    for (;;) {
        // A failed read is a damaged entry: bad deflate data, or (at the end) size or CRC unlike
        // the header's.
        const zip_int64_t n = zip_fread(file, chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0) {
            result = ZipInflateError::Damaged;
            break;
        }
        if (n == 0)
            break;
        if (out->size() + n > e.uncompressedSize) {
            result = ZipInflateError::LargerThanDeclared;
            break;
        }
        if (out->size() + n > maxBytes) {
            result = ZipInflateError::OverLimit;
            break;
        }
        out->append(chunk.constData(), qsizetype(n));
    }
    zip_fclose(file);
    // libzip checks the CRC at the end, but not a stream that ends before the declared size.
    if (result == ZipInflateError::None && out->size() != e.uncompressedSize)
        result = ZipInflateError::Damaged;
    if (result != ZipInflateError::None)
        out->clear();
    return result;
}

} // namespace nianbao
