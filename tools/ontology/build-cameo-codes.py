#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes Brink's CAMEO ontology table, cameo-codes.tsv, from two reference tables.

Inputs (read-only, outside the repository, found next to it as ../shared by default):
  peer-data/cameo/cameo-event-codes.tsv     code, root, level, goldstein, quad classes, name
  peer-data/PLOVER/CAMEO2PLOVER-2021.txt    "CODE: CATEGORY, mode, context # comment" lines

Output: coding/src/main/resources/org/brink/coding/ontology/cameo-codes.tsv, in Brink's own
format (documented in the header the script writes). Run from the repository root:

  python3 tools/ontology/build-cameo-codes.py [--shared ../shared] [--check]

--check compares the generated text with the file in the repository and exits 1 on a difference.
"""

import argparse
import pathlib
import re
import sys

OUT = pathlib.Path("coding/src/main/resources/org/brink/coding/ontology/cameo-codes.tsv")

HEADER = """\
# cameo-codes.tsv: the CAMEO event codes, one row per code, for Brink's ontology.
#
# Written by tools/ontology/build-cameo-codes.py; do not edit by hand, change the script instead.
# The facts come from:
#   - the CAMEO codebook (Philip A. Schrodt, Parus Analytics): codes and names;
#   - GDELT's published lookup tables: the Goldstein weight of each code and the QuadClass grouping;
#   - the PLOVER project's CAMEO-to-PLOVER table (PLOVER manual draft 0.8, 2021-09-17,
#     Open Event Data Alliance / Parus Analytics, CC BY-SA 4.0): category, mode and context.
#     The PLOVER columns are a derived work of that table and carry its CC BY-SA 4.0 licence.
#
# Format: UTF-8, tab-separated, lines starting with '#' are comments, then one column-header line,
# then one row per code in code order. Columns:
#   code       CAMEO event code, 2 to 4 digits, leading zero kept ("0256")
#   goldstein  Goldstein conflict-cooperation weight, -10.0 to 10.0
#   quad       GDELT QuadClass: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-09),
#              3 verbal conflict (10-14), 4 material conflict (15-20)
#   plover     PLOVER category, upper case; empty where the PLOVER table maps neither the code nor
#              any parent of it (every 01x and 02x code: the table starts at root 03)
#   mode       PLOVER mode, empty where the table gives none
#   context    PLOVER context, empty where the table gives none; several contexts are joined by ';'
#   name       the code's name in the CAMEO codebook
#
# PLOVER rules applied by the script:
#   - a code missing from the PLOVER table takes category, mode and context from its nearest
#     listed parent (4-digit -> 3-digit -> root);
#   - where the table lists a code twice, the first line wins: root 08 is listed as CONCEDE and
#     again as RETREAT, so 08 reads CONCEDE; 175 is listed twice with the same reading;
#   - the table's lines for 1213 and 1214 are not CAMEO codes and are left out.
"""

COLUMNS = ["code", "goldstein", "quad", "plover", "mode", "context", "name"]


def read_codes(path):
    rows = []
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    expected = ["code", "root", "level", "goldstein", "quad_class_gdelt",
                "quad_class_duval_thompson", "name"]
    if header != expected:
        sys.exit(f"{path}: unexpected header {header}")
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(expected):
            sys.exit(f"{path}:{number}: expected {len(expected)} fields, got {len(fields)}")
        rows.append(dict(zip(expected, fields)))
    return rows


LINE = re.compile(r"^(\d{2,4}):(.*)$")


def read_plover(path):
    table = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        m = LINE.match(raw.strip())
        if not m:
            continue
        code, rest = m.group(1), m.group(2).split("#", 1)[0]
        parts = [p.strip() for p in rest.split(",")]
        while len(parts) < 3:
            parts.append("")
        if len(parts) > 3:
            sys.exit(f"{path}:{number}: more than three fields: {raw!r}")
        category, mode, context = parts
        context = ";".join(c.strip() for c in context.split(";") if c.strip())
        if not re.fullmatch(r"[A-Z]+", category):
            sys.exit(f"{path}:{number}: bad category {category!r}")
        if code not in table:  # first listing wins
            table[code] = (category, mode, context)
    return table


def plover_for(code, table):
    for length in (4, 3, 2):
        if len(code) >= length and code[:length] in table:
            return table[code[:length]]
    return ("", "", "")


def quad_for(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def render(shared):
    codes = read_codes(shared / "peer-data/cameo/cameo-event-codes.tsv")
    plover = read_plover(shared / "peer-data/PLOVER/CAMEO2PLOVER-2021.txt")
    out = [HEADER.rstrip("\n"), "\t".join(COLUMNS)]
    for row in codes:
        code = row["code"]
        quad = quad_for(row["root"])
        if str(quad) != row["quad_class_gdelt"]:
            sys.exit(f"{code}: quad class {row['quad_class_gdelt']} does not match root {row['root']}")
        goldstein = f"{float(row['goldstein']):.1f}"
        category, mode, context = plover_for(code, plover)
        out.append("\t".join([code, goldstein, str(quad), category, mode, context, row["name"]]))
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=pathlib.Path, default=pathlib.Path("../shared"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = render(args.shared)
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date; run tools/ontology/build-cameo-codes.py", file=sys.stderr)
            sys.exit(1)
        return
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
