#!/usr/bin/env python3
"""Checks the translation files: every string the sources pass to tr() is in both .ts files, and
no entry is unfinished, vanished or obsolete.

usage: check_ts.py LUPDATE SOURCE_DIR
"""
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, root = sys.argv[1], pathlib.Path(sys.argv[2])
sources = sorted(str(p) for d in ("app", "ui") for p in (root / d).rglob("*") if p.suffix in (".cpp", ".h"))


def entries(path):
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            out[(name, message.find("source").text)] = message.find("translation")
    return out


failures = 0
passed = 0
with tempfile.TemporaryDirectory() as tmp:
    fresh = pathlib.Path(tmp) / "fresh.ts"
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True)
    wanted = set(entries(fresh))
for ts in ("nianbao_zh_CN.ts", "nianbao_en.ts"):
    have = entries(root / "translations" / ts)
    missing = wanted - set(have)
    extra = set(have) - wanted
    bad = [key for key, tr in have.items() if tr.get("type") in ("unfinished", "vanished", "obsolete")]
    empty = [key for key, tr in have.items()
             if not (tr.text or "").strip() and not [f for f in tr.iter("numerusform") if (f.text or "").strip()]]
    for label, items in (("missing from", missing), ("no longer in the sources but in", extra),
                         ("unfinished in", bad), ("empty in", empty)):
        if items:
            failures += 1
            print(f"FAIL {len(items)} string(s) {label} {ts}:")
            for context, source in sorted(items)[:20]:
                print(f"    [{context}] {source!r}")
        else:
            passed += 1
            print(f"PASS no string {label} {ts}")
print(f"{passed} passed, {failures} failed")
sys.exit(1 if failures else 0)
