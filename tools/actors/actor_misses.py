#!/usr/bin/env python3
"""Lists every actor miss of a coded dev set and groups them by the rule that chose the wrong actor.

An *actor miss* is a required gold event that no asserted event of its sentence matches with the event type ignored
(the actors-only score of `./warta eval`). For each it prints the gold source and target, the events coded in the
sentence with the rules that chose their actors (`actor_rule`), and the mentions `./warta explain` found there, and
puts it in one class:
  no-event          no asserted event in the sentence (the event side: clauses, lexicon)
  source:RULE       an event had the right target but the source RULE chose is wrong
  target:RULE       an event had the right source but the target RULE chose is wrong (or no target: RULE = none)
  both:RULE/RULE    no event had either side right
and whether the gold actor was among the sentence's mentions (`found`) or not (`not-found`: actor knowledge).
It also lists the false positives of the actors-only score by the rules that chose them.

Usage: tools/actors/actor_misses.py GOLD.json EVENTS.jsonl [--explain [--cache DIR]] [--only CLASS]
  EVENTS.jsonl: what `./warta code --all --format jsonl` wrote for the gold documents (tools/coding/code-dev-sets.sh
  writes them as OUTDIR/NAME.events.jsonl). --explain runs `./warta explain` on each document with a miss to list
  the mentions (slow: a few seconds a document); without it the mentions column is left out.
The matching follows src/Warta.Core/Evaluation (GoldScorer, EventMatching).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def key(actor):
    if not actor:
        return None
    return actor.get("country") or actor.get("code")


def accepted(actor, gold_keys):
    if "*" in gold_keys:
        return True
    if not actor:
        return False
    k = key(actor) or ""
    return any(actor["code"].startswith(g) or k.startswith(g) for g in gold_keys)


def root(e):
    r = e.get("root") or e["cameo"][:2]
    return r.zfill(2)[:2]


def asserted(e):
    return (not e.get("negated") and not e.get("hypothetical")
            and (e.get("modality") or "").lower() in ("asserted", "", "none", "fact"))


def in_sentence(e, g):
    return not g.get("sentence_contains") or g["sentence_contains"] in e["sentence"]


def actors_match(e, g):
    return accepted(e.get("source"), g["src"]) and accepted(e.get("target"), g["tgt"]) and in_sentence(e, g)


def rule_of(e, side):
    return (e.get("actor_rule") or {}).get(side) or "none"


def show(e):
    src, tgt = e.get("source"), e.get("target")
    return (f"{src['code'] if src else '-'} {e['cameo']} {tgt['code'] if tgt else '-'}"
            f"  [{rule_of(e, 'source')} → {rule_of(e, 'target')}]  '{e['evidence']['trigger']}'")


def score_document(gold_doc, events):
    """Misses and false positives of the actors-only matching, in the gold scorer's order."""
    candidates = [e for e in events if asserted(e) and not (root(e) == "01" and not e.get("target"))]
    used = [False] * len(candidates)
    triples, misses = set(), []
    order = sorted(gold_doc["events"], key=lambda g: (bool(g.get("optional")), g.get("sentence_contains") is None))
    for g in order:
        hit = next((i for i, e in enumerate(candidates) if not used[i] and actors_match(e, g)), -1)
        if hit < 0:
            if not g.get("optional"):
                misses.append(g)
            continue
        used[hit] = True
        e = candidates[hit]
        triples.add((key(e.get("source")), key(e.get("target")), root(e)))
    extras = [e for i, e in enumerate(candidates) if not used[i]
              and (key(e.get("source")), key(e.get("target")), root(e)) not in triples]
    return misses, extras, candidates


def classify(g, sentence_events):
    if not sentence_events:
        return "no-event", None
    src_ok = [e for e in sentence_events if accepted(e.get("source"), g["src"])]
    tgt_ok = [e for e in sentence_events if accepted(e.get("target"), g["tgt"])]
    if src_ok:
        return f"target:{rule_of(src_ok[0], 'target')}", src_ok[0]
    if tgt_ok:
        return f"source:{rule_of(tgt_ok[0], 'source')}", tgt_ok[0]
    e = sentence_events[0]
    return f"both:{rule_of(e, 'source')}/{rule_of(e, 'target')}", e


MENTION = re.compile(r"^    (.+?) → (\S+)")


