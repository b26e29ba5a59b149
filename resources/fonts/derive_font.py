#!/usr/bin/env python3
"""Derives a report font from a face of a Debian CJK font collection.

usage: derive_font.py SOURCE.ttc|otf|ttf FAMILY_NAME NEW_FAMILY_NAME OUTPUT.otf

Noto CJK fonts draw a Kangxi radical (⼯ U+2F2F) and its ideograph (工 U+5DE5) with one glyph.
A PDF writer that maps glyphs back to text then may write the radical where the report says the
ideograph, so copied or indexed text is wrong. The derived font keeps only the ideograph's code
point for such shared glyphs: radicals (U+2E80–U+2FDF) and compatibility ideographs
(U+F900–U+FAFF, U+2F800–U+2FA1F) whose glyph another code point also uses are dropped from
every cmap subtable. The face is also made to shape every script as Simplified Chinese by default: Noto CJK's default
language system is Japanese, whose substitutions give digits and Latin text glyphs that no code
point maps to, so outside a Chinese locale they would be lost from the PDF's text.

Korean (Hangul syllables and jamo) is left out of the character map as well: these reports are in
Chinese, and a shorter map is walked faster by fontconfig when the face is registered and by
Qt's PDF writer when it maps the embedded glyphs back to text. The glyphs themselves stay.

The outlines are desubroutinized: every glyph's charstring is written out whole instead of
calling the face's shared subroutines (3,241 global and some 54,000 local ones in Noto CJK). The
report's PDF embeds a subset of the face's glyphs (app/report/fontsubset.cpp); with whole
charstrings the subset carries only the glyphs it uses, not every subroutine of the face. The
glyphs are drawn exactly as before.

The derived face gets a family name of its own, so that it can never be confused with the
installed original. Nothing else changes; untouched tables are copied byte for byte.
"""
import copy
import os
import sys

from fontTools.ttLib import TTCollection, TTFont

DROPPABLE = [(0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]
KOREAN = [(0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF)]


def droppable(code):
    return any(lo <= code <= hi for lo, hi in DROPPABLE)


def korean(code):
    return any(lo <= code <= hi for lo, hi in KOREAN)


# Lazy loading without recalculations: only cmap is decompiled; every other table is copied.
OPTIONS = dict(lazy=True, recalcBBoxes=False, recalcTimestamp=False)


def pick_face(source, family):
    if source.lower().endswith(".ttc"):
        collection = TTCollection(source, **OPTIONS)
        for font in collection.fonts:
            if font["name"].getDebugName(1) == family:
                return font
        raise SystemExit(f"{source}: no face named {family!r}")
    return TTFont(source, **OPTIONS)


def main():
    source, family, new_family, output = sys.argv[1:5]
    font = pick_face(source, family)
    best = font.getBestCmap()
    users = {}
    for code, glyph in best.items():
        users.setdefault(glyph, []).append(code)
    shared = {code for glyph, codes in users.items() if len(codes) > 1
              for code in codes if droppable(code) and any(not droppable(c) for c in codes)}
    dropped = shared | {code for code in best if korean(code)}
    for table in font["cmap"].tables:
        if hasattr(table, "cmap") and table.cmap:
            for code in dropped:
                table.cmap.pop(code, None)
    default_to_simplified_chinese(font)
    if "CFF " in font:
        font["CFF "].cff.desubroutinize()
    rename(font, family, new_family)
    # Written aside and moved in place: the folder then changes too, which tells fontconfig's
    # cache of the folder (see app/report/reportfonts.cpp) that it is out of date.
    font.save(output + ".tmp", reorderTables=False)
    os.replace(output + ".tmp", output)
    forget_cached_pages(output)
    print(f"{output}: {new_family} from {family}, {len(shared)} shared and {len(dropped) - len(shared)} Korean code points dropped")


def forget_cached_pages(path):
    """Drops the new file's pages from the kernel's page cache. Written pages stay cached in large
    blocks, and a program that maps the file (FreeType does) then gets whole blocks mapped where it
    reads a few glyphs: right after a build, a report render counted 12 MiB more memory. Read
    back later, only the parts read are cached. Advice only: where it is not available, nothing
    changes."""
    if not hasattr(os, "posix_fadvise"):
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def default_to_simplified_chinese(font):
    for tag in ("GSUB", "GPOS"):
        if tag not in font:
            continue
        for record in font[tag].table.ScriptList.ScriptRecord:
            for lang in record.Script.LangSysRecord:
                if lang.LangSysTag == "ZHS ":
                    record.Script.DefaultLangSys = copy.deepcopy(lang.LangSys)


def rename(font, family, new_family):
    postscript = new_family.replace(" ", "")
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 16, 6):
            text = record.toUnicode()
            if record.nameID == 6:
                record.string = postscript + text[text.find("-"):] if "-" in text else postscript
            else:
                record.string = text.replace(family, new_family)


if __name__ == "__main__":
    main()
