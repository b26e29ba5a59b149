#pragma once
// Subsets of font programs for embedding in the report's PDF: only .notdef and the glyphs the
// document uses, with what the PDF's font dictionaries need to say about them. CFF fonts become a
// bare CID-keyed CFF (FontFile3 /CIDFontType0C), TrueType fonts an sfnt keeping glyph ids
// (FontFile2, /CIDToGIDMap /Identity). Only the parts of the file the glyphs need are read: the
// 755 glyphs of the sample reports take 0.1–0.3 ms from a CJK face of 65,535 glyphs
// (tests/bench/bench_fontsubset.cpp). Subroutines are copied whole, never interpreted.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

struct FontSubset {
    enum class Format { Cff, TrueType };
    Format format = Format::Cff;
    // Cff: a bare CID-keyed CFF font program (PDF FontFile3 /Subtype /CIDFontType0C, used by a
    // CIDFontType0); TrueType: an sfnt (PDF FontFile2, used by a CIDFontType2 with /CIDToGIDMap
    // /Identity).
    QByteArray program;
    // ASCII without spaces: name table ID 6, else the CFF Name INDEX entry.
    QByteArray postScriptName;
    // Per requested glyph, in the order given: the code that selects it in the PDF with /Identity-H
    // (Cff: the glyph's CID; TrueType: its glyph id, which the subset keeps) ...
    std::vector<quint32> codes;
    // ... and its advance width in thousandths of an em (from hmtx, scaled by unitsPerEm).
    std::vector<double> advances;
    // For the PDF FontDescriptor, in thousandths of an em: head's bbox, hhea (or OS/2 typo) ascent
    // and descent, OS/2 capHeight (ascent when absent), post italicAngle (degrees), and whether
    // post says fixed pitch.
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0, ascent = 0, descent = 0, capHeight = 0,
           italicAngle = 0;
    bool fixedPitch = false;
};

// `file` is a whole font file: OpenType with a 'CFF ' table (.otf), TrueType with glyf/loca (.ttf),
// or a collection (.ttc/.otc, 'ttcf' header) of which `face` is the index (0 otherwise). `glyphs`
// are glyph ids of that face (duplicates allowed; .notdef is always kept in the program). Returns
// nullopt with `error` set (a tr() message naming what is wrong) for anything unsupported or
// malformed; never reads out of bounds, never crashes, never loops forever on hostile input.
std::optional<FontSubset> subsetFont(QByteArrayView file, int face,
                                     const std::vector<quint32> &glyphs, QString *error);

} // namespace nianbao
