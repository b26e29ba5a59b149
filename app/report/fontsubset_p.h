#pragma once
// The parts of the font subsetter (fontsubset.h): the CFF and the TrueType programs, and the
// messages they share.

#include "sfnt.h"

#include <QCoreApplication>

namespace nianbao::subset {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::FontSubset)
};

// "The font is damaged (<part>).", part naming a table or structure of the format.
inline QString damaged(const char *part)
{
    return Tr::tr("The font is damaged (%1).").arg(QString::fromLatin1(part));
}
inline QString noGlyph(quint32 glyph)
{
    return Tr::tr("The font has no glyph %1.").arg(glyph);
}

struct CffProgram {
    QByteArray program; // a bare CID-keyed CFF
    QByteArray name; // the Name INDEX entry
    std::vector<quint32> codes; // per requested glyph: its CID
};
// Subsets a bare CFF (the 'CFF ' table) to .notdef and `glyphs` (glyph ids, checked here).
std::optional<CffProgram> subsetCff(QByteArrayView cff, const std::vector<quint32> &glyphs,
                                    QString *error);

// Subsets a face with glyf outlines, keeping glyph ids; `glyphs` are checked here.
std::optional<QByteArray> subsetTrueType(const sfnt::Face &face, const std::vector<quint32> &glyphs,
                                         QString *error);

} // namespace nianbao::subset
