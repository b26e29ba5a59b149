// The TrueType half of the font subsetter: the same glyph ids, with every glyph not asked for (nor
// a component of one) left empty, and the glyphs after the last kept one dropped.

#include "fontsubset_p.h"

#include <QtEndian>

#include <algorithm>

namespace nianbao::subset {
namespace {

using sfnt::Reader;
using sfnt::tag;

// Component flags of a composite glyph (OpenType 'glyf').
constexpr quint16 kArgsAreWords = 0x0001, kHaveScale = 0x0008, kMoreComponents = 0x0020,
                  kHaveXYScale = 0x0040, kHaveTwoByTwo = 0x0080;

class Glyf
{
public:
    Glyf(const sfnt::Face &face, quint32 numGlyphs, bool longLoca)
        : m_loca(face.table(tag("loca"))),
          m_glyf(face.table(tag("glyf"))),
          m_numGlyphs(numGlyphs),
          m_long(longLoca)
    {
    }
    bool ok() const { return m_loca.has(0, (qint64(m_numGlyphs) + 1) * (m_long ? 4 : 2)); }
    // Glyph g's bytes [*begin, *end) in glyf, checked.
    bool range(quint32 g, qint64 *begin, qint64 *end) const
    {
        *begin = m_long ? qint64(m_loca.u32(4 * qint64(g))) : 2 * qint64(m_loca.u16(2 * qint64(g)));
        *end = m_long ? qint64(m_loca.u32(4 * qint64(g) + 4))
                      : 2 * qint64(m_loca.u16(2 * qint64(g) + 2));
        // Some fonts end the last glyph past glyf; a glyph is readable if its bytes are inside.
        return m_loca.ok() && *begin <= *end && m_glyf.has(*begin, *end - *begin)
            && (*end == *begin || *end - *begin >= 10);
    }
    // Adds the components of glyph g that are not yet kept to *todo.
    bool components(quint32 g, std::vector<bool> &keep, std::vector<quint32> *todo) const
    {
        qint64 begin = 0, end = 0;
        if (!range(g, &begin, &end))
            return false;
        if (end == begin || m_glyf.s16(begin) >= 0)
            return true;
        const Reader glyph(m_glyf.bytes(begin, end - begin));
        qint64 p = 10;
        for (quint16 flags = kMoreComponents; flags & kMoreComponents;) {
            flags = glyph.u16(p);
            const quint32 component = glyph.u16(p + 2);
            if (!glyph.ok() || component >= m_numGlyphs)
                return false;
            if (!keep[component]) {
                keep[component] = true;
                todo->push_back(component);
            }
            p += 4 + ((flags & kArgsAreWords) ? 4 : 2);
            p += (flags & kHaveScale)     ? 2
                : (flags & kHaveXYScale)  ? 4
                : (flags & kHaveTwoByTwo) ? 8
                                          : 0;
        }
        return glyph.has(0, p);
    }
    QByteArrayView bytes(qint64 begin, qint64 end) const
    {
        return m_glyf.bytes(begin, end - begin);
    }
    qint64 size() const { return m_glyf.size(); }

private:
    Reader m_loca, m_glyf;
    quint32 m_numGlyphs;
    bool m_long;
};

} // namespace

std::optional<QByteArray> subsetTrueType(const sfnt::Face &face, const std::vector<quint32> &glyphs,
                                         QString *error)
{
    const auto fail = [error](const char *part) -> std::optional<QByteArray> {
        *error = damaged(part);
        return std::nullopt;
    };
    static constexpr char kRequired[][5] = {"head", "hhea", "hmtx", "maxp", "loca", "glyf"};
    for (const auto &t : kRequired)
        if (!face.has(tag(t))) {
            *error = Tr::tr("The font lacks its %1 table.").arg(QString::fromLatin1(t));
            return std::nullopt;
        }
    const Reader head(face.table(tag("head"))), hhea(face.table(tag("hhea"))),
        maxp(face.table(tag("maxp")));
    const Reader hmtx(face.table(tag("hmtx")));
    const quint32 numGlyphs = maxp.u16(4);
    const int locaFormat = head.s16(50);
    const quint32 metrics = hhea.u16(34);
    if (!head.has(0, 54) || (locaFormat != 0 && locaFormat != 1))
        return fail("head table");
    if (!hhea.has(0, 36) || metrics == 0 || metrics > numGlyphs)
        return fail("hhea table");
    if (!maxp.ok() || numGlyphs == 0)
        return fail("maxp table");
    const Glyf glyf(face, numGlyphs, locaFormat == 1);
    if (!glyf.ok())
        return fail("loca table");
    for (quint32 g : glyphs)
        if (g >= numGlyphs) {
            *error = noGlyph(g);
            return std::nullopt;
        }

    // The glyphs kept: .notdef, those asked for, and their components, transitively. Each glyph is
    // looked at once, so a component cycle ends.
    std::vector<bool> keep(numGlyphs, false);
    std::vector<quint32> todo;
    todo.reserve(glyphs.size() + 1);
    for (quint32 g : glyphs)
        if (!keep[g]) {
            keep[g] = true;
            todo.push_back(g);
        }
    if (!keep[0]) {
        keep[0] = true;
        todo.push_back(0);
    }
    quint32 last = 0;
    qint64 keptBytes = 0;
    while (!todo.empty()) {
        const quint32 g = todo.back();
        todo.pop_back();
        last = std::max(last, g);
        qint64 begin = 0, end = 0;
        if (!glyf.range(g, &begin, &end) || !glyf.components(g, keep, &todo))
            return fail("glyf table");
        keptBytes += end - begin + 3;
    }
    if (keptBytes > glyf.size() + 3 * qint64(numGlyphs)) // glyphs that overlap
        return fail("loca table");

    // glyf and loca of glyphs 0..last: kept ones copied (padded to 4 bytes), the others empty.
    const quint32 count = last + 1;
    QByteArray glyfOut;
    glyfOut.reserve(keptBytes);
    std::vector<quint32> offsets(count + 1, 0);
    for (quint32 g = 0; g < count; ++g) {
        offsets[g] = quint32(glyfOut.size());
        qint64 begin = 0, end = 0;
        if (!keep[g])
            continue;
        if (!glyf.range(g, &begin, &end))
            return fail("glyf table");
        glyfOut.append(glyf.bytes(begin, end));
        glyfOut.append((4 - glyfOut.size() % 4) % 4, '\0');
    }
    offsets[count] = quint32(glyfOut.size());
    const bool longOut = glyfOut.size() > 2 * 0xffff;
    QByteArray locaOut((qint64(count) + 1) * (longOut ? 4 : 2), Qt::Uninitialized);
    for (qint64 i = 0; i <= count; ++i)
        longOut ? qToBigEndian<quint32>(offsets[i], locaOut.data() + 4 * i)
                : qToBigEndian<quint16>(quint16(offsets[i] / 2), locaOut.data() + 2 * i);

    // hmtx keeps its first `count` entries: long metrics up to numberOfHMetrics, then side
    // bearings.
    const quint32 metricsOut = std::min(metrics, count);
    const qint64 hmtxSize = 4 * qint64(metricsOut) + 2 * qint64(count - metricsOut);
    if (!hmtx.has(0, hmtxSize))
        return fail("hmtx table");
    // Metrics of glyphs left out are zeroed, so that the table compresses to little in the PDF;
    // the last long metric stays, as glyphs after it take its advance.
    QByteArray hmtxOut = hmtx.bytes(0, hmtxSize).toByteArray();
    for (quint32 g = 0; g < count; ++g) {
        if (keep[g] || g == metricsOut - 1)
            continue;
        const qint64 at =
            g < metricsOut ? 4 * qint64(g) : 4 * qint64(metricsOut) + 2 * qint64(g - metricsOut);
        std::fill_n(hmtxOut.data() + at, g < metricsOut ? 4 : 2, '\0');
    }
    QByteArray headOut = face.table(tag("head")).toByteArray();
    QByteArray hheaOut = face.table(tag("hhea")).toByteArray();
    QByteArray maxpOut = face.table(tag("maxp")).toByteArray();
    sfnt::setU16(headOut, 50, longOut ? 1 : 0);
    sfnt::setU16(hheaOut, 34, metricsOut);
    sfnt::setU16(maxpOut, 4, count);
    std::vector<std::pair<quint32, QByteArray>> tables = {
        {tag("head"), headOut}, {tag("hhea"), hheaOut}, {tag("hmtx"), hmtxOut},
        {tag("maxp"), maxpOut}, {tag("loca"), locaOut}, {tag("glyf"), glyfOut},
    };
    for (quint32 t : {tag("cvt "), tag("fpgm"), tag("prep")})
        if (face.has(t))
            tables.push_back({t, face.table(t).toByteArray()});
    if (!head.ok() || !hhea.ok() || !maxp.ok() || !hmtx.ok())
        return fail("tables");
    return sfnt::writeSfnt(0x00010000, std::move(tables));
}

} // namespace nianbao::subset
