#pragma once
// Reading and writing the building blocks of the Compact Font Format (Adobe TN #5176): INDEXes
// and DICTs. Reads are bounds-checked through sfnt::Reader; nothing here walks a whole INDEX
// unless asked to.

#include "sfnt.h"

#include <array>
#include <optional>
#include <vector>

namespace nianbao::cff {

using sfnt::Reader;

// An INDEX: `count` items, their offsets (offSize bytes each, counted from `base`) after a header.
struct Index {
    qint64 start = 0, end = 0; // the whole INDEX
    quint32 count = 0;
    int offSize = 0;
    qint64 offsets = 0; // the offset array
    qint64 base = 0; // the byte before the data, where offsets count from
};
// The INDEX at pos, its offset array and its data up to the last offset checked to be inside.
// Other offsets are read only by item() and ordered().
std::optional<Index> readIndex(const Reader &r, qint64 pos);
// Item i's bytes [*begin, *end), checked to lie inside the INDEX's data.
bool item(const Reader &r, const Index &x, quint32 i, qint64 *begin, qint64 *end);
// Whether every offset follows the one before (for an INDEX copied whole).
bool ordered(const Reader &r, const Index &x);

// The size of an INDEX of `count` items of `dataSize` bytes in all, as writeIndex writes it.
qint64 indexSize(qint64 count, qint64 dataSize);
void writeIndex(QByteArray &out, const std::vector<QByteArrayView> &items);

// DICT operators: one byte, or 12 and a second byte, written as 1200 + that byte.
constexpr int escaped(int b)
{
    return 1200 + b;
}
namespace op {
constexpr int FontBBox = 5, Charset = 15, Encoding = 16, CharStrings = 17, Private = 18, Subrs = 19;
constexpr int IsFixedPitch = escaped(1), ItalicAngle = escaped(2), UnderlinePosition = escaped(3),
              UnderlineThickness = escaped(4), PaintType = escaped(5), CharstringType = escaped(6),
              FontMatrix = escaped(7), StrokeWidth = escaped(8), SyntheticBase = escaped(20),
              Ros = escaped(30), CidCount = escaped(34), FdArray = escaped(36),
              FdSelect = escaped(37);
} // namespace op
// Whether the operator's operands are string ids (SIDs).
bool takesStrings(int op);

struct Entry {
    static constexpr int kMaxArgs = 48;
    int op = 0;
    qint64 begin = 0, end = 0; // operands and operator in the DICT's data
    int argc = 0;
    bool real = false; // an operand is a real number (given as 0 in args)
    std::array<qint64, kMaxArgs> args {};
    // Operand i as an integer in [lo, hi], else nullopt.
    std::optional<qint64> arg(int i, qint64 lo, qint64 hi) const;
};
using Dict = std::vector<Entry>;
std::optional<Dict> readDict(const Reader &r, qint64 pos, qint64 length);
const Entry *find(const Dict &dict, int op);

void putInt(QByteArray &out, qint64 v); // shortest form
void putInt32(QByteArray &out, qint32 v); // always five bytes, so that it can be rewritten in place
void putOp(QByteArray &out, int op);

// GID → CID through the charset of a CID-keyed font. Ranges (formats 1 and 2) are read only up to
// the largest glyph asked for; format 0 is indexed.
class Charset
{
public:
    // maxGlyph < numGlyphs: the largest glyph id cid() will be asked for.
    bool read(const Reader &r, qint64 pos, quint32 numGlyphs, quint32 maxGlyph);
    quint32 cid(quint32 gid) const;

private:
    struct Range {
        quint32 gid, cid;
    };
    const Reader *m_r = nullptr;
    qint64 m_pos = 0;
    int m_format = 0;
    std::vector<Range> m_ranges;
};

// GID → Font DICT through FDSelect: format 0 indexed, format 3 by binary search of its ranges.
class FdSelect
{
public:
    bool read(const Reader &r, qint64 pos, quint32 numGlyphs);
    quint32 fd(quint32 gid) const; // gid < numGlyphs

private:
    const Reader *m_r = nullptr;
    qint64 m_pos = 0;
    int m_format = 0;
    quint32 m_ranges = 0;
};

} // namespace nianbao::cff