def explain_mentions(doc, cache_dir=None):
    """Sentence text → [(text, code)] of the mentions `./warta explain` recorded for the document."""
    cached = os.path.join(cache_dir, doc["id"] + ".explain.txt") if cache_dir else None
    if cached and os.path.exists(cached):
        return parse_explain(open(cached, encoding="utf-8").read())
    args = [os.path.join(ROOT, "warta"), "explain", "-"]
    if doc.get("published"):
        args += ["--published", doc["published"]]
    if doc.get("lang"):
        args += ["--lang", doc["lang"]]
    out = subprocess.run(args, input=doc["text"], capture_output=True, text=True, check=True).stdout
    if cached:
        with open(cached, "w", encoding="utf-8") as f:
            f.write(out)
    return parse_explain(out)


def parse_explain(out):
    by_sentence, current, in_mentions = {}, None, False
    for line in out.splitlines():
        if m := re.match(r"^sentence (\d+): (.*)$", line):
            current = m.group(2)
            by_sentence[current] = []
            in_mentions = False
        elif line.startswith("  mentions"):
            in_mentions = True
        elif line.startswith("  ") and not line.startswith("    "):
            in_mentions = False
        elif in_mentions and current is not None and (m := MENTION.match(line)):
            by_sentence[current].append((m.group(1), m.group(2)))
    return by_sentence


def gold_sentence(g, doc_events, mentions_by_sentence):
    """The sentence text a gold event belongs to: its sentence_contains, else the only sentence."""
    needle = g.get("sentence_contains")
    if mentions_by_sentence is not None:
        for text in mentions_by_sentence:
            if needle is None or needle in text:
                return text
    for e in doc_events:
        if needle is None or needle in e["sentence"]:
            return e["sentence"]
    return needle or ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("events")
    parser.add_argument("--explain", action="store_true", help="list the mentions of each sentence with a miss")
    parser.add_argument("--cache", help="a folder keeping each document's explain output (delete it after changing the coder)")
    parser.add_argument("--only", help="print (and explain) only misses whose class starts with this; several classes separated by commas")
    a = parser.parse_args()

    gold = json.load(open(a.gold, encoding="utf-8"))
    events = collections.defaultdict(list)
    with open(a.events, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                e = json.loads(line)
                events[e["doc"]].append(e)

    classes, found_count, extra_rules = collections.Counter(), collections.Counter(), collections.Counter()
    for doc in gold:
        misses, extras, candidates = score_document(doc, events[doc["id"]])
        for e in extras:
            extra_rules[f"{rule_of(e, 'source')} → {rule_of(e, 'target')}"] += 1
        if not misses:
            continue
        classified = [(g, *classify(g, [e for e in candidates if in_sentence(e, g)])) for g in misses]
        wanted_here = any(not a.only or cls.startswith(tuple(a.only.split(','))) for _, cls, _ in classified)
        mentions = explain_mentions(doc, a.cache) if a.explain and wanted_here else None
        for g, cls, chosen in classified:
            in_sent = [e for e in candidates if in_sentence(e, g)]
            sentence = gold_sentence(g, events[doc["id"]], mentions)
            found = None
            if mentions is not None:
                codes = [c for _, c in mentions.get(sentence, [])]
                wanted = [k for k in g["src"] + g["tgt"] if k != "*"]
                found = all(any(c.startswith(k) for c in codes) for k in wanted)
                found_count[(cls.split(":")[0], found)] += 1
            classes[cls] += 1
            if a.only and not cls.startswith(tuple(a.only.split(','))):
                continue
            print(f"{doc['id']}  gold {'|'.join(g['src'])} → {'|'.join(g['tgt'])}  [{cls}]"
                  + ("" if found is None else ("  found" if found else "  NOT-FOUND")))
            print(f"    {sentence[:200]}")
            for e in in_sent:
                print(f"    coded {show(e)}")
            if mentions is not None:
                print("    mentions: " + "; ".join(f"{t} → {c}" for t, c in mentions.get(sentence, [])))
    print("\nmisses by class:")
    for cls, n in classes.most_common():
        print(f"  {n:4d}  {cls}")
    if found_count:
        print("gold actors among the mentions (class, found): "
              + ", ".join(f"{c} {'found' if f else 'not-found'} {n}" for (c, f), n in sorted(found_count.items())))
    print("false positives (actors-only) by rules:")
    for rules, n in extra_rules.most_common():
        print(f"  {n:4d}  {rules}")


if __name__ == "__main__":
    sys.exit(main())
