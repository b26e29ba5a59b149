#include "cff.h"

#include <algorithm>

namespace nianbao::cff {

std::optional<Index> readIndex(const Reader &r, qint64 pos)
{
    Index x;
    x.start = pos;
    x.count = r.u16(pos);
    if (!r.ok())
        return std::nullopt;
    if (x.count == 0) {
        x.end = pos + 2;
        return x;
    }
    x.offSize = r.u8(pos + 2);
    if (!r.ok() || x.offSize < 1 || x.offSize > 4)
        return std::nullopt;
    x.offsets = pos + 3;
    const qint64 arraySize = (qint64(x.count) + 1) * x.offSize;
    x.base = x.offsets + arraySize - 1;
    if (!r.has(x.offsets, arraySize))
        return std::nullopt;
    const quint32 first = r.uint(x.offsets, x.offSize);
    const quint32 last = r.uint(x.offsets + qint64(x.count) * x.offSize, x.offSize);
    if (first != 1 || last < 1 || !r.has(x.base + 1, qint64(last) - 1))
        return std::nullopt;
    x.end = x.base + last;
    return x;
}

bool item(const Reader &r, const Index &x, quint32 i, qint64 *begin, qint64 *end)
{
    if (i >= x.count)
        return false;
    const quint32 a = r.uint(x.offsets + qint64(i) * x.offSize, x.offSize);
    const quint32 b = r.uint(x.offsets + (qint64(i) + 1) * x.offSize, x.offSize);
    if (!r.ok() || a < 1 || b < a || x.base + b > x.end)
        return false;
    *begin = x.base + a;
    *end = x.base + b;
    return true;
}

bool ordered(const Reader &r, const Index &x)
{
    if (x.count == 0)
        return true;
    quint32 previous = 1;
    for (qint64 i = 0; i <= x.count; ++i) {
        const quint32 o = r.uint(x.offsets + i * x.offSize, x.offSize);
        if (o < previous || x.base + o > x.end)
            return false;
        previous = o;
    }
    return r.ok();
}

namespace {

int offSizeFor(qint64 largest)
{
    return largest <= 0xff ? 1 : largest <= 0xffff ? 2 : largest <= 0xffffff ? 3 : 4;
}

void putUint(QByteArray &out, quint32 v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((v >> (8 * i)) & 0xff));
}

} // namespace

qint64 indexSize(qint64 count, qint64 dataSize)
{
    return count == 0 ? 2 : 3 + (count + 1) * offSizeFor(dataSize + 1) + dataSize;
}

void writeIndex(QByteArray &out, const std::vector<QByteArrayView> &items)
{
    qint64 dataSize = 0;
    for (QByteArrayView v : items)
        dataSize += v.size();
    sfnt::putU16(out, quint32(items.size()));
    if (items.empty())
        return;
    const int offSize = offSizeFor(dataSize + 1);
    sfnt::putU8(out, offSize);
    quint32 offset = 1;
    putUint(out, offset, offSize);
    for (QByteArrayView v : items) {
        offset += quint32(v.size());
        putUint(out, offset, offSize);
    }
    for (QByteArrayView v : items)
        out.append(v);
}

bool takesStrings(int op)
{
    // version, Notice, FullName, FamilyName, Weight, Copyright, PostScript, BaseFontName, FontName
    return (op >= 0 && op <= 4) || op == escaped(0) || op == escaped(21) || op == escaped(22)
        || op == escaped(38);
}

std::optional<qint64> Entry::arg(int i, qint64 lo, qint64 hi) const
{
    if (i < 0 || i >= argc || real || args[i] < lo || args[i] > hi)
        return std::nullopt;
    return args[i];
}

std::optional<Dict> readDict(const Reader &r, qint64 pos, qint64 length)
{
    constexpr size_t kMaxEntries = 256;
    if (!r.has(pos, length))
        return std::nullopt;
    const qint64 end = pos + length;
    Dict dict;
    Entry e;
    e.begin = pos;
    while (pos < end) {
        const int b0 = r.u8(pos);
        if (b0 <= 21) {
            e.op = b0;
            pos += 1;
            if (b0 == 12) {
                if (pos >= end)
                    return std::nullopt;
                e.op = escaped(r.u8(pos));
                pos += 1;
            }
            e.end = pos;
            if (dict.size() == kMaxEntries)
                return std::nullopt; // far more than any font has: hostile
            dict.push_back(e);
            e = Entry();
            e.begin = pos;
            continue;
        }
        if (e.argc == Entry::kMaxArgs)
            return std::nullopt;
        qint64 v = 0;
        if (b0 >= 32 && b0 <= 246) {
            v = b0 - 139;
            pos += 1;
        } else if (b0 >= 247 && b0 <= 250) {
            v = (b0 - 247) * 256 + r.u8(pos + 1) + 108;
            pos += 2;
        } else if (b0 >= 251 && b0 <= 254) {
            v = -(b0 - 251) * 256 - r.u8(pos + 1) - 108;
            pos += 2;
        } else if (b0 == 28) {
            v = r.s16(pos + 1);
            pos += 3;
        } else if (b0 == 29) {
            v = r.s32(pos + 1);
            pos += 5;
        } else if (b0 == 30) {
            // A real number: nibbles up to the one that ends it (0xf).
            for (pos += 1;; ++pos) {
                if (pos >= end)
                    return std::nullopt;
                const int b = r.u8(pos);
                if ((b & 0x0f) == 0x0f || (b & 0xf0) == 0xf0)
                    break;
            }
            pos += 1;
            e.real = true;
        } else {
            return std::nullopt; // reserved
        }
        if (pos > end || !r.ok())
            return std::nullopt;
        e.args[e.argc++] = v;
    }
    if (e.argc > 0)
        return std::nullopt; // operands without an operator
    return dict;
}

