#!/usr/bin/env python3
"""Classifies every missed required gold event of a dev set by its cause, and counts the causes.

Usage: tools/coding/miss_causes.py GOLD.json EVENTS.jsonl [--explain] [--lang id|en] [--list]
  EVENTS.jsonl: `warta code --all --format jsonl` of the gold file's documents (tools/coding/code-dev-sets.sh writes it),
  so events the coder did not assert are there too. Works for either language (--lang keeps one).
  --explain: for a miss whose sentence has no event at all, run `./warta explain` on the document once and read what
  the clauses of that sentence recorded (no clause, no lexicon entry, no source actor, ...). Slow: one run per document.
  --list: print each miss under its cause.
  --cli "dotnet DIR/warta.dll": the CLI explain runs (default: this checkout's ./warta, which rebuilds when the sources
  changed; a copied build with WARTA_DATA set explains a baseline while the sources change).

Causes, tried in this order for each miss (a miss falls in the first that fits):
  modality:M          the event was coded with the right root and actors but not asserted (negated, hypothetical, ...)
  wrong source        the right root (or PLOVER type) was coded in the sentence, but from another source
  wrong target        the right root and source, but another target
  wrong code          the gold source has an event in the sentence, with another root
  other events only   the sentence has events, none from the gold source nor with the gold root
  no event: ...       nothing in the sentence; with --explain, what the clauses recorded:
                        no clause (no verb nor event noun), no lexicon entry for any clause, a matched verb (else noun)
                        with no source actor or another outcome the coder wrote, or coded but dropped later
The scoring rules are ../shared/tools/score_events.py's (imported, not copied).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
import score_events as se  # noqa: E402  (../shared/tools/score_events.py: the scorer the lead uses)


def sentence_of(doc, gold_event):
    return gold_event.get("sentence_contains") or ""


def in_sentence(pred, fragment):
    return not fragment or fragment in (pred.get("sentence") or "")


def missed_events(doc, preds):
    """The required gold events the scorer leaves unmatched, with the same greedy matching as score_events.score."""
    asserted = [p for p in preds if se.asserted(p) and not (se.root_of(p) == "01" and not p.get("target"))]
    used = set()
    missed = []
    for g in sorted(doc["events"], key=lambda g: (g.get("optional", False), "sentence_contains" not in g)):
        hit = next((i for i, p in enumerate(asserted) if i not in used and se.matches(p, g)), None)
        if hit is None:
            if not g.get("optional"):
                missed.append(g)
        else:
            used.add(hit)
    return missed


def root_ok(pred, g):
    return se.root_of(pred) in g["roots"] or se.plover_of(pred) in g.get("plover", [])


def target_ok(pred, g):
    tgt = g.get("tgt", ["*"])
    return "*" in tgt or se.actor_ok(pred.get("target"), tgt)


def cause(g, preds):
    """The first cause of the module docstring that fits, or None when the sentence has no event at all."""
    fragment = sentence_of(None, g)
    here = [p for p in preds if in_sentence(p, fragment)]
    for p in here:
        if not se.asserted(p) and root_ok(p, g) and se.actor_ok(p.get("source"), g["src"]) and target_ok(p, g):
            return "modality:" + str(p.get("modality") or ("negated" if p.get("negated") else "hypothetical"))
    asserted = [p for p in here if se.asserted(p)]
    if any(root_ok(p, g) and not se.actor_ok(p.get("source"), g["src"]) for p in asserted):
        return "wrong source"
    if any(root_ok(p, g) and not target_ok(p, g) for p in asserted):
        return "wrong target"
    if any(se.actor_ok(p.get("source"), g["src"]) for p in asserted):
        return "wrong code"
    if here:
        return "other events only"
    return None


SENTENCE = re.compile(r"^sentence (\d+): (.*)$")


def explain_sections(cli, text, lang, published):
    """Runs `CLI explain` on one document and returns {sentence text: its lines}."""
    args = cli + ["explain", "-", "--lang", lang]
    if published:
        args += ["--published", published]
    out = subprocess.run(args, input=text, capture_output=True, text=True, cwd=ROOT).stdout
    sections, current = {}, None
    for line in out.splitlines():
        m = SENTENCE.match(line)
        if m:
            current = m.group(2)
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return sections


CLAUSE = re.compile(r"^    (verb|noun) '")


def clause_blocks(lines):
    """The explained clauses of one sentence: (verb or noun, rule, outcome) each."""
    blocks, current = [], None
    for line in lines:
        m = CLAUSE.match(line)
        if m:
            current = {"kind": m.group(1), "rule": "none", "outcome": ""}
            blocks.append(current)
        elif current is not None:
            stripped = line.strip()
            if stripped.startswith("rule: "):
                current["rule"] = stripped[6:]
            elif stripped.startswith("outcome: "):
                current["outcome"] = stripped[9:]
    return blocks


def explained_cause(lines):
    """What the clauses of one explained sentence recorded, as a cause: verb clauses first, then event nouns."""
    blocks = clause_blocks(lines)
    if not blocks:
        return "no event: no clause"
    for kind in ("verb", "noun"):
        matched = [b for b in blocks if b["kind"] == kind and b["rule"] != "none"]
        for b in matched:
            if "no source" in b["outcome"]:
                return f"no event: {kind} matched, no source actor"
        for b in matched:
            outcome = re.sub(r"[:(].*", "", b["outcome"]).strip()
            if outcome and not outcome.startswith("coded"):
                return f"no event: {kind} matched, {outcome}"
        if matched:
            return f"no event: {kind} coded, dropped later (no target, or deduplicated)"
    return "no event: no lexicon entry for any clause"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("events")
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--lang")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--cli", default=os.path.join(ROOT, "warta"))
    a = ap.parse_args()
    gold = [d for d in json.load(open(a.gold, encoding="utf-8")) if not a.lang or d["lang"] == a.lang]
    preds = collections.defaultdict(list)
    with open(a.events, encoding="utf-8") as f:
        for line in f:
            if line.startswith("{"):
                p = json.loads(line)
                preds[str(p.get("doc"))].append(p)
    counts, listed = collections.Counter(), collections.defaultdict(list)
    for doc in gold:
        ps = preds.get(doc["id"], [])
        sections = None
        for g in missed_events(doc, ps):
            c = cause(g, ps)
            fragment = g.get("sentence_contains") or doc["text"]
            if c is None:
                if a.explain:
                    if sections is None:
                        sections = explain_sections(a.cli.split(), doc["text"], doc["lang"], doc.get("published"))
                    lines = next((v for k, v in sections.items() if (g.get("sentence_contains") or k) in k), None)
                    c = explained_cause(lines) if lines is not None else "no event: sentence not found"
                else:
                    c = "no event"
            counts[c] += 1
            coded = " ".join(f"{se.key(p.get('source'))}-{p.get('cameo')}-{se.key(p.get('target'))}"
                             + ("" if se.asserted(p) else "?") for p in ps if in_sentence(p, g.get("sentence_contains")))
            listed[c].append(f"{doc['id']}: {g['src']}->{g.get('tgt')} {g['roots']} coded [{coded}] | {fragment[:110]}")
    total = sum(counts.values())
    print(f"{a.gold}: {total} missed required events")
    for c, n in counts.most_common():
        print(f"{n:5d}  {c}")
        if a.list:
            for item in listed[c]:
                print("         " + item)


if __name__ == "__main__":
    main()
