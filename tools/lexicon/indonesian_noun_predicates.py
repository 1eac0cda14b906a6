#!/usr/bin/env python3
"""Counts Indonesian event verbs the tagger calls nouns: bare roots the event lexicon holds only as verbs (a V row of
data/id/events/predicates.tsv written on the bare root, or a root of data/id/lexicon/event-roots.txt, and no N row on
that word: bentrok, tiba, mundur) tagged other than VERB, and whether their sentence has another VERB; in a sentence with
none, a root tagged NOUN or ADJ leaves the clause with no predicate.

Input: JSON Lines ({"text": ...}, as eval/unseen/ud_to_jsonl.py writes) or a gold JSON list of documents (a dev half).
Prints, per tag, how often such a root is tagged so with and without another VERB in its sentence, and (--list) the
sentences of the verbless case.
Usage: python3 tools/lexicon/indonesian_noun_predicates.py FILE [FILE ...] [--list]   (run from the repository root)
"""
import argparse
import collections
import json
import os
import subprocess


from data_rows import rows
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def texts(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith(".jsonl"):
            return [json.loads(line)["text"] for line in f if line.strip()]
        return [d["text"] for d in json.load(f)]


def conllu(text):
    out = subprocess.run([os.path.join(ROOT, "warta"), "analyze", "--lang", "id"], input=text, capture_output=True,
                         text=True, check=True, env=dict(os.environ, WARTA_SLIM="0"), cwd=ROOT).stdout
    sentence = []
    for line in out.splitlines():
        if not line:
            if sentence:
                yield sentence
            sentence = []
        elif not line.startswith("#") and "-" not in line.split("\t")[0]:
            sentence.append(line.split("\t"))
    if sentence:
        yield sentence


def verb_only_roots():
    """Bare verb predicates and event roots with no event-noun row on the same word."""
    kinds = collections.defaultdict(set)
    for r in rows(os.path.join(ROOT, "data", "id", "events", "predicates.tsv")):
        if len(r) >= 2 and " " not in r[1]:
            kinds[r[1].lower()].add(r[0])
    for r in rows(os.path.join(ROOT, "data", "id", "lexicon", "event-roots.txt")):
        kinds[r[0].lower()].add("V")
    return {w for w, k in kinds.items() if k == {"V"}}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    verbs = verb_only_roots()
    counts = collections.Counter()
    listed = []
    for path in args.files:
        text = "\n\n".join(t.replace("\n", "\n\n") for t in texts(path))
        for sentence in conllu(text):
            has_verb = any(t[3] == "VERB" for t in sentence)
            for t in sentence:
                if t[1].lower() in verbs and t[2].lower() == t[1].lower():
                    key = (t[3], "no other verb" if not has_verb else "with a verb")
                    counts[key] += 1
                    if t[3] != "VERB":
                        listed.append((t[1], t[3], "verbless" if not has_verb else "verb", " ".join(x[1] for x in sentence)))
    for (tag, where), n in sorted(counts.items()):
        if where in ("no other verb", "with a verb"):
            print(f"{tag:6} {where:14} {n}")
    if args.list:
        for word, tag, where, sentence in listed:
            print(f"{word}\t{tag}\t{where}\t{sentence}")


if __name__ == "__main__":
    main()
