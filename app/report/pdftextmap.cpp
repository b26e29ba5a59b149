#include "pdftextmap.h"

#include <QRawFont>

namespace nianbao {

std::vector<QString> glyphTexts(const QRawFont &font, const QString &text, qsizetype *next, qsizetype end,
                                const QList<quint32> &glyphs)
{
    constexpr int kLookAhead = 8;
    const auto units = [&](qsizetype at) { return text.at(at).isHighSurrogate() && at + 1 < end ? 2 : 1; };
    const auto nominal = [&](qsizetype at) {
        quint32 glyph[2] = {0, 0}; // Qt wants room for one glyph per UTF-16 unit
        int count = 2;
        return font.glyphIndexesForChars(text.constData() + at, units(at), glyph, &count) && count > 0 ? glyph[0]
                                                                                                         : 0u;
    };
    std::vector<QString> out(size_t(glyphs.size()));
    bool previousExact = true;
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        qsizetype at = *next;
        int step = 0;
        while (at < end && step < kLookAhead && nominal(at) != glyphs[i]) {
            at += units(at);
            ++step;
        }
        if (at < end && step < kLookAhead) {
            if (i > 0 && !previousExact)
                out[size_t(i) - 1] += QStringView(text).mid(*next, at - *next);
            out[size_t(i)] = QStringView(text).mid(at, units(at)).toString();
            *next = at + units(at);
            previousExact = true;
        } else if (*next < end) {
            out[size_t(i)] = QStringView(text).mid(*next, units(*next)).toString();
            *next += units(*next);
            previousExact = false;
        }
    }
    return out;
}

} // namespace nianbao
