#!/usr/bin/env python3
"""Check resources/schema/report.schema.json against the samples and the invalid fixtures.

    python3 check_schema.py <repo root>

Needs python3-jsonschema (Draft 2020-12). Prints one line per check and a summary line
"<n> passed, <m> failed"; the exit code is 0 only when every check passed.
"""

import importlib.util
import json
import pathlib
import sys

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
except ImportError:  # pragma: no cover - depends on the machine
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(2)

# Fixtures whose defect is structural: they must not validate (nianbao validate exits with 2).
STRUCTURAL = [
    "unknown_key.json",
    "unknown_top_key.json",
    "wrong_type.json",
    "out_of_range.json",
    "bad_quarter.json",
    "bad_format.json",
    "amount_too_precise.json",
    "not_object.json",
    "name_too_long.json",
    "narrative_too_long.json",
    "explanation_too_long.json",
]
# Fixtures whose defect is a data rule: the structure is fine, so they must validate (exit code 1).
RULE_ERRORS = [
    "applications_balance_broken.json",
    "applications_row_total_broken.json",
    "applications_results_total_broken.json",
    "review_total_broken.json",
    "negative_count.json",
]
# Not JSON at all (exit code 2): Python's json module refuses them as RFC 8259 does.
MALFORMED = ["malformed.json", "number_not_json.json", "control_character.json"]
# Refused by the reader for what a JSON Schema cannot say (exit code 2): the schema validates them.
READER_ONLY = ["duplicate_explanation.json", "noncharacter.json"]


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def record(self, ok, name, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        line = "%s %s" % ("PASS" if ok else "FAIL", name)
        detail = " ".join(detail.split())
        if len(detail) > 160:
            detail = detail[:157] + "..."
        if detail:
            line += ": " + detail
        print(line)


def load_json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def first_error(validator, instance):
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    e = errors[0]
    where = "/".join(str(p) for p in e.absolute_path) or "(top)"
    return "%s: %s" % (where, e.message)


def load_generator(root):
    path = root / "resources" / "schema" / "generate_schema.py"
    spec = importlib.util.spec_from_file_location("nianbao_generate_schema", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv):
    if len(argv) != 2:
        print("usage: check_schema.py <repo root>", file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1]).resolve()
    schema_path = root / "resources" / "schema" / "report.schema.json"
    samples_dir = root / "resources" / "samples"
    invalid_dir = root / "tests" / "fixtures" / "invalid"
    checks = Checks()

    # (a) the schema itself
    try:
        schema = load_json(schema_path)
        Draft202012Validator.check_schema(schema)
        checks.record(True, "schema is a valid JSON Schema 2020-12")
    except (OSError, ValueError, SchemaError) as exc:
        checks.record(False, "schema is a valid JSON Schema 2020-12", str(exc).splitlines()[0])
        print("%d passed, %d failed" % (checks.passed, checks.failed))
        return 1
    validator = Draft202012Validator(schema)

    # (b) the checked-in schema is what the generator writes
    try:
        generator = load_generator(root)
        expected = generator.render_schema(root / "resources" / "formats")
        current = schema_path.read_text(encoding="utf-8")
        checks.record(expected == current, "schema is up to date with generate_schema.py",
                      "" if expected == current else "run resources/schema/generate_schema.py")
    except Exception as exc:  # any failure of the generator is a failed check
        checks.record(False, "schema is up to date with generate_schema.py", "%s: %s" % (type(exc).__name__, exc))

    # (c) every sample validates
    samples = sorted(samples_dir.glob("*.json"))
    if not samples:
        checks.record(False, "samples exist", "no *.json in %s" % samples_dir)
    for path in samples:
        name = "sample %s validates" % path.name
        try:
            err = first_error(validator, load_json(path))
            checks.record(err is None, name, err or "")
        except (OSError, ValueError) as exc:
            checks.record(False, name, str(exc))

    # (d) invalid fixtures
    for fname in STRUCTURAL:
        name = "fixture %s does not validate" % fname
        try:
            err = first_error(validator, load_json(invalid_dir / fname))
            checks.record(err is not None, name, err or "it validates")
        except (OSError, ValueError) as exc:
            checks.record(False, name, "cannot be read as JSON: %s" % exc)
    for fname in RULE_ERRORS:
        name = "fixture %s validates (rule error only)" % fname
        try:
            err = first_error(validator, load_json(invalid_dir / fname))
            checks.record(err is None, name, err or "")
        except (OSError, ValueError) as exc:
            checks.record(False, name, str(exc))
    for fname in READER_ONLY:
        name = "fixture %s validates (refused by the reader only)" % fname
        try:
            err = first_error(validator, load_json(invalid_dir / fname))
            checks.record(err is None, name, err or "")
        except (OSError, ValueError) as exc:
            checks.record(False, name, str(exc))
    for fname in MALFORMED:
        name = "fixture %s is not JSON" % fname
        try:
            load_json(invalid_dir / fname)
            checks.record(False, name, "it parses")
        except ValueError as exc:
            checks.record(True, name, str(exc))
        except OSError as exc:
            checks.record(False, name, str(exc))

    # (e) district summaries (nianbao rollup) validate, with their units; a unit's unknown cell,
    # missing figures or unknown signature does not
    district_dir = root / "tests" / "fixtures" / "district"
    districts = sorted(district_dir.glob("*.json"))
    if not districts:
        checks.record(False, "district fixtures exist", "no *.json in %s" % district_dir)
    for path in districts:
        try:
            doc = load_json(path)
        except (OSError, ValueError) as exc:
            checks.record(False, "district %s validates" % path.name, str(exc))
            continue
        err = first_error(validator, doc)
        checks.record(err is None and len(doc.get("units", [])) > 1, "district %s validates with its units" % path.name,
                      err or "")
        broken = [
            ("a unit's unknown cell", lambda d: d["units"][0]["figures"].__setitem__("applications.new.robots", 1)),
            ("a unit without figures", lambda d: d["units"][0].pop("figures")),
            ("a unit's unknown signature", lambda d: d["units"][0].__setitem__("signature", "maybe")),
            ("a unit's amount as a number", lambda d: d["units"][0]["figures"].__setitem__(
                next(k for k, v in d["units"][0]["figures"].items() if isinstance(v, str)), 1.5)),
        ]
        for what, change in broken:
            copy = json.loads(json.dumps(doc))
            change(copy)
            err = first_error(validator, copy)
            checks.record(err is not None, "district %s with %s does not validate" % (path.name, what),
                          err or "it validates")

    # every fixture file is covered by one of the lists above
    known = set(STRUCTURAL) | set(RULE_ERRORS) | set(MALFORMED) | set(READER_ONLY)
    present = {p.name for p in invalid_dir.glob("*.json")}
    unknown = sorted(present - known)
    missing = sorted(known - present)
    detail = "; ".join(x for x in ("unlisted: " + ", ".join(unknown) if unknown else "",
                                   "missing: " + ", ".join(missing) if missing else "") if x)
    checks.record(not unknown and not missing, "every invalid fixture is classified", detail)

    print("%d passed, %d failed" % (checks.passed, checks.failed))
    return 0 if checks.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
