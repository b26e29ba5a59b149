#!/usr/bin/env python3
"""Generate report.schema.json (JSON Schema 2020-12 of the interchange file) from the format files.

Reads ../formats/*.json relative to this script and writes report.schema.json next to it.
The output is deterministic: 2-space indentation, sorted keys, trailing newline.

    python3 generate_schema.py            # write report.schema.json
    python3 generate_schema.py --check    # exit 1 if report.schema.json is out of date
    python3 generate_schema.py --stdout   # print the schema instead of writing it

Other scripts may import this module and call render_schema() to compare.
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
FORMATS_DIR = HERE.parent / "formats"
OUTPUT = HERE / "report.schema.json"

COUNT_LIMIT = 999999999999
# Text lengths in characters, as app/core/textlimits.h has them.
NAME_LENGTH = 200
PROFILE_LENGTH = 300
NARRATIVE_LENGTH = 50000
EXPLANATION_LENGTH = 5000
NOTE_LENGTH = 5000
KEY_LENGTH = 100
GENERATOR_LENGTH = 200
STATUSES = ["draft", "submitted", "final"]
SIGNATURES = ["unsigned", "signed", "valid", "invalid"]


def load_formats(formats_dir=FORMATS_DIR):
    """All format files, ordered by id."""
    formats = []
    for path in sorted(pathlib.Path(formats_dir).glob("*.json")):
        with open(path, encoding="utf-8") as fh:
            formats.append(json.load(fh))
    formats.sort(key=lambda f: f["id"])
    return formats


def _leaves(nodes, trail=()):
    """Leaf nodes of a column or row tree, each with the labels of its ancestors."""
    for node in nodes:
        path = trail + (node.get("label", ""),)
        if "children" in node:
            yield from _leaves(node["children"], path)
        else:
            yield node, path


def format_cells(fmt):
    """(cell key, kind, decimals, title) for every cell of a format, in table order."""
    cells = []
    for table in fmt["tables"]:
        for block in table["blocks"]:
            for row, row_path in _leaves(block["rows"]):
                for col, col_path in _leaves(block["columns"]):
                    key = "%s.%s.%s" % (table["key"], row["key"], col["key"])
                    kind = col.get("kind", "count")
                    decimals = col.get("decimals") if kind == "amount" else None
                    labels = [table["label"]]
                    labels += [p for p in row_path if p]
                    labels += [p for p in col_path if p]
                    cells.append((key, kind, decimals, " / ".join(labels)))
    return cells


def format_parts(fmt):
    """Narrative part keys of a format: the preamble, then the parts of the narrative sections."""
    parts = [(fmt["preamble"]["key"], fmt["preamble"]["label"])]
    for section in fmt["sections"]:
        for part in section.get("parts", []):
            parts.append((part["key"], part["label"]))
    return parts


def _amount_def(decimals):
    return {
        "description": "decimal amount as a string, at most %d decimals; null is an empty cell" % decimals,
        "type": ["string", "null"],
        "pattern": "^-?(0|[1-9][0-9]*)(\\.[0-9]{1,%d})?$" % decimals,
    }


def _count_def(description):
    return {
        "description": description,
        "type": ["integer", "null"],
        "minimum": -COUNT_LIMIT,
        "maximum": COUNT_LIMIT,
    }


def build_schema(formats):
    defs = {
        "count": _count_def("count; null is an empty cell; negative values are reported by the rule value.nonnegative"),
        "signed_count": _count_def("signed count (本年增/减); null is an empty cell"),
        "organization": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": NAME_LENGTH},
                "address": {"type": "string", "maxLength": PROFILE_LENGTH},
                "postcode": {"type": "string", "maxLength": PROFILE_LENGTH},
                "phone": {"type": "string", "maxLength": PROFILE_LENGTH},
                "email": {"type": "string", "maxLength": PROFILE_LENGTH},
                "website": {"type": "string", "maxLength": PROFILE_LENGTH},
                "contact_office": {"type": "string", "maxLength": PROFILE_LENGTH},
            },
        },
        "explanation": {
            "type": "object",
            "additionalProperties": False,
            "required": ["rule", "text"],
            "properties": {
                "rule": {"type": "string", "minLength": 1, "maxLength": KEY_LENGTH},
                "cell": {"type": "string", "maxLength": KEY_LENGTH},
                "text": {"type": "string", "maxLength": EXPLANATION_LENGTH},
            },
        },
        "unit": {
            "description": "one unit counted in a district summary: its profile, status, signature and every figure",
            "type": "object",
            "additionalProperties": False,
            "required": ["organization", "status", "figures"],
            "properties": {
                "organization": {"$ref": "#/$defs/organization"},
                "status": {"enum": STATUSES},
                "signature": {"enum": SIGNATURES},
                "figures": {"type": "object"},
            },
        },
        "note": {
            "type": "object",
            "additionalProperties": False,
            "required": ["scope", "text"],
            "properties": {
                "scope": {"type": "string", "minLength": 1, "maxLength": KEY_LENGTH},
                "text": {"type": "string", "maxLength": NOTE_LENGTH},
            },
        },
    }

    branches = []
    for fmt in formats:
        fid = fmt["id"]
        figure_props = {}
        for key, kind, decimals, title in format_cells(fmt):
            if kind == "amount":
                name = "amount_%d" % decimals
                defs.setdefault(name, _amount_def(decimals))
            elif kind == "signed_count":
                name = "signed_count"
            else:
                name = "count"
            figure_props[key] = {"$ref": "#/$defs/%s" % name, "title": title}
        defs["figures_" + fid] = {
            "description": "figures of format %s (%s)" % (fid, fmt["document"]),
            "type": "object",
            "additionalProperties": False,
            "properties": figure_props,
        }
        defs["narrative_" + fid] = {
            "description": "narrative parts of format %s" % fid,
            "type": "object",
            "additionalProperties": False,
            "properties": {
                key: {"type": "string", "title": label, "maxLength": NARRATIVE_LENGTH}
                for key, label in format_parts(fmt)
            },
        }
        branches.append({
            "if": {"required": ["format"], "properties": {"format": {"const": fid}}},
            "then": {
                "properties": {
                    "figures": {"$ref": "#/$defs/figures_" + fid},
                    "narrative": {"$ref": "#/$defs/narrative_" + fid},
                    "units": {"items": {"properties": {"figures": {"$ref": "#/$defs/figures_" + fid}}}},
                }
            },
        })

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Nianbao interchange file",
        "description": "One report period of one organization. Generated by generate_schema.py from resources/formats/*.json; do not edit by hand.",
        "type": "object",
        "additionalProperties": False,
        "required": ["nianbao_interchange", "format", "organization", "year", "status"],
        "properties": {
            "nianbao_interchange": {"const": 1},
            "generator": {"type": "string", "maxLength": GENERATOR_LENGTH},
            "format": {"enum": [f["id"] for f in formats]},
            "organization": {"$ref": "#/$defs/organization"},
            "year": {"type": "integer", "minimum": 2008, "maximum": 2100},
            "quarter": {"type": ["integer", "null"], "minimum": 1, "maximum": 4},
            "status": {"enum": STATUSES},
            "date": {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},
            "figures": {"type": "object"},
            "narrative": {"type": "object"},
            "explanations": {"type": "array", "items": {"$ref": "#/$defs/explanation"}},
            "notes": {"type": "array", "items": {"$ref": "#/$defs/note"}},
            "units": {
                "description": "a district summary's units; its figures are their sums",
                "type": "array",
                "items": {"$ref": "#/$defs/unit"},
            },
        },
        "allOf": branches,
        "$defs": defs,
    }


def render_schema(formats_dir=FORMATS_DIR):
    """The schema text exactly as it is written to report.schema.json."""
    schema = build_schema(load_formats(formats_dir))
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv):
    text = render_schema()
    if "--stdout" in argv:
        sys.stdout.write(text)
        return 0
    if "--check" in argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
        if current != text:
            print("%s is out of date; run generate_schema.py" % OUTPUT, file=sys.stderr)
            return 1
        return 0
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
