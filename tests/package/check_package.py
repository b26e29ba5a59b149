#!/usr/bin/env python3
"""The portal package through the real executable.

    python3 check_package.py <nianbao executable> <repo root>

Exports the seed report as a package, unpacks it with zipfile and checks the entries, the
manifest (against resources/schema/manifest.schema.json, sizes, SHA-256) and report.json
(against resources/schema/report.schema.json); imports it into a fresh database and compares;
then builds hostile and broken packages and checks that each is refused with the right message
and that the database is left exactly as it was. Needs python3-jsonschema. Prints one line per
check and "<n> passed, <m> failed"; the exit code is 0 only when every check passed.
"""

import hashlib
import io
import json
import os
import pathlib
import sqlite3
import struct
import subprocess
import sys
import tempfile
import warnings
import zipfile

try:
    from jsonschema import Draft202012Validator
except ImportError:  # pragma: no cover - depends on the machine
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(2)

ORDER = ["manifest.json", "report.pdf", "report.html", "report.json", "tables.xlsx"]
TYPES = {
    "report.pdf": "application/pdf",
    "report.html": "text/html",
    "report.json": "application/json",
    "tables.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
MB = 1024 * 1024


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def record(self, ok, name, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        detail = " ".join(str(detail).split())
        if len(detail) > 200:
            detail = detail[:197] + "..."
        print("%s %s%s" % ("PASS" if ok else "FAIL", name, ": " + detail if detail else ""))
        return ok


class Nianbao:
    def __init__(self, exe, work):
        self.exe = exe
        self.work = pathlib.Path(work)
        self.env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen", TZ="UTC")

    def run(self, *args, db=None):
        cmd = [self.exe, "--lang", "en"] + (["--db", str(db)] if db else []) + [str(a) for a in args]
        p = subprocess.run(cmd, capture_output=True, text=True, env=self.env, timeout=120)
        return p.returncode, p.stdout, p.stderr


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def dump(db):
    con = sqlite3.connect(str(db))
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def unpack(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def manifest_for(files, base):
    m = dict(base)
    m["files"] = [{"name": n, "size": len(files[n]), "sha256": sha256(files[n]), "type": TYPES[n]}
                  for n in ORDER[1:] if n in files]
    return json.dumps(m, ensure_ascii=False, indent=4).encode("utf-8")


def build(entries, compression=zipfile.ZIP_DEFLATED):
    """entries: list of (name or ZipInfo, bytes); written in that order."""
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of one case
        with zipfile.ZipFile(out, "w", compression) as z:
            for name, data in entries:
                z.writestr(name, data)
    return out.getvalue()


def central_entries(data):
    """(offset of central header, offset of local header, name) for every entry."""
    eocd = data.rindex(b"PK\x05\x06")
    count, size, start = struct.unpack_from("<HII", data, eocd + 10)
    out = []
    pos = start
    for _ in range(count):
        assert data[pos:pos + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        local = struct.unpack_from("<I", data, pos + 42)[0]
        name = data[pos + 46:pos + 46 + name_len].decode("utf-8")
        out.append((pos, local, name))
        pos += 46 + name_len + extra_len + comment_len
    return out


def patch(data, name, flags_or=0, uncompressed=None):
    """Sets flag bits and/or the declared uncompressed size of one entry, in both headers."""
    b = bytearray(data)
    for central, local, n in central_entries(data):
        if n != name:
            continue
        if flags_or:
            struct.pack_into("<H", b, central + 8, struct.unpack_from("<H", b, central + 8)[0] | flags_or)
            struct.pack_into("<H", b, local + 6, struct.unpack_from("<H", b, local + 6)[0] | flags_or)
        if uncompressed is not None:
            struct.pack_into("<I", b, central + 24, uncompressed)
            struct.pack_into("<I", b, local + 22, uncompressed)
    return bytes(b)


def rename_local(data, name, new_name):
    """Gives one entry's local header another name of the same length; the directory keeps the old."""
    b = bytearray(data)
    for central, local, n in central_entries(data):
        if n == name:
            assert len(new_name) == len(name)
            b[local + 30:local + 30 + len(name)] = new_name.encode("utf-8")
    return bytes(b)


def swallow_following(data, name):
    """Makes one entry's data take in every entry after it, up to the directory, in both headers."""
    b = bytearray(data)
    entries = central_entries(data)
    directory = entries[0][0]
    for central, local, n in entries:
        if n == name:
            name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
            size = directory - (local + 30 + name_len + extra_len)
            struct.pack_into("<I", b, local + 18, size)
            struct.pack_into("<I", b, central + 20, size)
    return bytes(b)


def large_data():
    """52 MB that deflates about 40 to 1: a 16 KB block repeated, each copy with fresh bytes."""
    block = os.urandom(16 * 1024)
    parts = []
    for _ in range(3328):
        b = bytearray(block)
        for k in range(0, len(b), 2048):
            b[k:k + 32] = os.urandom(32)
        parts.append(bytes(b))
    return b"".join(parts)


def hostile_cases(good, base_manifest):
    """(name, package bytes, expected text in the message)."""
    files = {n: good[n] for n in ORDER[1:]}
    manifest = good["manifest.json"]

    def package(extra=(), replace=None, drop=(), manifest_bytes=None, compression=zipfile.ZIP_DEFLATED):
        f = dict(files)
        f.update(replace or {})
        entries = [("manifest.json", manifest if manifest_bytes is None else manifest_bytes)]
        entries += [(n, f[n]) for n in ORDER[1:] if n not in drop]
        return build(entries + list(extra), compression)

    def with_manifest(**changes):
        m = json.loads(manifest)
        m.update(changes)
        return json.dumps(m, ensure_ascii=False).encode("utf-8")

    def with_report(change):
        r = json.loads(files["report.json"])
        change(r)
        f = dict(files)
        f["report.json"] = json.dumps(r, ensure_ascii=False).encode("utf-8")
        return build([("manifest.json", manifest_for(f, base_manifest))] + [(n, f[n]) for n in ORDER[1:]])

    symlink = zipfile.ZipInfo("report.pdf")
    symlink.external_attr = 0o120777 << 16
    symlink.compress_type = zipfile.ZIP_DEFLATED
    symlink_entries = [("manifest.json", manifest), (symlink, b"/etc/passwd")] + \
        [(n, files[n]) for n in ORDER[2:]]
    def with_mode(mode):
        entry = zipfile.ZipInfo("report.pdf")
        entry.external_attr = mode << 16
        entry.compress_type = zipfile.ZIP_DEFLATED
        return build([("manifest.json", manifest), (entry, files["report.pdf"])] +
                     [(n, files[n]) for n in ORDER[2:]])

    folder = zipfile.ZipInfo("docs/")
    folder.external_attr = (0o40755 << 16) | 0x10

    cases = [
        ("entry name with ..", package(extra=[("../evil.txt", b"x")]), "../evil.txt: the name leads out of the folder"),
        ("absolute entry name", package(extra=[("/tmp/evil.txt", b"x")]), "/tmp/evil.txt: the name is an absolute path"),
        ("backslash in entry name", package(extra=[("..\\evil.txt", b"x")]), "the name holds a backslash"),
        ("drive letter", package(extra=[("C:evil.txt", b"x")]), "C:evil.txt: the name starts with a drive letter"),
        ("entry in a folder", package(extra=[("docs/evil.txt", b"x")]), "docs/evil.txt: a package holds no folders"),
        ("folder entry", package(extra=[(folder, b"")]), "docs/: a package holds no folders"),
        ("symbolic link", build(symlink_entries), "report.pdf: the entry is a symbolic link"),
        ("FIFO entry", with_mode(0o010644), "report.pdf: the entry is a named pipe (FIFO)"),
        ("socket entry", with_mode(0o140755), "report.pdf: the entry is a socket"),
        ("character device entry", with_mode(0o020666), "report.pdf: the entry is a device"),
        ("block device entry", with_mode(0o060660), "report.pdf: the entry is a device"),
        ("setuid entry", with_mode(0o104755), "report.pdf: the entry has the setuid, setgid or sticky bit"),
        ("setgid entry", with_mode(0o102644), "report.pdf: the entry has the setuid, setgid or sticky bit"),
        ("sticky entry", with_mode(0o101644), "report.pdf: the entry has the setuid, setgid or sticky bit"),
        ("duplicate entry", package(extra=[("report.pdf", files["report.pdf"])]), "report.pdf: the entry occurs twice"),
        ("declared size over 50 MB", patch(package(), "report.html", uncompressed=60 * MB),
         "report.html: the entry declares 60.0 MB uncompressed; a package holds at most 50.0 MB"),
        # 52 MB that deflate shrinks about 40 to 1 only: no bomb, just too large.
        ("large entry over 50 MB", package(extra=[("big.bin", large_data())]),
         "big.bin: the entry declares 52.0 MB uncompressed"),
        ("zip bomb (ratio over 100)", package(extra=[("bomb.bin", bytes(8 * MB))]),
         "bomb.bin: the entry is compressed more than 100 to 1"),
        ("zip bomb over 50 MB", package(replace={"report.html": bytes(60 * MB)}),
         "report.html: the entry declares 60.0 MB"),
        ("inflates past its declared size", patch(package(), "report.json", uncompressed=1000),
         "report.json: the entry inflates to more than the 1000 bytes it declares"),
        ("too many entries", package(extra=[("f%02d.txt" % i, b"x") for i in range(20)]),
         "the package has 25 entries; a package has at most 16"),
        ("encrypted entry", patch(package(), "report.html", flags_or=1), "report.html: the entry is encrypted"),
        ("unsupported compression", package(compression=zipfile.ZIP_BZIP2), "compression method 12 is not supported"),
        ("missing file", package(drop=["tables.xlsx"]), "tables.xlsx: the file is missing from the package"),
        ("extra file", package(extra=[("notes.txt", b"hello")]), "notes.txt: the file is not in the manifest"),
        ("no manifest", build([(n, files[n]) for n in ORDER[1:]]), "manifest.json: the package has no manifest"),
        ("hash mismatch", package(replace={"report.html": files["report.html"][:-1] + b"!"}),
         "report.html: the file's SHA-256 differs from the manifest's"),
        ("size mismatch", package(replace={"report.html": files["report.html"] + b"\n"}),
         "report.html: the file has %d bytes; the manifest says %d" % (len(files["report.html"]) + 1, len(files["report.html"]))),
        ("manifest not JSON", package(manifest_bytes=b"{not json"), "manifest.json: not valid JSON"),
        ("manifest wrong type", package(manifest_bytes=with_manifest(year="2019")),
         "manifest.json: $.year: expected a whole number, not the text"),
        ("manifest signed not boolean", package(manifest_bytes=with_manifest(signed="no")),
         "manifest.json: $.signed: expected true or false"),
        ("manifest unknown key", package(manifest_bytes=with_manifest(comment="hi")),
         "manifest.json: $.comment: unknown key"),
        ("manifest wrong package id", package(manifest_bytes=with_manifest(package="zip")),
         "manifest.json: $.package: expected “nianbao-portal-package”"),
        ("manifest bad hash text", package(manifest_bytes=with_manifest(files=[dict(f, sha256="XYZ") for f in json.loads(manifest)["files"]])),
         "manifest.json: $.files[0].sha256: expected 64 lower-case hexadecimal digits"),
        ("manifest organization differs", package(manifest_bytes=with_manifest(organization="别的单位")),
         "manifest.json: the organization “别的单位” differs from report.json’s"),
        ("manifest year differs", package(manifest_bytes=with_manifest(year=2020)),
         "manifest.json: the year 2020 differs from report.json’s 2019"),
        ("manifest quarter differs", package(manifest_bytes=with_manifest(quarter=2)),
         "manifest.json: the quarter 2 differs from report.json’s null"),
        ("manifest format differs", package(manifest_bytes=with_manifest(format="2021")),
         "manifest.json: the format “2021” differs from report.json’s “2019”"),
        ("report.json wrong type", with_report(lambda r: r["figures"].update({"applications.new.natural_person": "12"})),
         "report.json: $.figures['applications.new.natural_person']: expected a whole number, not the text"),
        ("report.json number beyond range", with_report(lambda r: r["figures"].update({"applications.new.natural_person": 1e13})),
         "report.json: $.figures['applications.new.natural_person']: 10000000000000 is out of range"),
        ("report.json unknown key", with_report(lambda r: r.update({"extra": 1})), "report.json: $.extra: unknown key"),
        ("report.pdf not a PDF", build([("manifest.json", manifest_for(dict(files, **{"report.pdf": b"hello"}), base_manifest))]
                                       + [(n, b"hello" if n == "report.pdf" else files[n]) for n in ORDER[1:]]),
         "report.pdf: the file is not a PDF"),
        ("local header names another file", rename_local(package(), "report.html", "report.htmx"),
         "the ZIP file is damaged: its headers do not agree with one another"),
        ("bytes after the end record", package() + b"trailing", "the ZIP file is damaged: its headers do not agree"),
        ("entries share their data", swallow_following(package(), "report.pdf"),
         "entries of the ZIP file share their data"),
        ("not a ZIP", b"PK\x03\x04" + os.urandom(2000), "not a ZIP file, or a damaged or truncated one"),
        ("truncated", package()[: len(package()) // 2], "not a ZIP file, or a damaged or truncated one"),
    ]
    return cases


def main(argv):
    if len(argv) != 3:
        print("usage: check_package.py <nianbao> <repo root>", file=sys.stderr)
        return 2
    exe, root = argv[1], pathlib.Path(argv[2]).resolve()
    checks = Checks()
    report_schema = Draft202012Validator(json.loads((root / "resources/schema/report.schema.json").read_text("utf-8")))
    manifest_schema_json = json.loads((root / "resources/schema/manifest.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(manifest_schema_json)
    manifest_schema = Draft202012Validator(manifest_schema_json)
    seed = root / "resources/samples/2019_jiading_chengguan.json"
    org = json.loads(seed.read_text("utf-8"))["organization"]["name"]

    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        nb = Nianbao(exe, work)
        source_db = work / "source.sqlite"
        code, out, err = nb.run("import", seed, db=source_db)
        checks.record(code == 0, "seed imported", err)
        pkg_path = work / "seed.zip"
        code, out, err = nb.run("export", "--org", org, "--year", "2019", "-o", pkg_path, db=source_db)
        if not checks.record(code == 0 and pkg_path.exists(), "export -o seed.zip", err + out):
            print("%d passed, %d failed" % (checks.passed, checks.failed))
            return 1
        data = pkg_path.read_bytes()

        # The package as a reader sees it.
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            checks.record([i.filename for i in infos] == ORDER, "entries in the fixed order", [i.filename for i in infos])
            checks.record(all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos), "every entry deflated")
            checks.record(all(not i.is_dir() and (i.external_attr >> 16) == 0o100644 for i in infos),
                          "regular files only, mode 0644")
            checks.record(z.testzip() is None, "every CRC matches")
            good = {i.filename: z.read(i) for i in infos}
        manifest = json.loads(good["manifest.json"])
        errors = sorted(manifest_schema.iter_errors(manifest), key=lambda e: list(e.absolute_path))
        checks.record(not errors, "manifest validates against manifest.schema.json", errors[0].message if errors else "")
        checks.record(manifest["organization"] == org and manifest["year"] == 2019 and manifest["quarter"] is None
                      and manifest["format"] == "2019" and manifest["signed"] is False,
                      "manifest names the period, unsigned", manifest)
        for f in manifest["files"]:
            content = good.get(f["name"], b"")
            checks.record(len(content) == f["size"] and sha256(content) == f["sha256"] and f["type"] == TYPES[f["name"]],
                          "manifest size, SHA-256 and type of %s" % f["name"])
        report = json.loads(good["report.json"])
        errors = sorted(report_schema.iter_errors(report), key=lambda e: list(e.absolute_path))
        checks.record(not errors, "report.json validates against report.schema.json", errors[0].message if errors else "")
        checks.record(good["report.pdf"].startswith(b"%PDF-"), "report.pdf is a PDF")
        checks.record(b"<table" in good["report.html"] and org.encode() in good["report.html"], "report.html has the tables")
        checks.record(good["tables.xlsx"].startswith(b"PK\x03\x04"), "tables.xlsx is an OOXML (ZIP) file")

        # Into a fresh database, and out again as JSON: the same report.
        fresh_db = work / "fresh.sqlite"
        code, out, err = nb.run("import", pkg_path, db=fresh_db)
        checks.record(code == 0 and "imported" in out and "not signed" in out, "import seed.zip", out + err)
        a, b = work / "a.json", work / "b.json"
        nb.run("export", "--org", org, "--year", "2019", "-o", a, db=source_db)
        nb.run("export", "--org", org, "--year", "2019", "-o", b, db=fresh_db)
        checks.record(a.read_bytes() == b.read_bytes(), "the imported package exports the same JSON")
        code, out, err = nb.run("import", pkg_path, db=fresh_db)
        checks.record(code == 2 and "exists already" in err and "Nothing was imported" in err,
                      "import again without --replace is refused", err)
        code, out, err = nb.run("import", pkg_path, "--replace", db=fresh_db)
        checks.record(code == 2 and "is final" in err, "a final period is not replaced", err)
        draft = json.loads(seed.read_text("utf-8"))
        draft["status"] = "draft"
        draft["figures"]["applications.new.natural_person"] += 1
        draft_path = work / "draft.json"
        draft_path.write_text(json.dumps(draft, ensure_ascii=False), "utf-8")
        draft_db = work / "draft.sqlite"
        nb.run("import", draft_path, db=draft_db)
        code, out, err = nb.run("import", pkg_path, "--replace", db=draft_db)
        c = work / "c.json"
        nb.run("export", "--org", org, "--year", "2019", "-o", c, db=draft_db)
        checks.record(code == 0 and c.read_bytes() == a.read_bytes(), "a draft is replaced with --replace", err)

        # A report with errors gets no package (exit 1, nothing written); its JSON is still exported.
        broken_db = work / "broken.sqlite"
        broken = root / "tests/fixtures/invalid/applications_balance_broken.json"
        bo = json.loads(broken.read_text("utf-8"))
        nb.run("import", broken, db=broken_db)
        bq = ["--quarter", str(bo["quarter"])] if bo.get("quarter") else []
        code, out, err = nb.run("export", "--org", bo["organization"]["name"], "--year", bo["year"], *bq,
                                "-o", work / "broken.zip", db=broken_db)
        checks.record(code == 1 and not (work / "broken.zip").exists() and "error" in err,
                      "a report with errors is refused a package", "%d %s" % (code, err))
        code, out, err = nb.run("export", "--org", bo["organization"]["name"], "--year", bo["year"], *bq,
                                "-o", work / "broken.json", db=broken_db)
        checks.record(code == 0 and (work / "broken.json").exists(), "its interchange JSON is still exported", err)

        # Hostile and broken packages: refused with the right message, the database untouched.
        target_db = work / "target.sqlite"
        nb.run("import", root / "resources/samples/2021_pingtan.json", db=target_db)
        before = dump(target_db)
        base = {k: v for k, v in manifest.items() if k != "files"}
        for name, package, expected in hostile_cases(good, base):
            path = work / "hostile.zip"
            path.write_bytes(package)
            code, out, err = nb.run("import", path, db=target_db)
            ok = code == 2 and expected in err and "Nothing was imported" in err and dump(target_db) == before
            checks.record(ok, "refused: " + name, "exit %d: %s" % (code, err.strip()))
        # A package named .json is still recognized by its bytes.
        disguised = work / "disguised.json"
        disguised.write_bytes(data)
        code, out, err = nb.run("import", disguised, db=work / "disguised.sqlite")
        checks.record(code == 0 and "not signed" in out, "a package is recognized by its first bytes", out + err)

    print("%d passed, %d failed" % (checks.passed, checks.failed))
    return 0 if checks.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
