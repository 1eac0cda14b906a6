#!/usr/bin/env python3
"""Lists the wrong-code pairs of coded dev sets: a missed required gold event and a false event of the same sentence
whose source and target are right but whose CAMEO root is not (the event counts twice: one false, one missed).

Usage: tools/coding/wrong_codes.py OUTDIR [--list]
  OUTDIR: the output of tools/coding/code-dev-sets.sh (NAME.events.jsonl for each dev set).
The matching is ../shared/tools/score_events.py's (imported, not copied).
"""
import collections
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
import score_events as se  # noqa: E402

SETS = ["eval/dev/dev-gold.json", "../shared/gold/seed.json", "../shared/gold/plover-gsr-dev.en.json",
        "../shared/gold/plover-gsr-dev.id.json", "../shared/gold/articles-dev.en.json",
        "../shared/gold/articles-dev.id.json"]


def unmatched(doc, preds):
    """The missed required gold events and the false predictions, with score_events.score's greedy matching."""
    ps = [p for p in preds if se.asserted(p) and not (se.root_of(p) == "01" and not p.get("target"))]
    used, triples, missed = set(), set(), []
    for g in sorted(doc["events"], key=lambda g: (g.get("optional", False), "sentence_contains" not in g)):
        hit = next((i for i, p in enumerate(ps) if i not in used and se.matches(p, g)), None)
        if hit is None:
            if not g.get("optional"):
                missed.append(g)
            continue
        used.add(hit)
        p = ps[hit]
        triples.add((se.key(p.get("source")), se.key(p.get("target")), se.root_of(p)))
    false = [p for i, p in enumerate(ps) if i not in used
             and (se.key(p.get("source")), se.key(p.get("target")), se.root_of(p)) not in triples]
    return missed, false


def pair_ok(p, g):
    tgt = g.get("tgt", ["*"])
    sc = g.get("sentence_contains")
    return (se.actor_ok(p.get("source"), g["src"]) and ("*" in tgt or se.actor_ok(p.get("target"), tgt))
            and (not sc or sc in (p.get("sentence") or "")))


def main():
    out, show = sys.argv[1], "--list" in sys.argv
    total = 0
    for path in SETS:
        name = os.path.basename(path)[:-5]
        gold = json.load(open(os.path.join(ROOT, path), encoding="utf-8"))
        preds = collections.defaultdict(list)
        for line in open(os.path.join(out, name + ".events.jsonl"), encoding="utf-8"):
            if line.startswith("{"):
                p = json.loads(line)
                preds[str(p.get("doc"))].append(p)
        lines = []
        for doc in gold:
            missed, false = unmatched(doc, preds.get(doc["id"], []))
            taken = set()
            for g in missed:
                i = next((i for i, p in enumerate(false) if i not in taken and pair_ok(p, g)), None)
                if i is None:
                    continue
                taken.add(i)
                p = false[i]
                rule = (p.get("evidence") or {}).get("rule") or p.get("rule") or ""
                lines.append(f"  {doc['id']} [{doc['lang']}] gold {'|'.join(g['roots'])} {'|'.join(g.get('plover', []))}"
                             f" coded {p.get('cameo')} {se.key(p.get('source'))}->{se.key(p.get('target'))} {rule}"
                             f" | {(p.get('sentence') or '')[:150]}")
        total += len(lines)
        print(f"{name}: {len(lines)} wrong-code pairs")
        if show:
            print("\n".join(lines))
    print(f"total: {total} wrong-code pairs")


if __name__ == "__main__":
    main()
