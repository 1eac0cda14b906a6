#!/usr/bin/env python3
"""Prints the Indonesian coverage of the three-digit CAMEO codes PETRARCH-2's verb dictionary covers, as a Markdown table.

A code counts as covered when an Indonesian predicate (data/id/events/predicates.tsv, verbs or event nouns) or an Indonesian
verb pattern or verb (data/id/events/verb-patterns/) has that code or one of its four-digit children. PETRARCH-2's codes are
read from the imported English verb patterns (data/en/events/verb-patterns/, made by import_petrarch_patterns.py).

With --few N it prints instead the codes that have fewer than N Indonesian entries (a predicate with one of its cues counts
once per cue: "menolak + bantuan" and "menolak + mediasi" are two entries), each with the English verbs and object words
PETRARCH-2 codes it with: the candidates to translate when filling a thin code from the codebook.

Usage: python3 tools/lexicon/indonesian_coverage.py [--few N] [repo root] > table.md   (docs/lexicon.md holds the current table)
"""
import argparse
import os
from collections import Counter, defaultdict


from data_rows import rows
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def indonesian_entries(root):
    """Per three-digit code, the distinct (kind, predicate, cue) rows of predicates.tsv that give it or a child code."""
    entries = defaultdict(set)
    for r in rows(os.path.join(root, "data", "id", "events", "predicates.tsv")):
        if len(r) >= 3 and r[2] != "-":
            cues = r[3].split("|") if len(r) > 3 and r[3] not in ("", "-") else ["-"]
            for cue in cues:
                entries[r[2][:3]].add((r[0], r[1], cue.strip()))
    return entries


def petrarch_words(root):
    """Per three-digit code, how often PETRARCH-2 codes it with each English verb (verbs.tsv, patterns' classes) and
    object word (the filler of a pattern's obj element)."""
    en = os.path.join(root, "data", "en", "events", "verb-patterns")
    class_verbs = defaultdict(list)
    words = defaultdict(Counter)
    for r in rows(os.path.join(en, "verbs.tsv")):
        class_verbs[r[0]].append(r[1])
        if r[3] != "---":
            words[r[3][:3]][r[1]] += 1
    for r in rows(os.path.join(en, "patterns.tsv")):
        for code in (r[1], r[2]):
            if code in ("---", "-"):
                continue
            words[code[:3]][r[4]] += 1
            for element in r[3].split(" ; "):
                path, _, filler = element.partition("=")
                if path.split("/")[0].startswith("obj") and not filler.startswith("<"):
                    words[code[:3]][filler] += 1
    return words


def print_thin(root, names, petrarch, few):
    entries = indonesian_entries(root)
    english = petrarch_words(root)
    thin = [c for c in sorted(petrarch) if len(entries.get(c, ())) < few]
    print(f"{len(thin)} of the {len(petrarch)} three-digit codes PETRARCH-2 codes have fewer than {few} Indonesian entries "
          f"in predicates.tsv.\n")
    print("| code | name | Indonesian entries | PETRARCH-2's commonest English verbs and objects |")
    print("|---|---|---|---|")
    for code in thin:
        mine = ", ".join(sorted(p if cue == "-" else f"{p} + {cue}" for _, p, cue in entries.get(code, ()))) or "**none**"
        theirs = ", ".join(w for w, _ in english[code].most_common(10))
        print(f"| {code} | {names.get(code, '?')} | {mine} | {theirs} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", default=ROOT)
    parser.add_argument("--few", type=int, help="list the codes with fewer than this many Indonesian entries")
    args = parser.parse_args()
    root = args.root
    names = {r[0]: r[2] for r in rows(os.path.join(root, "data", "cameo", "codes.tsv"))}
    en = os.path.join(root, "data", "en", "events", "verb-patterns")
    petrarch = defaultdict(int)
    for r in rows(os.path.join(en, "patterns.tsv")):
        for code in (r[1], r[2]):
            if code not in ("---", "-"):
                petrarch[code[:3]] += 1
    for r in rows(os.path.join(en, "verbs.tsv")):
        if r[3] != "---":
            petrarch[r[3][:3]] += 1
    if args.few:
        print_thin(root, names, petrarch, args.few)
        return
    indonesian = defaultdict(list)
    for r in rows(os.path.join(root, "data", "id", "events", "predicates.tsv")):
        if len(r) >= 3 and r[2] != "-":
            word = r[1] if r[0] == "V" else r[1] + " (n)"
            if word not in indonesian[r[2][:3]]:
                indonesian[r[2][:3]].append(word)
    idp = os.path.join(root, "data", "id", "events", "verb-patterns")
    verb_classes = defaultdict(list)
    for r in rows(os.path.join(idp, "verbs.tsv")):
        verb_classes[r[0]].append(r[1])
        if r[3] != "---" and r[1] + " †" not in indonesian[r[3][:3]] and r[1] not in indonesian[r[3][:3]]:
            indonesian[r[3][:3]].append(r[1] + " †")
    for r in rows(os.path.join(idp, "patterns.tsv")):
        for code in (r[1], r[2]):
            if code not in ("---", "-"):
                for verb in verb_classes[r[0]]:
                    if verb not in indonesian[code[:3]] and verb + " †" not in indonesian[code[:3]]:
                        indonesian[code[:3]].append(verb + " †")
    covered = [c for c in petrarch if indonesian.get(c)]
    print(f"Covered: {len(covered)} of the {len(petrarch)} three-digit codes PETRARCH-2's dictionary codes "
          f"(codes outside data/cameo/codes.tsv are not counted). † = only in verb-patterns/ (the tree-based coder's file).\n")
    print("| code | name | PETRARCH-2 entries | Indonesian predicates (first eight) |")
    print("|---|---|---|---|")
    for code in sorted(petrarch):
        words = indonesian.get(code, [])
        shown = ", ".join(words[:8]) + (f" … (+{len(words) - 8})" if len(words) > 8 else "")
        print(f"| {code} | {names.get(code, '?')} | {petrarch[code]} | {shown or '**none**'} |")
    missing = [c for c in sorted(petrarch) if not indonesian.get(c)]
    if missing:
        print(f"\nWithout Indonesian predicates: {', '.join(missing)}")


if __name__ == "__main__":
    main()
