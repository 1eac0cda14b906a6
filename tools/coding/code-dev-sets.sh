#!/usr/bin/env bash
# Codes every document of the development sets and the examples, and scores each set, into OUTDIR, so a refactor of
# the coder can be checked to change nothing (compare two runs with tools/coding/compare_coded.py).
# Usage: tools/coding/code-dev-sets.sh OUTDIR   (run from anywhere; uses this checkout's ./warta)
# The examples get a fixed published date, so "today" does not depend on the day of the run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
cd "$root"
sets=(eval/dev/dev-gold.json ../shared/gold/seed.json ../shared/gold/plover-gsr-dev.en.json ../shared/gold/plover-gsr-dev.id.json
      ../shared/gold/articles-dev.en.json ../shared/gold/articles-dev.id.json
      eval/codebook/codebook.en.json eval/codebook/codebook.id.json)
for set in "${sets[@]}"; do
  name=$(basename "$set" .json)
  python3 - "$set" > "$out/$name.docs.jsonl" <<'PY'
import json, sys
for d in json.load(open(sys.argv[1], encoding="utf-8")):
    row = {"id": d["id"], "text": d["text"]}
    for key in ("published", "lang"):
        if d.get(key): row[key] = d[key]
    print(json.dumps(row, ensure_ascii=False))
PY
  ./warta code --all --format jsonl "$out/$name.docs.jsonl" > "$out/$name.events.jsonl"
  ./warta eval "$set" > "$out/$name.eval.txt"
done
for f in examples/*.txt; do
  ./warta code --all --published 2024-01-10 --format jsonl "$f" > "$out/example-$(basename "$f" .txt).events.jsonl"
done
