#!/usr/bin/env python3
"""Draws a repeatable random sample of asserted events from a coded UD run, for judging by hand.

usage: sample.py EVENTS.jsonl POOL N SEED > sample.tsv

The sentences are split once into two pools by a hash of their id: `diag` (read to find the causes of false
events) and `fresh` (measured before → after, never read while fixing). Of the asserted events whose sentence is in
POOL, N are drawn with random.Random(SEED). The TSV has the columns of the judgement file with the verdict and reason
left empty: sentence id, event (source code, CAMEO code, target code, trigger, rule), sentence.
"""
import hashlib
import json
import random
import sys


def pool_of(doc_id):
    return "diag" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "fresh"


def event_text(e):
    target = e["target"]["code"] if e["target"] else "-"
    return f'{e["source"]["code"]} {e["cameo"]} {target} [{e["evidence"]["trigger"]}] {e["rule"]}'


def main(path, pool, n, seed):
    events = [json.loads(line) for line in open(path, encoding="utf-8")]
    events = [e for e in events if e["modality"] == "asserted" and pool_of(e["doc"]) == pool]
    rng = random.Random(int(seed))
    chosen = sorted(rng.sample(range(len(events)), min(int(n), len(events))))
    print("sentence_id\tevent\tverdict\treason\tsentence")
    for i in chosen:
        e = events[i]
        print(f'{e["doc"]}\t{event_text(e)}\t\t\t{e["sentence"]}')


if __name__ == "__main__":
    main(*sys.argv[1:])
