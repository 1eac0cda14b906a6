#!/usr/bin/env python3
"""Checks that every affixed form of the Indonesian event lexicon reaches its root through Warta's analyser.

For every word of the event lexicon (data/id/events/predicates.tsv V and N rows, the lemmas of
data/id/events/verb-patterns/verbs.tsv, the roots of data/id/lexicon/event-roots.txt) it asks the analyser for the
word's own root and derivation (root, derivational prefixes ber-/per-/peN-/ke-, suffixes), then writes the forms that
derivation takes and checks that the analyser brings each back to the same root and derivation, and gives di- forms the
passive voice and meN- forms the active:
  - a verb with no derivational prefix (menyerahkan): meN-, di-, the bare form when it has a suffix (serahkan), and -nya
    on the meN- and di- forms;
  - memper-/diper- verbs: both voices; ber- verbs and event nouns (serangan, perundingan, kekerasan): the form and -nya;
  - a bare event root (bentrok): meN-, di-, meN-…-kan, di-…-kan, meN-…-i, di-…-i, ber-, ter-, peN-…-an, per-…-an,
    ke-…-an and -an, counted only where the form is attested as a word of the UD Indonesian training treebanks (CSUI
    train, GSD dev; never the test files), since a root takes only some of these.
Each failure is given one cause:
  root-missing   the expected root is not in data/id/roots.tsv, so no analysis can reach it
  lexicalised    the analyser keeps the form whole (lexicalised.txt or a learnt exception)
  assimilation   a meN-/peN- form reaches another root that differs from the right one only in its first letter
                 (the nasal was undone the wrong way)
  ambiguity      another known root wins (a longer or more frequent root, a different split)
  derivation     the right root, another derivation (a missing or extra ber-/per-/-kan/-i/-an)
  voice          the right root and derivation, the wrong voice
Usage: python3 tools/lexicon/indonesian_affix_check.py [--list] [--data DIR] [--warta ./warta]   (run from the repository root)
"""
import argparse
import collections
import os
import json
import re
import subprocess


from data_rows import rows
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
UD = os.path.join(ROOT, "..", "shared", "ud", "id")
UD_FILES = ["id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu"]
GOLD_FILES = [os.path.join(ROOT, "eval", "dev", "dev-gold.json")] + [
    os.path.join(ROOT, "..", "shared", "gold", name) for name in ("plover-gsr-dev.id.json", "articles-dev.id.json")]
VOWELS = set("aeiou")
DERIVATIONAL = {"ber": "ber", "per": "per", "peN": "peN", "ke": "ke", "se": "se", "memper": "per", "diper": "per"}


def lexicon_words():
    """(word, kind) for every single-word entry: V, N, or R (a bare event root)."""
    words = {}
    for r in rows(os.path.join(ROOT, "data", "id", "events", "predicates.tsv")):
        if len(r) >= 2 and " " not in r[1]:
            words.setdefault(r[1].lower(), r[0])
    for r in rows(os.path.join(ROOT, "data", "id", "events", "verb-patterns", "verbs.tsv")):
        if len(r) >= 2 and " " not in r[1]:
            words.setdefault(r[1].lower(), "V")
    for r in rows(os.path.join(ROOT, "data", "id", "lexicon", "event-roots.txt")):
        if " " not in r[0]:
            words.setdefault(r[0].lower(), "R")
    return words


def roots():
    return {r[0].replace(" ", "") for r in rows(os.path.join(DATA, "id", "roots.tsv"))}


def attested():
    """Lower-case words of the UD Indonesian training treebanks and of the Indonesian documents of half A (positions
    0, 2, 4 … of each gold file, tools/coding/score_halves.py) of the dev sets."""
    forms = set()
    for path in GOLD_FILES:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for doc in json.load(f)[::2]:
                    if doc.get("lang", "id") == "id":
                        forms.update(w.lower() for w in re.findall(r"[A-Za-z]+", doc["text"]))
    for name in UD_FILES:
        for r in rows(os.path.join(UD, name)):
            if len(r) > 1 and "-" not in r[0] and "." not in r[0]:
                forms.add(r[1].lower())
            elif len(r) > 1 and "-" in r[0]:
                forms.add(r[1].lower())
    return forms


