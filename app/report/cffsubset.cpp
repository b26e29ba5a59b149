// The CFF half of the font subsetter: a CID-keyed CFF of .notdef and the glyphs asked for, read
// from a CID-keyed or name-keyed CFF. Only the offsets of those glyphs are read; subroutines are
// copied whole, so charstrings are never interpreted.

#include "cff.h"
#include "fontsubset_p.h"

#include <algorithm>
#include <map>

namespace nianbao::subset {
namespace {

using namespace cff;

constexpr qint64 kStandardStrings = 391;

// The String INDEX of the subset: the strings its DICTs refer to, renumbered.
class Strings
{
public:
    Strings(const Reader &r, const Index &index) : m_r(r), m_index(index) { }
    std::optional<qint64> sid(qint64 old)
    {
        if (old >= 0 && old < kStandardStrings)
            return old;
        if (const auto it = m_map.find(old); it != m_map.end())
            return it->second;
        qint64 begin = 0, end = 0;
        if (old < 0 || old - kStandardStrings > 0xffff
            || !item(m_r, m_index, quint32(old - kStandardStrings), &begin, &end))
            return std::nullopt;
        const qint64 to = add(m_r.bytes(begin, end - begin));
        m_map.emplace(old, to);
        return to;
    }
    qint64 add(QByteArrayView s)
    {
        m_out.push_back(s);
        return kStandardStrings + qint64(m_out.size()) - 1;
    }
    const std::vector<QByteArrayView> &strings() const { return m_out; }

private:
    const Reader &m_r;
    const Index &m_index;
    std::vector<QByteArrayView> m_out;
    std::map<qint64, qint64> m_map;
};

struct Glyph {
    quint32 cid, gid, fd;
};

// A Font DICT of the subset: its entries but Private, its Private DICT (Subrs re-pointed to just
// after it) and its local subroutines.
struct Font {
    QByteArray dict;
    QByteArray priv;
    QByteArrayView subrs;
};

void copy(QByteArray &out, const Reader &r, const Entry &e)
{
    out.append(r.bytes(e.begin, e.end - e.begin));
}

// The Private DICT at the place a Private entry gives, and its local Subrs INDEX.
bool readPrivate(const Reader &r, const Entry *entry, Font *font)
{
    const auto size = entry ? entry->arg(0, 0, r.size()) : std::nullopt;
    const auto offset = entry ? entry->arg(1, 0, r.size()) : std::nullopt;
    const auto dict = size && offset ? readDict(r, *offset, *size) : std::nullopt;
    if (!dict)
        return false;
    for (const Entry &e : *dict) {
        if (e.op != op::Subrs) {
            copy(font->priv, r, e);
            continue;
        }
        const auto at = e.arg(0, 0, r.size());
        const auto subrs = at ? readIndex(r, *offset + *at) : std::nullopt;
        if (!subrs || !ordered(r, *subrs))
            return false;
        if (subrs->count > 0)
            font->subrs = r.bytes(subrs->start, subrs->end - subrs->start);
    }
    if (!font->subrs.isEmpty()) {
        putInt32(font->priv, qint32(font->priv.size() + 6));
        putOp(font->priv, op::Subrs);
    }
    return r.ok();
}

// A Font DICT of a CID-keyed font, strings renumbered, without the entries that point elsewhere.
bool readFont(const Reader &r, const Index &fdArray, quint32 fd, Strings &strings, Font *font)
{
    qint64 begin = 0, end = 0;
    const auto dict =
        item(r, fdArray, fd, &begin, &end) ? readDict(r, begin, end - begin) : std::nullopt;
    if (!dict)
        return false;
    for (const Entry &e : *dict) {
        if (takesStrings(e.op)) {
            const auto sid = strings.sid(e.arg(0, 0, 0xffff).value_or(-1));
            if (!sid)
                return false;
            putInt(font->dict, *sid);
            putOp(font->dict, e.op);
        } else if (e.op != op::Private && e.op != op::Subrs && e.op != op::Charset
                   && e.op != op::Encoding && e.op != op::CharStrings && e.op != op::FdArray
                   && e.op != op::FdSelect && e.op != op::Ros) {
            copy(font->dict, r, e);
        }
    }
    return readPrivate(r, find(*dict, op::Private), font);
}

// charset (format 0 or 2, whichever is smaller) of the glyphs after .notdef, CIDs ascending.
QByteArray writeCharset(const std::vector<Glyph> &glyphs)
{
    qint64 ranges = 0;
    for (size_t i = 1; i < glyphs.size(); ++i)
        ranges += (i == 1 || glyphs[i].cid != glyphs[i - 1].cid + 1) ? 1 : 0;
    QByteArray out;
    if (1 + 4 * ranges < 1 + 2 * qint64(glyphs.size() - 1)) {
        sfnt::putU8(out, 2);
        for (size_t i = 1, j; i < glyphs.size(); i = j) {
            for (j = i + 1; j < glyphs.size() && glyphs[j].cid == glyphs[j - 1].cid + 1; ++j) { }
            sfnt::putU16(out, glyphs[i].cid);
            sfnt::putU16(out, quint32(j - i - 1));
        }
    } else {
        sfnt::putU8(out, 0);
        for (size_t i = 1; i < glyphs.size(); ++i)
            sfnt::putU16(out, glyphs[i].cid);
    }
    return out;
}

// FDSelect (format 0 or 3, whichever is smaller); fd holds the new Font DICT numbers.
QByteArray writeFdSelect(const std::vector<Glyph> &glyphs)
{
    std::vector<quint32> starts;
    for (size_t i = 0; i < glyphs.size(); ++i)
        if (i == 0 || glyphs[i].fd != glyphs[i - 1].fd)
            starts.push_back(quint32(i));
    QByteArray out;
    if (5 + 3 * starts.size() < 1 + glyphs.size()) {
        sfnt::putU8(out, 3);
        sfnt::putU16(out, quint32(starts.size()));
        for (quint32 s : starts) {
            sfnt::putU16(out, s);
            sfnt::putU8(out, glyphs[s].fd);
        }
        sfnt::putU16(out, quint32(glyphs.size()));
    } else {
        sfnt::putU8(out, 0);
        for (const Glyph &g : glyphs)
            sfnt::putU8(out, g.fd);
    }
    return out;
}

} // namespace

std::optional<CffProgram> subsetCff(QByteArrayView data, const std::vector<quint32> &glyphs,
                                    QString *error)
{
    const Reader r(data);
    const auto fail = [error](const char *part) -> std::optional<CffProgram> {
        *error = damaged(part);
        return std::nullopt;
    };
    const int major = r.u8(0), headerSize = r.u8(2);
    if (!r.ok() || headerSize < 4)
        return fail("CFF header");
    if (major != 1) {
        *error = Tr::tr("The font's CFF version %1 is not supported.").arg(major);
        return std::nullopt;
    }
    // Header, Name INDEX, Top DICT INDEX, String INDEX and Global Subr INDEX follow each other.
    const auto names = readIndex(r, headerSize);
    const auto tops = names ? readIndex(r, names->end) : std::nullopt;
    const auto stringIndex = tops ? readIndex(r, tops->end) : std::nullopt;
    const auto globalSubrs = stringIndex ? readIndex(r, stringIndex->end) : std::nullopt;
    qint64 nameBegin = 0, nameEnd = 0, topBegin = 0, topEnd = 0;
    if (!globalSubrs || !item(r, *names, 0, &nameBegin, &nameEnd)
        || !item(r, *tops, 0, &topBegin, &topEnd) || !ordered(r, *globalSubrs))
        return fail("CFF INDEXes");
    const auto top = readDict(r, topBegin, topEnd - topBegin);
    if (!top)
        return fail("CFF Top DICT");
    const Entry *charstringType = find(*top, op::CharstringType);
    if (find(*top, op::SyntheticBase) || (charstringType && charstringType->arg(0, 2, 2) != 2)) {
        *error = Tr::tr(
            "The font's kind of CFF (synthetic, or not Type 2 charstrings) is not supported.");
        return std::nullopt;
    }
    const auto offsetOf = [&](int op) -> std::optional<qint64> {
        const Entry *e = find(*top, op);
        return e ? e->arg(0, 0, r.size()) : std::nullopt;
    };
    const auto charStringsAt = offsetOf(op::CharStrings);
    const auto charStrings = charStringsAt ? readIndex(r, *charStringsAt) : std::nullopt;
    if (!charStrings || charStrings->count == 0)
        return fail("CFF CharStrings");
    for (quint32 g : glyphs)
        if (g >= charStrings->count) {
            *error = noGlyph(g);
            return std::nullopt;
        }

    // The glyphs (.notdef first), their CIDs and Font DICTs.
    const Entry *ros = find(*top, op::Ros);
    std::vector<Glyph> kept;
    kept.reserve(glyphs.size() + 1);
    kept.push_back({0, 0, 0});
    for (quint32 g : glyphs)
        kept.push_back({g, g, 0});
    std::optional<Index> fdArray;
    if (ros) {
        const auto charsetAt = offsetOf(op::Charset), fdSelectAt = offsetOf(op::FdSelect);
        const auto fdArrayAt = offsetOf(op::FdArray);
        Charset charset;
        FdSelect fdSelect;
        const quint32 maxGlyph = std::max_element(kept.begin(), kept.end(), [](auto &a, auto &b) {
                                     return a.gid < b.gid;
                                 })->gid;
        if (!charsetAt || *charsetAt <= 2
            || !charset.read(r, *charsetAt, charStrings->count, maxGlyph))
            return fail("CFF charset");
        if (!fdSelectAt || !fdSelect.read(r, *fdSelectAt, charStrings->count))
            return fail("CFF FDSelect");
        fdArray = fdArrayAt ? readIndex(r, *fdArrayAt) : std::nullopt;
        if (!fdArray || fdArray->count == 0)
            return fail("CFF FDArray");
        for (Glyph &g : kept) {
            g.cid = charset.cid(g.gid);
            g.fd = fdSelect.fd(g.gid);
            if (!r.ok() || g.cid > 0xffff || g.fd >= fdArray->count)
                return fail("CFF charset or FDSelect");
        }
    }
    CffProgram result;
    result.name = r.bytes(nameBegin, nameEnd - nameBegin).toByteArray();
    result.codes.reserve(glyphs.size());
    for (size_t i = 0; i < glyphs.size(); ++i)
        result.codes.push_back(kept[i + 1].cid);
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Glyph &a, const Glyph &b) { return a.cid < b.cid; });
    kept.erase(
        std::unique(kept.begin(), kept.end(), [](auto &a, auto &b) { return a.cid == b.cid; }),
        kept.end());

    // The Font DICTs used, renumbered in their original order; a name-keyed font gets one.
    std::vector<quint32> used;
    for (const Glyph &g : kept)
        used.push_back(g.fd);
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    for (Glyph &g : kept)
        g.fd = quint32(std::lower_bound(used.begin(), used.end(), g.fd) - used.begin());
    Strings strings(r, *stringIndex);
    std::vector<Font> fonts(used.size());
    for (size_t i = 0; i < used.size(); ++i) {
        if (ros ? !readFont(r, *fdArray, used[i], strings, &fonts[i])
                : !readPrivate(r, find(*top, op::Private), &fonts[i]))
            return fail(ros ? "CFF Font DICT" : "CFF Private DICT");
    }

    // Top DICT: ROS first, then what shapes the glyphs, then offsets written as 5-byte numbers.
    QByteArray topOut;
    if (ros) {
        const auto registry = strings.sid(ros->arg(0, 0, 0xffff).value_or(-1));
        const auto ordering = strings.sid(ros->arg(1, 0, 0xffff).value_or(-1));
        const auto supplement = ros->arg(2, INT32_MIN, INT32_MAX);
        if (!registry || !ordering || !supplement)
            return fail("CFF ROS");
        putInt(topOut, *registry);
        putInt(topOut, *ordering);
        putInt(topOut, *supplement);
    } else {
        putInt(topOut, strings.add("Adobe"));
        putInt(topOut, strings.add("Identity"));
        putInt(topOut, 0);
    }
    putOp(topOut, op::Ros);
    for (const Entry &e : *top) {
        // FontMatrix stays in the Top DICT and the Font DICT of a name-keyed font gets none:
        // readers then use the Top DICT's, as they do for the original.
        if (e.op == op::FontBBox || e.op == op::FontMatrix || e.op == op::IsFixedPitch
            || e.op == op::ItalicAngle || e.op == op::UnderlinePosition
            || e.op == op::UnderlineThickness || e.op == op::PaintType || e.op == op::StrokeWidth) {
            copy(topOut, r, e);
        }
    }
    qint64 cidCount = charStrings->count;
    if (ros) {
        const Entry *given = find(*top, op::CidCount);
        const auto count = given ? given->arg(0, 0, INT32_MAX) : std::optional<qint64>(8720);
        if (!count)
            return fail("CFF CIDCount");
        cidCount = std::max<qint64>(*count, kept.back().cid + 1);
    }
    putInt(topOut, cidCount);
    putOp(topOut, op::CidCount);
    std::array<qint64, 4>
        offsetsAt {}; // where the numbers of charset, FDSelect, FDArray, CharStrings are
    for (int i = 0; const int op : {op::Charset, op::FdSelect, op::FdArray, op::CharStrings}) {
        offsetsAt[i++] = topOut.size() + 1;
        putInt32(topOut, 0);
        putOp(topOut, op);
    }

    if (kStandardStrings + qint64(strings.strings().size()) > 0x10000)
        return fail("CFF strings");
    // Distinct Font DICTs have distinct subroutines: more than the whole font is a trap.
    qint64 subrBytes = 0;
    for (const Font &f : fonts)
        subrBytes += f.subrs.size();
    if (subrBytes > r.size())
        return fail("CFF Subrs");

    // The pieces in file order, and where each lands.
    const QByteArray charset = writeCharset(kept);
    const QByteArray fdSelect = writeFdSelect(kept);
    std::vector<QByteArrayView> charstrings;
    charstrings.reserve(kept.size());
    qint64 charstringBytes = 0;
    for (const Glyph &g : kept) {
        qint64 begin = 0, end = 0;
        if (!item(r, *charStrings, g.gid, &begin, &end))
            return fail("CFF CharStrings");
        charstrings.push_back(r.bytes(begin, end - begin));
        charstringBytes += end - begin;
    }
    if (charstringBytes > r.size()) // glyphs that overlap
        return fail("CFF CharStrings");
    qint64 stringBytes = 0, fontDictBytes = 0;
    for (QByteArrayView s : strings.strings())
        stringBytes += s.size();
    for (const Font &f : fonts)
        fontDictBytes += f.dict.size() + 11; // with Private as two 5-byte numbers and its operator
    const QByteArrayView globals =
        r.bytes(globalSubrs->start, globalSubrs->end - globalSubrs->start);
    const qint64 charsetAt = 4 + indexSize(1, result.name.size()) + indexSize(1, topOut.size())
        + indexSize(qint64(strings.strings().size()), stringBytes) + globals.size();
    const qint64 fdSelectAt = charsetAt + charset.size();
    const qint64 charStringsAt2 = fdSelectAt + fdSelect.size();
    const qint64 fdArrayAt = charStringsAt2 + indexSize(qint64(kept.size()), charstringBytes);
    qint64 privateAt = fdArrayAt + indexSize(qint64(fonts.size()), fontDictBytes);
    if (privateAt > INT32_MAX - 0x10000000)
        return fail("CFF size");
    for (int i = 0; const qint64 at : {charsetAt, fdSelectAt, fdArrayAt, charStringsAt2})
        sfnt::setU32(topOut, offsetsAt[i++], quint32(at));
    for (Font &f : fonts) {
        putInt32(f.dict, qint32(f.priv.size()));
        putInt32(f.dict, qint32(privateAt));
        putOp(f.dict, op::Private);
        privateAt += f.priv.size() + f.subrs.size();
    }

    QByteArray &out = result.program;
    out.reserve(privateAt);
    for (int b : {1, 0, 4, 4})
        sfnt::putU8(out, b);
    writeIndex(out, {QByteArrayView(result.name)});
    writeIndex(out, {QByteArrayView(topOut)});
    writeIndex(out, strings.strings());
    out.append(globals);
    out.append(charset);
    out.append(fdSelect);
    writeIndex(out, charstrings);
    std::vector<QByteArrayView> dicts;
    for (const Font &f : fonts)
        dicts.push_back(f.dict);
    writeIndex(out, dicts);
    for (const Font &f : fonts) {
        out.append(f.priv);
        out.append(f.subrs);
    }
    if (!r.ok() || out.size() != privateAt)
        return fail("CFF data");
    return result;
}

} // namespace nianbao::subset
