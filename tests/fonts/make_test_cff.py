#!/usr/bin/env python3
"""Makes small CFF-flavoured OpenType fonts for the font subsetter's tests, drawn from the outlines
of a TrueType font.

usage: make_test_cff.py SOURCE.ttf OUTDIR

The report's own faces are CID-keyed with an identity charset and FDSelect format 3; these add
what they lack:
  name-keyed.otf      a name-keyed CFF with a FontMatrix of 1/2048 (the source's units per em)
  cid-ranges.otf      CID-keyed, CIDs in a few runs away from the glyph ids, three Font DICTs of
                      their own nominal and default widths, FDSelect format 3
  cid-scattered.otf   CID-keyed, CIDs scattered (charset format 0), FDSelect format 0
  cid-plain.otf       as cid-ranges.otf, without any subroutine
In the others, a third of the glyphs end through a local subroutine and a third through a global
one, so that subroutines must come along, re-pointed, for the subset to draw. Glyph i is drawn like
glyph i of the source, whose hmtx it keeps.
"""
import os
import sys

from fontTools.cffLib import FDArrayIndex, FDSelect, FontDict, PrivateDict, SubrsIndex
from fontTools.fontBuilder import FontBuilder
from fontTools.misc.psCharStrings import T2CharString
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.ttLib import TTFont

COUNT = 400
PRIVATES = [dict(nominalWidthX=0, defaultWidthX=0),
            dict(nominalWidthX=1200, defaultWidthX=1233),
            dict(nominalWidthX=-300, defaultWidthX=700)]


def charstring(glyph, glyphs, width, private):
    pen = T2CharStringPen(None, glyphs)
    glyph.draw(pen)
    program = pen.getCharString().program
    if width != private.get("defaultWidthX", 0):
        program.insert(0, width - private.get("nominalWidthX", 0))
    return program


def build(source, path, cids=None, fd_select_format=3, subrs=True):
    names = source.getGlyphOrder()[:COUNT]
    glyphs = source.getGlyphSet()
    metrics = source["hmtx"].metrics
    new_names = names if cids is None else [".notdef"] + ["cid%05d" % c for c in cids[1:]]
    fds = [0] * COUNT if cids is None else [(i // 7) % 3 for i in range(COUNT)]
    fb = FontBuilder(source["head"].unitsPerEm, isTTF=False)
    fb.setupGlyphOrder(new_names)
    cmap = {code: name for code, name in source.getBestCmap().items() if name in names}
    fb.setupCharacterMap({code: new_names[names.index(name)] for code, name in cmap.items()})
    programs = {}
    for i, (name, new_name) in enumerate(zip(names, new_names)):
        program = charstring(glyphs[name], glyphs, metrics[name][0], PRIVATES[fds[i]])
        if subrs and i % 3 == 1:
            program[-1:] = [-107, "callsubr"]  # subroutine 0 (bias 107): endchar
        elif subrs and i % 3 == 2:
            program[-1:] = [-107, "callgsubr"]
        programs[new_name] = T2CharString(program=program)
    ps_name = os.path.splitext(os.path.basename(path))[0]
    fb.setupCFF("NianbaoTest-" + ps_name, {"FullName": "Nianbao Test " + ps_name}, programs, PRIVATES[0])
    fb.setupHorizontalMetrics({new: metrics[old] for old, new in zip(names, new_names)})
    fb.setupHorizontalHeader(ascent=source["hhea"].ascent, descent=source["hhea"].descent)
    fb.setupNameTable({"familyName": "Nianbao Test", "styleName": ps_name})
    fb.setupOS2()
    fb.setupPost()
    cff = fb.font["CFF "].cff
    top = cff.topDictIndex[0]
    if subrs:
        cff.GlobalSubrs.append(T2CharString(program=["endchar"]))
    privates = []
    for values in PRIVATES:
        private = PrivateDict()
        for key, value in values.items():
            setattr(private, key, value)
        if subrs:
            private.Subrs = SubrsIndex()
            private.Subrs.append(T2CharString(program=["endchar"]))
        privates.append(private)
    if cids is None:
        top.Private = privates[0]
    else:
        top.ROS = ("Nianbao", "Test", 3)
        top.CIDCount = max(cids) + 1
        top.FDArray = FDArrayIndex()
        for i, private in enumerate(privates):
            fd = FontDict()
            fd.FontName = "NianbaoTest-%s-FD%d" % (ps_name, i)
            fd.Private = private
            top.FDArray.append(fd)
        top.FDSelect = FDSelect(format=fd_select_format)
        top.FDSelect.gidArray = fds
        del top.Private
    for i, name in enumerate(new_names):
        top.CharStrings[name].private = privates[fds[i]]
        top.CharStrings[name].globalSubrs = cff.GlobalSubrs
    fb.save(path)


def main():
    source = TTFont(sys.argv[1])
    out = sys.argv[2]
    build(source, os.path.join(out, "name-keyed.otf"))
    ranges = [0] + [i + 100 for i in range(1, 150)] + [i + 5000 for i in range(150, COUNT)]
    build(source, os.path.join(out, "cid-ranges.otf"), ranges, 3)
    scattered = [0] + [(i * 37) % 1000 + 1 for i in range(1, COUNT)]
    build(source, os.path.join(out, "cid-scattered.otf"), scattered, 0)
    build(source, os.path.join(out, "cid-plain.otf"), ranges, 3, subrs=False)


if __name__ == "__main__":
    main()
