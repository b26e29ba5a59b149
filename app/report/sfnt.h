#pragma once
// Bounds-checked reading and plain writing of big-endian font data (sfnt tables, CFF), shared by
// the font subsetters. Every read outside the data gives 0 and marks the reader bad, so a parser
// can read on and check once per step instead of at every field.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace nianbao::sfnt {

class Reader
{
public:
    Reader() = default;
    explicit Reader(QByteArrayView data) : m_data(data) { }

    qint64 size() const { return m_data.size(); }
    bool has(qint64 pos, qint64 len) const
    {
        return pos >= 0 && len >= 0 && pos <= size() && len <= size() - pos;
    }
    // Whether every read so far was inside the data.
    bool ok() const { return !m_bad; }
    void fail() const { m_bad = true; }

    quint32 uint(qint64 pos, int bytes) const
    {
        if (bytes < 1 || bytes > 4 || !has(pos, bytes)) {
            m_bad = true;
            return 0;
        }
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(m_data[pos + i]);
        return v;
    }
    quint8 u8(qint64 pos) const { return quint8(uint(pos, 1)); }
    quint16 u16(qint64 pos) const { return quint16(uint(pos, 2)); }
    qint16 s16(qint64 pos) const { return qint16(u16(pos)); }
    quint32 u32(qint64 pos) const { return uint(pos, 4); }
    qint32 s32(qint64 pos) const { return qint32(u32(pos)); }
    // The bytes [pos, pos + len), empty (and bad) when they are not all inside.
    QByteArrayView bytes(qint64 pos, qint64 len) const
    {
        if (!has(pos, len)) {
            m_bad = true;
            return {};
        }
        return m_data.sliced(pos, len);
    }
    QByteArrayView data() const { return m_data; }

private:
    QByteArrayView m_data;
    mutable bool m_bad = false;
};

constexpr quint32 tag(const char (&s)[5])
{
    return (quint32(quint8(s[0])) << 24) | (quint32(quint8(s[1])) << 16)
        | (quint32(quint8(s[2])) << 8) | quint32(quint8(s[3]));
}

inline void putU8(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff));
}
inline void putU16(QByteArray &out, quint32 v)
{
    out.append(char((v >> 8) & 0xff));
    out.append(char(v & 0xff));
}
inline void putU32(QByteArray &out, quint32 v)
{
    putU16(out, v >> 16);
    putU16(out, v);
}
inline void setU16(QByteArray &out, qint64 pos, quint32 v)
{
    out[pos] = char((v >> 8) & 0xff);
    out[pos + 1] = char(v & 0xff);
}
inline void setU32(QByteArray &out, qint64 pos, quint32 v)
{
    setU16(out, pos, v >> 16);
    setU16(out, pos + 2, v);
}

// One face of a font file or collection: its tables, found through the table directory.
struct Face {
    struct Table {
        quint32 tag = 0;
        qint64 offset = 0;
        qint64 length = 0;
    };
    Reader file;
    quint32 version = 0; // 0x00010000 or 'true' (glyf outlines), 'OTTO' (CFF outlines)
    std::vector<Table> tables;

    bool has(quint32 t) const;
    // The table's bytes; empty when it is absent (the directory was checked when the face was
    // opened).
    QByteArrayView table(quint32 t) const;
};

// Opens face `index` of an OpenType/TrueType file or collection ('ttcf'). Checks that every table
// of the directory lies inside the file. nullopt with *error set when it is not such a font.
std::optional<Face> openFace(QByteArrayView file, int index, QString *error);

// An sfnt of the given tables (any order; each given unpadded): sorted directory, 4-byte padding,
// checksums, and head's checkSumAdjustment when a head table (of at least 12 bytes) is among them.
QByteArray writeSfnt(quint32 version, std::vector<std::pair<quint32, QByteArray>> tables);

} // namespace nianbao::sfnt
