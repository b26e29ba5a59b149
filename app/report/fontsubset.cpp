#include "fontsubset.h"

#include "fontsubset_p.h"

namespace nianbao {
namespace {

using sfnt::Reader;
using sfnt::tag;

bool allowedInName(uchar c)
{
    // Printable ASCII without space and without PostScript's delimiters.
    return c > 32 && c < 127 && !QByteArrayView("[](){}<>/%").contains(char(c));
}

// name ID 6, preferring a Unicode (UTF-16BE) record to a Macintosh one; empty when there is none.
QByteArray postScriptName(const Reader &name)
{
    const quint16 count = name.u16(2), storage = name.u16(4);
    QByteArray best;
    int bestRank = 0;
    for (qint64 i = 0; i < count && name.ok(); ++i) {
        const qint64 rec = 6 + 12 * i;
        const quint16 platform = name.u16(rec), id = name.u16(rec + 6);
        const qint64 length = name.u16(rec + 8), offset = qint64(storage) + name.u16(rec + 10);
        const int rank = platform == 3 || platform == 0 ? 2 : platform == 1 ? 1 : 0;
        if (id != 6 || rank <= bestRank || !name.has(offset, length))
            continue;
        const QByteArrayView s = name.bytes(offset, length);
        QByteArray text;
        for (qint64 j = rank == 2 ? 1 : 0; j < s.size(); j += rank == 2 ? 2 : 1)
            if ((rank != 2 || s[j - 1] == 0) && allowedInName(uchar(s[j])))
                text.append(s[j]);
        if (!text.isEmpty()) {
            best = text.left(127);
            bestRank = rank;
        }
    }
    return best;
}

QByteArray cleanName(QByteArrayView s)
{
    QByteArray text;
    for (char c : s)
        if (allowedInName(uchar(c)))
            text.append(c);
    return text.left(127);
}

} // namespace

std::optional<FontSubset> subsetFont(QByteArrayView file, int faceIndex,
                                     const std::vector<quint32> &glyphs, QString *error)
{
    using subset::Tr;
    QString ignored;
    if (!error)
        error = &ignored;
    const auto face = sfnt::openFace(file, faceIndex, error);
    if (!face)
        return std::nullopt;
    static constexpr char kRequired[][5] = {"head", "hhea", "hmtx"};
    for (const auto &t : kRequired)
        if (!face->has(tag(t))) {
            *error = Tr::tr("The font lacks its %1 table.").arg(QString::fromLatin1(t));
            return std::nullopt;
        }
    const Reader head(face->table(tag("head"))), hhea(face->table(tag("hhea"))),
        hmtx(face->table(tag("hmtx")));
    const Reader os2(face->table(tag("OS/2"))), post(face->table(tag("post")));
    const double unitsPerEm = head.u16(18);
    const qint64 metrics = hhea.u16(34);
    if (!head.has(0, 54) || unitsPerEm == 0) {
        *error = subset::damaged("head table");
        return std::nullopt;
    }
    if (!hhea.has(0, 36) || metrics == 0 || !hmtx.has(0, 4 * metrics)) {
        *error = subset::damaged("hhea or hmtx table");
        return std::nullopt;
    }

    FontSubset result;
    if (face->has(tag("CFF "))) {
        auto cff = subset::subsetCff(face->table(tag("CFF ")), glyphs, error);
        if (!cff)
            return std::nullopt;
        result.format = FontSubset::Format::Cff;
        result.program = std::move(cff->program);
        result.postScriptName = cleanName(cff->name);
        result.codes = std::move(cff->codes);
    } else if (face->has(tag("glyf"))) {
        auto program = subset::subsetTrueType(*face, glyphs, error);
        if (!program)
            return std::nullopt;
        result.format = FontSubset::Format::TrueType;
        result.program = std::move(*program);
        result.codes = glyphs;
    } else {
        *error = Tr::tr("The font has neither CFF nor TrueType outlines (CFF2 is not supported).");
        return std::nullopt;
    }
    if (const QByteArray name = postScriptName(Reader(face->table(tag("name")))); !name.isEmpty())
        result.postScriptName = name;
    if (result.postScriptName.isEmpty())
        result.postScriptName = "Unnamed";

    const auto scaled = [unitsPerEm](double v) { return v * 1000.0 / unitsPerEm; };
    result.advances.reserve(glyphs.size());
    for (quint32 g : glyphs) // glyphs past numberOfHMetrics share the last advance
        result.advances.push_back(scaled(hmtx.u16(4 * std::min<qint64>(g, metrics - 1))));
    result.xMin = scaled(head.s16(36));
    result.yMin = scaled(head.s16(38));
    result.xMax = scaled(head.s16(40));
    result.yMax = scaled(head.s16(42));
    double ascent = hhea.s16(4), descent = hhea.s16(6);
    if (ascent == 0 && descent == 0 && os2.has(0, 72)) {
        ascent = os2.s16(68);
        descent = os2.s16(70);
    }
    result.ascent = scaled(ascent);
    result.descent = scaled(descent);
    result.capHeight = os2.u16(0) >= 2 && os2.has(0, 90) ? scaled(os2.s16(88)) : result.ascent;
    if (post.has(0, 16)) {
        result.italicAngle = post.s32(4) / 65536.0;
        result.fixedPitch = post.u32(12) != 0;
    }
    return result;
}

} // namespace nianbao
