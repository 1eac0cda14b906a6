#!/usr/bin/env python3
"""How often each actor rule chose right: per rule, the asserted events it chose a side of, how many have both actors
right (an actors-only match: a gold event of the same sentence accepts source and target) and how many are right
events (the root matches too). With --partner-steps it splits the discourse-partner guess (`+implicit-target`) by the
step that made it: the other side of an event coded in the same sentence, of an event of the last three sentences, or a
mention (or the home country).

Usage: tools/actors/rule_precision.py OUTDIR GOLD.json [GOLD.json ...] [--side source|target] [--partner-steps]
  OUTDIR: what tools/coding/code-dev-sets.sh wrote; each GOLD file is scored against OUTDIR/NAME.events.jsonl, where
  NAME is the gold file's name up to its first '.A.', '.B.' or '.json' (so the halves tools/coding/score_halves.py --write DIR writes, DIR/NAME.A.json, work).
The matching follows tools/actors/actor_misses.py (and so src/Warta.Core/Evaluation).
"""
import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from actor_misses import accepted, asserted, in_sentence, root, rule_of  # noqa: E402


def set_name(gold_path):
    return re.split(r"\.(?:A|B)\.json$|\.json$", os.path.basename(gold_path))[0]


def partner_step(e, others):
    pair = {e["source"]["code"], e["target"]["code"]}
    for o in others:
        if (o.get("target") and o["sentence_index"] == e["sentence_index"] and rule_of(o, "target") != "discourse-partner"
                and {o["source"]["code"], o["target"]["code"]} == pair):
            return "1 same-sentence event"
    for o in others:
        if o.get("target") and e["sentence_index"] - 3 <= o["sentence_index"] < e["sentence_index"] \
                and {o["source"]["code"], o["target"]["code"]} == pair:
            return "2 recent event"
    return "3 mention or home"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir")
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--side", choices=["source", "target"], default="target")
    parser.add_argument("--partner-steps", action="store_true")
    args = parser.parse_args()
    for gold_path in args.gold:
        gold = {d["id"]: d for d in json.load(open(gold_path, encoding="utf-8"))}
        by_doc = collections.defaultdict(list)
        for line in open(os.path.join(args.outdir, set_name(gold_path) + ".events.jsonl"), encoding="utf-8"):
            e = json.loads(line)
            if e["doc"] in gold:
                by_doc[e["doc"]].append(e)
        counts = collections.defaultdict(lambda: [0, 0, 0])
        for doc, events in by_doc.items():
            for i, e in enumerate(events):
                if not asserted(e) or (root(e) == "01" and not e.get("target")):
                    continue
                rule = rule_of(e, args.side)
                if args.partner_steps:
                    if rule != "discourse-partner":
                        continue
                    rule = partner_step(e, events[:i] + events[i + 1:])
                golds = [g for g in gold[doc]["events"] if in_sentence(e, g)]
                actors = [g for g in golds if accepted(e.get("source"), g["src"]) and accepted(e.get("target"), g["tgt"])]
                right = [g for g in actors if root(e) in [r.zfill(2) for r in g["roots"]]]
                c = counts[rule]
                c[0] += 1
                c[1] += bool(actors)
                c[2] += bool(right)
        print(f"== {gold_path}")
        for rule, (n, a, r) in sorted(counts.items(), key=lambda kv: -kv[1][0]):
            print(f"  {rule:40} {n:4} events  actors right {a:4} ({a / n:.2f})  events right {r:4} ({r / n:.2f})")


if __name__ == "__main__":
    main()