const Entry *find(const Dict &dict, int op)
{
    const auto it =
        std::find_if(dict.begin(), dict.end(), [op](const Entry &e) { return e.op == op; });
    return it == dict.end() ? nullptr : &*it;
}

void putInt(QByteArray &out, qint64 v)
{
    if (v >= -107 && v <= 107) {
        sfnt::putU8(out, quint32(v + 139));
    } else if (v >= 108 && v <= 1131) {
        v -= 108;
        sfnt::putU8(out, quint32((v >> 8) + 247));
        sfnt::putU8(out, quint32(v & 0xff));
    } else if (v >= -1131 && v <= -108) {
        v = -v - 108;
        sfnt::putU8(out, quint32((v >> 8) + 251));
        sfnt::putU8(out, quint32(v & 0xff));
    } else if (v >= -32768 && v <= 32767) {
        sfnt::putU8(out, 28);
        sfnt::putU16(out, quint32(v) & 0xffff);
    } else {
        putInt32(out, qint32(std::clamp<qint64>(v, INT32_MIN, INT32_MAX)));
    }
}

void putInt32(QByteArray &out, qint32 v)
{
    sfnt::putU8(out, 29);
    sfnt::putU32(out, quint32(v));
}

void putOp(QByteArray &out, int op)
{
    if (op >= 1200) {
        sfnt::putU8(out, 12);
        sfnt::putU8(out, quint32(op - 1200));
    } else {
        sfnt::putU8(out, quint32(op));
    }
}

bool Charset::read(const Reader &r, qint64 pos, quint32 numGlyphs, quint32 maxGlyph)
{
    m_r = &r;
    m_pos = pos;
    m_format = r.u8(pos);
    if (m_format == 0)
        return r.ok() && r.has(pos + 1, 2 * (qint64(numGlyphs) - 1));
    if (m_format != 1 && m_format != 2)
        return false;
    const qint64 step = m_format == 1 ? 3 : 4;
    qint64 p = pos + 1;
    for (quint32 gid = 1; gid <= maxGlyph; p += step) {
        const quint32 first = r.u16(p);
        const quint32 left = m_format == 1 ? r.u8(p + 2) : r.u16(p + 2);
        if (!r.ok())
            return false;
        m_ranges.push_back({gid, first});
        gid += left + 1;
    }
    return true;
}

quint32 Charset::cid(quint32 gid) const
{
    if (gid == 0)
        return 0;
    if (m_format == 0)
        return m_r->u16(m_pos + 1 + 2 * (qint64(gid) - 1));
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), gid,
                               [](quint32 g, const Range &x) { return g < x.gid; });
    if (it == m_ranges.begin())
        return 0; // gid beyond maxGlyph; not asked for
    --it;
    return it->cid + (gid - it->gid);
}

bool FdSelect::read(const Reader &r, qint64 pos, quint32 numGlyphs)
{
    m_r = &r;
    m_pos = pos;
    m_format = r.u8(pos);
    if (m_format == 0)
        return r.ok() && r.has(pos + 1, numGlyphs);
    m_ranges = r.u16(pos + 1);
    // Ranges start at glyph 0 and the sentinel covers every glyph.
    return m_format == 3 && r.ok() && m_ranges > 0 && r.has(pos + 3, 3 * qint64(m_ranges) + 2)
        && r.u16(pos + 3) == 0 && r.u16(pos + 3 + 3 * qint64(m_ranges)) >= numGlyphs;
}

quint32 FdSelect::fd(quint32 gid) const
{
    if (m_format == 0)
        return m_r->u8(m_pos + 1 + gid);
    quint32 lo = 0, hi = m_ranges; // the range of gid is in [lo, hi)
    while (hi - lo > 1) {
        const quint32 mid = lo + (hi - lo) / 2;
        if (m_r->u16(m_pos + 3 + 3 * qint64(mid)) <= gid)
            lo = mid;
        else
            hi = mid;
    }
    return m_r->u8(m_pos + 3 + 3 * qint64(lo) + 2);
}

} // namespace nianbao::cff
