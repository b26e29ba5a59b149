#!/usr/bin/env python3
"""Check the report spreadsheets against the report-content model.

    python3 check_xlsx.py <nianbao_xlsxcases> <repo root>

Runs nianbao_xlsxcases into a temporary folder (an .xlsx and a .json of expectations per sample),
opens every .xlsx with openpyxl and checks: one worksheet per table with a valid name, the title in
the first row, every merged range of the official layout and no other, the labels as text, the
figures as numbers (counts as integers, amounts with their decimals and number format), header
cells wrapped and centred, band rows shaded. Prints one line per failure and a summary line; the
exit code is 0 only when every check passed.
"""

import json
import pathlib
import subprocess
import sys
import tempfile

try:
    import openpyxl
except ImportError:  # pragma: no cover - depends on the machine
    print("python3-openpyxl is not installed", file=sys.stderr)
    sys.exit(2)

failures = []
checks = 0


def check(ok, message):
    global checks
    checks += 1
    if not ok:
        failures.append(message)


def check_case(xlsx, expected, name):
    book = openpyxl.load_workbook(xlsx)
    tables = expected["tables"]
    first = expected["firstRow"] + 1  # openpyxl counts rows from 1
    check(len(book.worksheets) == len(tables), f"{name}: {len(book.worksheets)} sheets for {len(tables)} tables")
    names = [ws.title for ws in book.worksheets]
    check(len(set(names)) == len(names), f"{name}: sheet names repeat: {names}")
    for ws, table in zip(book.worksheets, tables):
        where = f"{name}/{ws.title}"
        check(0 < len(ws.title) <= 31 and not any(c in ws.title for c in "[]:*?/\\"), f"{where}: bad sheet name")
        if table["caption"]:
            mark = "本期" if table["caption"].startswith("（本期") else "本年累计"
            check(mark in ws.title, f"{where}: the name does not say {mark}")
        check(ws.cell(1, 1).value == expected["title"], f"{where}: title row reads {ws.cell(1, 1).value!r}")
        columns = table["columns"]
        want = set()
        if columns > 1:
            want |= {(1, 1, 1, columns), (2, 1, 2, columns)}
        for c in table["cells"]:
            if c["rowSpan"] > 1 or c["columnSpan"] > 1:
                want.add((first + c["row"], c["column"] + 1, first + c["row"] + c["rowSpan"] - 1,
                          c["column"] + c["columnSpan"]))
        have = {(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges}
        check(have == want, f"{where}: merged ranges differ: missing {sorted(want - have)}, extra {sorted(have - want)}")
        check(ws.max_row == first + table["rows"] - 1, f"{where}: {ws.max_row} rows")
        check(ws.max_column == columns, f"{where}: {ws.max_column} columns")
        for c in table["cells"]:
            cell = ws.cell(first + c["row"], c["column"] + 1)
            at = f"{where} {cell.coordinate} ({c['text']})"
            if "raw" in c:
                raw, decimals = int(c["raw"]), c["decimals"]
                if decimals == 0:
                    check(type(cell.value) is int and cell.value == raw, f"{at}: {cell.value!r} is not the count {raw}")
                    check(cell.number_format in ("0", "General") or cell.number_format.startswith("0\""),
                          f"{at}: number format {cell.number_format}")
                else:
                    value = raw / 10 ** decimals
                    check(isinstance(cell.value, (int, float)) and abs(cell.value - value) <= 1e-9 * max(1, abs(value)),
                          f"{at}: {cell.value!r} is not the amount {value}")
                    check(cell.number_format.startswith("0." + "0" * decimals)
                          and not cell.number_format.startswith("0." + "0" * (decimals + 1)),
                          f"{at}: number format {cell.number_format} for {decimals} decimals")
                check(cell.alignment.horizontal == "right", f"{at}: figure not right-aligned")
            else:
                check((cell.value or "") == c["text"], f"{at}: reads {cell.value!r}")
            if c["header"] or c["band"]:
                check(cell.alignment.horizontal == "center" and cell.alignment.wrap_text,
                      f"{at}: header not centred and wrapped")
            shaded = cell.fill is not None and cell.fill.fill_type == "solid" \
                and str(cell.fill.fgColor.rgb).upper().endswith("C6D9F1")
            check(shaded == c["band"], f"{at}: band shading {shaded}")
            check(cell.border.left.style == "thin" and cell.border.top.style == "thin", f"{at}: no border")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    exe, root = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run([exe, root, out], capture_output=True, text=True)
        print(run.stdout, end="")
        check(run.returncode == 0, f"nianbao_xlsxcases failed ({run.returncode}): {run.stderr.strip()}")
        cases = sorted(pathlib.Path(out).glob("*.xlsx"))
        samples = sorted(pathlib.Path(root, "resources", "samples").glob("*.json"))
        check(len(cases) == len(samples) + 1, f"{len(cases)} spreadsheets for {len(samples)} samples and a quarter")
        for xlsx in cases:
            check_case(xlsx, json.loads(xlsx.with_suffix(".json").read_text(encoding="utf-8")), xlsx.stem)
    for f in failures[:50]:
        print("FAIL", f)
    print(f"{checks - len(failures)} passed, {len(failures)} failed")
    return 0 if checks and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
