#!/usr/bin/env python3
"""Fills nianbao_en.ts from the English source strings.

The source strings are English, so every English translation equals its source; plural forms
are made from the "(s)" in the source. Run after `cmake --build build --target update_translations`,
then run update_translations again to bring the file back to lupdate's layout.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("nianbao_en.ts"))
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.find("source").text or ""
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
tree.write(path, encoding="utf-8", xml_declaration=True)
