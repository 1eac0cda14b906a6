#!/usr/bin/env python3
"""Classifies every missed gold event of a gold file by what the coder's stages recorded, so the largest classes of
misses can be fixed first.

Usage: tools/coding/classify_misses.py GOLD.json [--eval EVAL.txt] [--show CLASS] [--lang en]
Runs ./warta eval (unless --eval gives its saved output) for the missed events, then ./warta explain on each document
with a miss, and puts each missed event in one class:
  wrong-actors      an extra event (one eval counts false) has one of the gold roots, between other actors
  wrong-code        an extra event has the gold source, with another root
  modality          a clause matched a code of the gold roots, but was not asserted (negated, hypothetical, alleged, …)
  no-source         a clause matched a code of the gold roots, but no source actor was found
  no-target         a clause matched a code of the gold roots, and was dropped for want of a target or by a veto
  no-lexicon        no clause matched a code of the gold roots, and some verb had no lexicon entry
  no-clause         nothing of the above: no verb or noun of the sentence gave anything near
For a document (PLOVER) the whole text is the sentence; for an article, the sentence holding `sentence_contains` (the
extra events are the whole article's: a false event of another sentence can put a miss in a wrong-* class). One explain
per document: about 15 minutes for plover-gsr-dev.en on a loaded host.
"""
import argparse, collections, json, re, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
parser = argparse.ArgumentParser()
parser.add_argument("gold")
parser.add_argument("--eval", help="saved output of ./warta eval GOLD (else it is run)")
parser.add_argument("--show", action="append", default=[], help="print the misses of this class with their verbs")
parser.add_argument("--lang", default="en")
args = parser.parse_args()

docs = {d["id"]: d for d in json.load(open(args.gold, encoding="utf-8")) if d.get("lang", args.lang) == args.lang}
report = Path(args.eval).read_text(encoding="utf-8") if args.eval else subprocess.run(
    [str(ROOT / "warta"), "eval", args.gold], capture_output=True, text=True, check=True).stdout

# Missed gold events per document, in the order eval prints them (each names src->tgt and its roots), and the extra
# (false) events eval printed: source, code, target.
missed = collections.defaultdict(list)
extra = collections.defaultdict(list)
doc_id = None
for line in report.splitlines():
    if m := re.match(r"^(\S+) \[(\w+)\] tp=", line):
        doc_id = m.group(1)
    elif m := re.match(r"^\s+missed\s+(\S+)->(\S+) roots=(\S+)", line):
        missed[doc_id].append((m.group(1), m.group(2), m.group(3).split("|")))
    elif m := re.match(r"^\s+extra\s+(\S+)->(\S+) (\d+)", line):
        extra[doc_id].append((m.group(1), m.group(3), m.group(2)))


def explain(doc):
    cmd = [str(ROOT / "warta"), "explain", "-", "--lang", doc.get("lang", args.lang)]
    if doc.get("published"): cmd += ["--published", doc["published"]]
    return subprocess.run(cmd, input=doc["text"], capture_output=True, text=True, check=True).stdout


def sentences(text):
    """The explain output cut into sentence blocks: (sentence text, clauses)."""
    blocks = []
    for block in re.split(r"\n(?=sentence \d+: )", text):
        if not block.startswith("sentence "): continue
        head = block.split("\n", 1)[0].split(": ", 1)[1]
        clauses = []
        for c in re.split(r"\n(?=    (?:verb|noun) ')", block)[1:]:
            verb = re.match(r"    (verb|noun) '([^']*)'", c)
            rule = re.search(r"\n      rule: (\S+)", c)
            outcome = re.search(r"\n      outcome: (.*)", c)
            clauses.append({"kind": verb.group(1), "word": verb.group(2).lower(), "rule": rule.group(1) if rule else "none",
                            "outcome": outcome.group(1) if outcome else "", "text": c})
        blocks.append((head, clauses))
    return blocks


def code_of(rule):
    m = re.search(r"→(\d+)(?!.*→)", rule)
    return m.group(1) if m else None


def has_root(code, roots): return code is not None and any(code.startswith(r) for r in roots)


def matches(code, gold):
    return gold == "*" or code.startswith(gold) or gold.startswith(code[:3])


def classify(src, tgt, roots, clauses, extras):
    for s, code, t in extras:
        if has_root(code, roots): return "wrong-actors", f"{s} {code} {t}"
    for s, code, t in extras:
        if matches(s, src): return "wrong-code", f"{s} {code} {t}"
    for c in clauses:
        if not has_root(code_of(c["rule"]), roots): continue
        o = c["outcome"]
        if o.startswith("matched, but no source"): return "no-source", c["word"]
        if o.startswith("coded ") and not o.startswith("coded asserted"): return "modality", f"{c['word']}: {o}"
        return "no-target", f"{c['word']}: {o}"
    unknown = [c["word"] for c in clauses if c["outcome"].startswith("no lexicon entry")]
    if unknown: return "no-lexicon", ", ".join(unknown)
    return "no-clause", ", ".join(f"{c['word']}({code_of(c['rule'])})" for c in clauses) or "(no clause)"


counts = collections.Counter()
shown = collections.defaultdict(list)
for doc_id, events in missed.items():
    doc = docs.get(doc_id)
    if doc is None: continue
    blocks = sentences(explain(doc))
    gold_events = doc["events"]
    for src, tgt, roots in events:
        # An article's gold event names its sentence; a PLOVER document is one sentence (or a few, all read).
        want = next((g.get("sentence_contains") for g in gold_events
                     if g["src"][0] == src and g["tgt"][0] == tgt and g["roots"] == roots and g.get("sentence_contains")), None)
        chosen = [b for b in blocks if want and want in b[0]] or blocks
        clauses = [c for b in chosen for c in b[1]]
        cls, why = classify(src, tgt, roots, clauses, extra[doc_id])
        counts[cls] += 1
        shown[cls].append(f"{doc_id} {src}->{tgt} {'|'.join(roots)}: {why}  | {chosen[0][0][:110] if chosen else ''}")

total = sum(counts.values())
print(f"{total} missed events in {len(missed)} documents")
for cls, n in counts.most_common(): print(f"  {cls:13} {n:4}  {n / total:.0%}")
for cls in args.show:
    print(f"\n{cls}:")
    for line in shown[cls]: print("  " + line)
