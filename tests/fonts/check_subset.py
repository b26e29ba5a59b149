#!/usr/bin/env python3
"""Checks a font subset against its original with fontTools, glyph by glyph.

usage: check_subset.py ORIGINAL FACE SUBSET GLYPH...

ORIGINAL is the whole font file (FACE its index in a collection), SUBSET the program the
subsetter wrote for the glyph ids GLYPH...: a bare CID-keyed CFF or a TrueType sfnt. For every
glyph asked for, the outline drawn from the subset must equal the original's, and so must its
width (CFF: the charstring's, with its Font DICT's Private; TrueType: hmtx) and, for CFF, the Font
DICT it is drawn with. Nothing else may be in the subset: CFF holds .notdef and the glyphs asked
for, sorted by CID; TrueType keeps glyph ids and leaves every glyph empty that is neither asked
for nor a component of one. Checksums are checked too.

Prints, on success, the codes that select each glyph (its CID or glyph id) and what the PDF's
FontDescriptor takes from the original font, as JSON; exits 1 with the differences otherwise.
"""
import io
import json
import struct
import sys

from fontTools.cffLib import CFFFontSet
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont

problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)
    return condition


def drawn(charstring):
    pen = RecordingPen()
    charstring.draw(pen)
    return pen.value, charstring.width


def private_of(top, fd_index):
    private = top.FDArray[fd_index].Private if hasattr(top, "FDArray") else top.Private
    return {k: v for k, v in private.rawDict.items() if k != "Subrs"}


def check_cff(original, data, glyphs):
    top = original["CFF "].cff.topDictIndex[0]
    order = original.getGlyphOrder()
    cid_keyed = hasattr(top, "ROS")
    subset_set = CFFFontSet()
    subset_set.decompile(io.BytesIO(data), None)
    sub = subset_set.topDictIndex[0]
    expect(getattr(sub, "ROS", None) == (top.ROS if cid_keyed else ("Adobe", "Identity", 0)), "ROS")
    expect(list(sub.FontBBox) == list(top.FontBBox), "FontBBox")

    def cid(gid):
        return int(order[gid][3:]) if cid_keyed and gid else gid

    codes = [cid(g) for g in glyphs]
    wanted = sorted(set(codes) | {0})
    names = [".notdef"] + ["cid%05d" % c for c in wanted[1:]]
    expect(list(sub.charset) == names, f"charset {list(sub.charset)[:8]}... is not .notdef and the CIDs {wanted[:8]}...")
    index_of = {name: i for i, name in enumerate(sub.charset)}
    for gid, code in zip(glyphs + [0], codes + [0]):
        name = ".notdef" if code == 0 else "cid%05d" % code
        if not expect(name in index_of, f"glyph {gid}: no {name} in the subset"):
            continue
        new_gid = index_of[name]
        original_cs = top.CharStrings[order[gid]]
        subset_cs = sub.CharStrings[name]
        expect(drawn(subset_cs) == drawn(original_cs), f"glyph {gid} ({name}): outline or width differs")
        if cid_keyed:
            fd, new_fd = top.FDSelect[gid], sub.FDSelect[new_gid]
            expect(sub.FDArray[new_fd].FontName == top.FDArray[fd].FontName, f"glyph {gid}: Font DICT name")
            expect(private_of(sub, new_fd) == private_of(top, fd), f"glyph {gid}: Private DICT")
        else:
            expect(private_of(sub, sub.FDSelect[new_gid]) == private_of(top, 0), f"glyph {gid}: Private DICT")
    return codes


def closure(glyf, order, glyphs):
    kept, todo = set(), [0] + list(glyphs)
    while todo:
        gid = todo.pop()
        if gid in kept:
            continue
        kept.add(gid)
        glyph = glyf[order[gid]]
        if glyph.isComposite():
            todo += [order.index(c.glyphName) for c in glyph.components]
    return kept


def check_truetype(original, data, glyphs):
    expect(sum(struct.unpack(">%dI" % (len(data) // 4), data)) % 2**32 == 0xB1B0AFBA and len(data) % 4 == 0,
           "whole-font checksum (head.checkSumAdjustment)")
    sub = TTFont(io.BytesIO(data), checkChecksums=2)  # a table checksum that differs raises
    for tag in ("cvt ", "fpgm", "prep"):
        expect((tag in sub) == (tag in original), f"table {tag!r}")
        if tag in original and tag in sub:
            expect(sub.reader[tag] == original.reader[tag], f"table {tag!r} differs")
    order, sub_order = original.getGlyphOrder(), sub.getGlyphOrder()
    glyf, sub_glyf = original["glyf"], sub["glyf"]
    kept = closure(glyf, order, glyphs)
    expect(len(sub_order) == max(kept) + 1, f"{len(sub_order)} glyphs, not {max(kept) + 1}")
    for gid in range(len(sub_order)):
        glyph, sub_glyph = glyf[order[gid]], sub_glyf[sub_order[gid]]
        if gid not in kept:
            expect(sub_glyph.numberOfContours == 0, f"glyph {gid} is not asked for but not empty")
            continue
        if glyph.numberOfContours == 0:
            expect(sub_glyph.numberOfContours == 0, f"glyph {gid} should be empty")
            continue
        # Resolved through components: this also finds a component left out.
        coords, ends, flags = glyph.getCoordinates(glyf)
        sub_coords, sub_ends, sub_flags = sub_glyph.getCoordinates(sub_glyf)
        expect(list(coords) == list(sub_coords) and ends == sub_ends and list(flags) == list(sub_flags),
               f"glyph {gid}: outline differs")
        expect(sub_glyph.compile(sub_glyf) == glyph.compile(glyf), f"glyph {gid}: data differs")
        expect(sub["hmtx"][sub_order[gid]] == original["hmtx"][order[gid]], f"glyph {gid}: hmtx differs")
    return list(glyphs)


def descriptor(font):
    head, hhea = font["head"], font["hhea"]
    os2 = font["OS/2"] if "OS/2" in font else None
    post = font["post"] if "post" in font else None

    def scaled(v):
        return v * 1000.0 / head.unitsPerEm

    ascent, descent = hhea.ascent, hhea.descent
    if ascent == 0 and descent == 0 and os2 is not None:
        ascent, descent = os2.sTypoAscender, os2.sTypoDescender
    name = font["name"].getDebugName(6) if "name" in font else None
    if not name and "CFF " in font:
        name = font["CFF "].cff.fontNames[0]
    return {
        "postScriptName": name,
        "xMin": scaled(head.xMin), "yMin": scaled(head.yMin), "xMax": scaled(head.xMax), "yMax": scaled(head.yMax),
        "ascent": scaled(ascent), "descent": scaled(descent),
        "capHeight": scaled(os2.sCapHeight) if os2 is not None and os2.version >= 2 else scaled(ascent),
        "italicAngle": post.italicAngle if post else 0.0,
        "fixedPitch": bool(post.isFixedPitch) if post else False,
    }


def main():
    path, face, subset_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    glyphs = [int(g) for g in sys.argv[4:]]
    original = TTFont(path, fontNumber=face, lazy=True)
    with open(subset_path, "rb") as f:
        data = f.read()
    codes = check_cff(original, data, glyphs) if "CFF " in original else check_truetype(original, data, glyphs)
    if problems:
        print("\n".join(problems[:40]), file=sys.stderr)
        sys.exit(1)
    print(json.dumps({"codes": codes, "descriptor": descriptor(original)}))


if __name__ == "__main__":
    main()
