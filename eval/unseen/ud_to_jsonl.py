#!/usr/bin/env python3
"""Writes the raw sentences of UD treebanks as Warta input: one JSON Lines document per sentence.

usage: ud_to_jsonl.py LANG FILE.conllu... > OUT.jsonl

Each document's id is the treebank's sent_id, its text the `# text =` line, its language LANG and its published date
fixed (2024-01-15), so a run is repeatable. Never give it a *-test.conllu file: those are kept for final figures.
"""
import json
import sys

PUBLISHED = "2024-01-15"


def sentences(path):
    sent_id = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# sent_id ="):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text =") and sent_id is not None:
                yield sent_id, line.split("=", 1)[1].strip()
                sent_id = None


def main(argv):
    lang, files = argv[1], argv[2:]
    for path in files:
        if "-test." in path:
            sys.exit(f"{path}: test files are not used for this measurement")
        for sent_id, text in sentences(path):
            print(json.dumps({"id": sent_id, "text": text, "lang": lang, "published": PUBLISHED}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
