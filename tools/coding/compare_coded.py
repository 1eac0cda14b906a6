#!/usr/bin/env python3
"""Compares two runs of code_dev_sets.sh: the events of every file must be identical and every score report the same.

Usage: tools/coding/compare_coded.py BASE NEW [--ignore FIELD ...]
--ignore drops a top-level event field before comparing (e.g. a field the newer run adds). Exits 1 on any difference,
printing the first differing event of each file.
"""
import argparse, json, pathlib, sys

parser = argparse.ArgumentParser()
parser.add_argument("base"); parser.add_argument("new")
parser.add_argument("--ignore", action="append", default=[])
args = parser.parse_args()
base, new = pathlib.Path(args.base), pathlib.Path(args.new)

def events(path):
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for field in args.ignore: row.pop(field, None)
        rows.append(row)
    return rows

different = False
for old in sorted(base.glob("*.events.jsonl")):
    other = new / old.name
    a, b = events(old), events(other) if other.exists() else []
    if a != b:
        different = True
        first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        print(f"events differ: {old.name} ({len(a)} vs {len(b)} events; first at {first})")
        print("  base:", json.dumps(a[first], ensure_ascii=False) if first < len(a) else "(none)")
        print("  new: ", json.dumps(b[first], ensure_ascii=False) if first < len(b) else "(none)")
for old in sorted(base.glob("*.eval.txt")):
    other = new / old.name
    if not other.exists() or old.read_text(encoding="utf-8") != other.read_text(encoding="utf-8"):
        different = True
        print(f"scores differ: {old.name}")
print("different" if different else "identical")
sys.exit(1 if different else 0)
