#!/usr/bin/env python3
"""Makes the stand-in a report face is laid out with when the report is written as PDF.

usage: metrics_face.py DERIVED.otf NEW_FAMILY_NAME OUTPUT.otf

The stand-in is the derived face with every glyph drawn as its control box (the rectangle around
its outline's points), keeping everything else: character maps, advances, layout tables. Qt asks
FreeType for each glyph's outline when it lays text out, for the advance and the side bearings;
for a CJK CFF glyph that costs some 76,000 instructions, a third of a whole report render. The
rectangle gives FreeType the same control box, so Qt lays the text out exactly as with the real
face (a test compares the two layouts), at a fraction of the cost. The PDF embeds the real face's
outlines (app/report/pdfface.cpp); printing and the preview use the real face throughout.
"""
import os
import sys

from fontTools.pens.boundsPen import ControlBoundsPen
from fontTools.ttLib import TTFont

from derive_font import rename  # this folder: the script is run from here


def main():
    source, new_family, output = sys.argv[1:4]
    font = TTFont(source)
    family = font["name"].getDebugName(1)
    glyphs = font.getGlyphSet()
    charstrings = font["CFF "].cff.topDictIndex[0].CharStrings
    for name in font.getGlyphOrder():
        charstring = charstrings[name]
        pen = ControlBoundsPen(glyphs)
        charstring.draw(pen)
        if pen.bounds is None:
            charstring.program = ["endchar"]
            continue
        x_min, y_min, x_max, y_max = pen.bounds
        width, height = x_max - x_min, y_max - y_min
        charstring.program = [x_min, y_min, "rmoveto", width, "hlineto", height, "vlineto", -width, "hlineto",
                              "endchar"]
    rename(font, family, new_family)
    font.save(output + ".tmp", reorderTables=False)
    os.replace(output + ".tmp", output)
    print(f"{output}: {new_family}, the control boxes of {family}")


if __name__ == "__main__":
    main()