def nasal(prefix, root):
    """meN-/peN- + root with the standard assimilation (prefix is 'me' or 'pe')."""
    first = root[0]
    if sum(1 for c in root if c in VOWELS) == 1:
        return prefix + "nge" + root  # one syllable: mengebom, pengeboman
    if first in VOWELS:
        return prefix + "ng" + root
    if first == "k":
        return prefix + "ng" + (root if root[1:2] in ("h", "l", "r") else root[1:])
    if first in "ghqx":
        return prefix + "ng" + root
    if first == "p":
        return prefix + "m" + (root if root[1:2] in ("l", "r") else root[1:])
    if first in "bfv":
        return prefix + "m" + root
    if first == "t":
        return prefix + "n" + (root if root[1:2] == "r" else root[1:])
    if first == "s":
        return prefix + ("n" + root if root[1:2] in ("y", "k", "l", "p", "t", "w") else "ny" + root[1:])
    if first in "cdjz":
        return prefix + "n" + root
    return prefix + root


def er_prefix(prefix, root):
    return prefix[:-1] + root if root[0] == "r" else prefix + root


DATA = os.path.join(ROOT, "data")


def analyse(words, warta):
    """The analyser's (lemma, derivation, voice) for each word, in order."""
    text = "".join(w + " .\n" for w in words)
    out = subprocess.run([warta, "analyze", "--lang", "id", "--data", DATA], input=text, capture_output=True, text=True, check=True,
                         env=dict(os.environ, WARTA_SLIM="0"), cwd=ROOT).stdout
    starts, offset = {}, 0
    for i, w in enumerate(words):
        starts[offset] = i
        offset += len(w) + 3
    results = [None] * len(words)
    for line in out.splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        misc = dict(f.split("=", 1) for f in cols[9].split("|") if "=" in f)
        index = starts.get(int(misc.get("Start", -1)))
        if "-" in cols[0] or index is None or results[index] is not None:
            continue  # a clitic group's own line, a later part of a word, or the full stop
        feats = dict(f.split("=", 1) for f in cols[5].split("|") if "=" in f)
        prefixes = [DERIVATIONAL[p] for p in feats.get("Prefix", "").split(",") if p in DERIVATIONAL]
        suffixes = [s for s in feats.get("Suffix", "").split(",") if s]
        results[index] = (cols[2].lower(), tuple(prefixes), tuple(suffixes), feats.get("Voice", ""))
    results = [r or ("", (), (), "") for r in results]
    return results


def generate(word, kind, analysis, known_forms):
    """(form, expected root, expected derivation or None for 'any', expected voice or '') for one lexicon word."""
    lemma, prefixes, suffixes, _ = analysis
    lemma = lemma.replace(" ", "")  # a multiword root is written solid inside an affixed form (menandatangani)
    suffix = "".join(suffixes)
    forms = [(word, lemma, (prefixes, suffixes), "")]
    if kind == "R" or (kind == "V" and lemma == word):
        # A bare root (bentrok, yakin, tiba) takes only some affixes: its attested forms are checked with every root's.
        return [(word, word, None, "")]
    if kind == "V" and not prefixes:
        active = nasal("me", lemma) + suffix
        forms += [(active, lemma, (prefixes, suffixes), "Act"), ("di" + lemma + suffix, lemma, (prefixes, suffixes), "Pass"),
                  (active + "nya", lemma, (prefixes, suffixes), "Act"),
                  ("di" + lemma + suffix + "nya", lemma, (prefixes, suffixes), "Pass")]
        if suffix:
            forms.append((lemma + suffix, lemma, (prefixes, suffixes), ""))
    elif kind == "V" and prefixes == ("per",) and word.startswith("memper"):
        forms += [("memper" + word[6:], lemma, (prefixes, suffixes), "Act"),
                  ("diper" + word[6:], lemma, (prefixes, suffixes), "Pass")]
    else:
        forms.append((word + "nya", lemma, (prefixes, suffixes), ""))
    return forms


def nasal_variants(prefix, root):
    """The standard meN-/peN- form and, for p-, t-, k- and s-roots, the form that keeps the consonant (mempengaruhi,
    mentaati, mengkaji, mensinyalir), which news writes often."""
    forms = {nasal(prefix, root)}
    if root[0] in "ptks" and len(root) > 2:
        forms.add(prefix + {"p": "m", "t": "n", "k": "ng", "s": "n"}[root[0]] + root)
    return forms


