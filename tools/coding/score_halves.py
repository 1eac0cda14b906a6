#!/usr/bin/env python3
"""Scores each development set by halves: A (documents at positions 0, 2, 4 ... of its gold file) and B (1, 3, 5 ...).

Since the tenth round the dev sets have been tuned on for many rounds; diagnosing from half A only and watching half B
shows whether a change carries over to documents it was not made from (docs/accuracy.md, "Working half and check half").
The per-code sets (eval/codebook/codebook.*.json) are split the same way, when present.
Usage: tools/coding/score_halves.py OUTDIR [--write DIR]   (OUTDIR written by tools/coding/code-dev-sets.sh)
  --write DIR  also writes each half as a gold file, DIR/NAME.A.json and DIR/NAME.B.json, for ./warta eval,
               tools/coding/miss_causes.py or tools/actors/rule_precision.py
Uses ../shared/tools/score_events.py; stdlib only.
"""
import glob
import importlib.util
import io
import json
import os
import sys
from contextlib import redirect_stdout

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
SETS = [os.path.join(ROOT, "eval", "dev", "dev-gold.json")] + [
    os.path.join(SHARED, "gold", f"{name}.json")
    for name in ("plover-gsr-dev.en", "plover-gsr-dev.id", "articles-dev.en", "articles-dev.id")] + sorted(
    glob.glob(os.path.join(ROOT, "eval", "codebook", "codebook.*.json")))


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_events", os.path.join(SHARED, "tools", "score_events.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    args = sys.argv[1:]
    write = None
    if len(args) == 3 and args[1] == "--write":
        write = args[2]
        os.makedirs(write, exist_ok=True)
    elif len(args) != 1:
        sys.exit(__doc__)
    out = args[0]
    scorer = load_scorer()
    for path in SETS:
        name = os.path.basename(path)[:-len(".json")]
        events = os.path.join(out, f"{name}.events.jsonl")
        if not os.path.exists(events):
            sys.exit(f"{events}: no such file (run tools/coding/code-dev-sets.sh {out} first)")
        docs = json.load(open(path, encoding="utf-8"))
        preds = [json.loads(line) for line in open(events, encoding="utf-8") if line.strip()]
        for half, parity in (("A", 0), ("B", 1)):
            part = [d for i, d in enumerate(docs) if i % 2 == parity]
            ids = {d["id"] for d in part}
            if write:
                with open(os.path.join(write, f"{name}.{half}.json"), "w", encoding="utf-8") as f:
                    json.dump(part, f, ensure_ascii=False, indent=1)
            with redirect_stdout(io.StringIO()):
                totals = scorer.score(part, [p for p in preds if p.get("doc") in ids], verbose=False)
            precision, recall, f1 = scorer.prf(totals["tp"], totals["fp"], totals["fn"])
            dates = totals["date_ok"] / totals["date_n"] if totals["date_n"] else 0.0
            print(f"{name:20} {half}  F1={f1:.2f} P={precision:.2f} R={recall:.2f} date={dates:.2f} must_not={totals['viol']}")


if __name__ == "__main__":
    main()
