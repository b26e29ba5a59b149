#pragma once
// Which text each drawn glyph stands for, for the PDF's text map (ToUnicode): found the way a
// reader of the file maps glyphs back, from the line's own characters.

#include <QList>
#include <QString>

#include <vector>

class QRawFont;

namespace nianbao {

// The text of each glyph of a run: the next character of the line whose glyph in the face it is.
// Characters drawn without a glyph of their own are passed over (spaces) or, after a glyph that
// stood for no character of its own (a ligature), added to that glyph's text; a glyph found for
// none of the next few characters (another form of one) stands for the next character. `next`
// moves along the line [*next, end) from run to run.
std::vector<QString> glyphTexts(const QRawFont &font, const QString &text, qsizetype *next, qsizetype end,
                                const QList<quint32> &glyphs);

} // namespace nianbao