def attested_forms(root, known_forms):
    """The affixed forms of a root the attested words hold: meN-, di-, ter-, ber-, memper-/diper- with -kan, -i or
    nothing; peN-…-an, per-…-an, ke-…-an, -an; each also with -nya. (form, root, None, voice)."""
    stems = set()
    for suffix in ("", "kan", "i"):
        stems.update((f + suffix, "Act") for f in nasal_variants("me", root))
        stems.add(("di" + root + suffix, "Pass"))
        stems.add(("memper" + root + suffix, "Act"))
        stems.add(("diper" + root + suffix, "Pass"))
        stems.add((er_prefix("ter", root) + suffix, ""))
        stems.add((er_prefix("ber", root) + suffix, ""))
        if suffix:
            stems.add((root + suffix, ""))
    stems.update((f + "an", "") for f in nasal_variants("pe", root))
    stems.update({(er_prefix("per", root) + "an", ""), ("ke" + root + "an", ""), (root + "an", "")})
    forms = set(stems) | {(f + "nya", v) for f, v in stems}
    return [(f, root, None, v) for f, v in sorted(forms) if f in known_forms and f != root]


def cause(form, expected, derivation, voice, got, known_roots, lexicalised):
    """Why a form fails, or None when it reaches its root, derivation and voice."""
    lemma, prefixes, suffixes, got_voice = got
    lemma = lemma.replace(" ", "")
    if expected not in known_roots and expected not in lexicalised:
        return "root-missing"
    if lemma != expected:
        if lemma == form or form in lexicalised or lemma in lexicalised:
            return "lexicalised"
        if form[:2] in ("me", "pe") and lemma[1:] == expected[1:] or lemma[1:] == expected or lemma == expected[1:]:
            return "assimilation"
        return "ambiguity"
    if derivation is not None and (prefixes, suffixes) != derivation:
        return "derivation"
    if voice and got_voice != voice:
        return "voice"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every failure")
    parser.add_argument("--warta", default=os.path.join(ROOT, "warta"))
    parser.add_argument("--data", help="the data folder the analyser loads (default: the repository's data/), to "
                        "measure another root list against the same event lexicon")
    args = parser.parse_args()
    global DATA
    DATA = os.path.abspath(args.data) if args.data else DATA
    words = lexicon_words()
    known_roots = roots()
    lexicalised = {r[0] for r in rows(os.path.join(DATA, "id", "lexicalised.txt"))}
    exceptions = {r[0] for r in rows(os.path.join(DATA, "id", "lemma-exceptions.tsv")) if r[0] == r[1]}
    lexicalised_or_exception = lexicalised | exceptions
    order = sorted(words)
    own = dict(zip(order, analyse(order, args.warta)))
    known_forms = attested()
    failures = collections.defaultdict(list)
    checks = []
    done_roots = set()
    for w in order:
        lemma = own[w][0].replace(" ", "")
        if words[w] == "R" and w not in known_roots:
            failures["root-missing"].append((w, w, own[w]))
        elif words[w] != "R" and lemma not in known_roots and not (own[w][1:3] == ((), ()) and w in lexicalised_or_exception):
            failures["root-missing"].append((w, "?", own[w]))  # no root of the word's own analysis is known: a guess
        else:
            checks.extend(generate(w, words[w], own[w], known_forms))
            if own[w][0] and lemma in known_roots and lemma not in done_roots:
                done_roots.add(lemma)
                checks.extend(attested_forms(lemma, known_forms))
    got = analyse([c[0] for c in checks], args.warta)
    seen = set()
    for (form, expected, derivation, voice), g in zip(checks, got):
        if (form, expected) in seen:
            continue
        seen.add((form, expected))
        why = cause(form, expected, derivation, voice, g, known_roots, lexicalised_or_exception)
        if why:
            failures[why].append((form, expected, g))
    total = len(seen) + len(failures["root-missing"])
    failed = sum(len(v) for v in failures.values())
    print(f"{len(words)} lexicon words, {total} forms checked, {failed} failures")
    for why in ("root-missing", "lexicalised", "assimilation", "ambiguity", "derivation", "voice"):
        print(f"  {why:13} {len(failures[why])}")
    if args.list:
        for why, items in sorted(failures.items()):
            for form, expected, (lemma, prefixes, suffixes, voice) in items:
                print(f"{why}\t{form}\texpected {expected}\tgot {lemma} {'+'.join(prefixes) or '-'} "
                      f"{'+'.join(suffixes) or '-'} {voice or '-'}")


if __name__ == "__main__":
    main()
