#!/usr/bin/env python3
"""Generates data/en/events/predicates-petrarch.tsv from the verb patterns of PETRARCH-2's CAMEO.2.0.txt.

Only the simple, reliable facts are kept: a verb block's (or a verb line's) own CAMEO code as the verb's default, and
object-side patterns ('- * WORDS [code]', '- * (PREP WORDS) [code]') as cue phrases. Subject-side patterns, patterns with
source/target markers ($ + ^ % !), codes outside data/cameo/codes.tsv and vague patterns are dropped. Entries the
hand-written predicates.tsv already has (same predicate and cue; or any default of the same verb) are left out, and an
imported cue entry takes the actor hints (targets, sources, flags) of the hand-written default of its verb.

Verb defaults are measured but not written: on the dev and held-out gold sets they added false positives (target, remove,
release, order, hope...) and no true positive, so only cue patterns are kept unless --with-defaults is given.

Usage: python3 tools/lexicon/import_petrarch.py [--with-defaults] [CAMEO.2.0.txt] [repo root]
Stdlib only; not part of the runtime path. Re-run it after changing this script or predicates.tsv; do not edit the output.
"""
import os
import re
import sys
from collections import Counter, defaultdict

from petrarch_words import singular

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_SOURCE = os.path.normpath(os.path.join(ROOT, "..", "shared", "reference", "petrarch2", "CAMEO.2.0.txt"))

# Verbs so common that a default code would fire on nearly every sentence: they keep only their cue patterns.
COMMON_VERBS = set("""be have make take get give say go come see put hold keep set run call tell show leave turn bring move start
open do use find know think look want become begin seem help play stay let mean continue follow lead carry pass""".split())
# Auxiliary and copula words: a PETRARCH verb line built on them ('IS_DETERMINED') is a construction, not a verb.
AUXILIARIES = {"is", "was", "were", "are", "am", "be", "been", "being", "will", "would", "has", "have", "had", "is_to"}
MARKERS = set("$+^%!")
# Synonym sets of ordinary, non-political acts: Warta codes no event for "the suspect committed a crime".
NON_EVENT_SETS = {"&CRIME"}
# Cue words too vague to refine a code by themselves.
VAGUE_CUES = {"it", "them", "him", "her", "this", "that", "up", "out", "off", "down", "back", "on", "in", "over", "away",
              "forward", "to", "for", "with", "at", "by", "from", "a", "the", "and", "of", "not", "no", "more", "new"}
# Head nouns English news writes another way that PETRARCH-2's patterns never list: "ties" is the usual word for a
# country's relations ("restored diplomatic ties"), so a cue headed by "relation" is also written with "ties".
CUE_HEAD_SYNONYMS = {"relation": "ties"}


def with_synonyms(cues):
    """The cues, each followed by its variant with a head synonym (the head is the cue's last word)."""
    out = []
    for cue in cues:
        out.append(cue)
        words = cue.split()
        if words and words[-1] in CUE_HEAD_SYNONYMS:
            out.append(" ".join(words[:-1] + [CUE_HEAD_SYNONYMS[words[-1]]]))
    return out


def clean_word(raw):
    word = raw.strip("+_").replace("_", " ").lower()
    if not word or not re.fullmatch(r"[a-z][a-z' -]*", word):
        return None
    return " ".join(singular(w) for w in word.split())


def read_sections(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [l.rstrip("\n") for l in f]
    start_syn = next(i for i, l in enumerate(lines) if l.startswith("####### SYNONYM SETS"))
    start_verbs = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    end_verbs = next(i for i, l in enumerate(lines) if l.startswith("######## TRANSFORMATIONS"))
    return lines[start_syn + 1:start_verbs], lines[start_verbs + 1:end_verbs]


def read_synonyms(lines):
    sets, current = {}, None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        if text.startswith("&"):
            current = text.split()[0].upper()
            sets[current] = []
        elif text.startswith("+") and current:
            word = clean_word(text.split()[0])
            if word and word not in sets[current]:
                sets[current].append(word)
    return sets


def code_of(text):
    """The first code of '[042:043]', or None for '---', an empty source code or a malformed bracket."""
    m = re.search(r"\[([^\]]*)\]", text)
    if not m:
        return None
    code = m.group(1).strip().split(":")[0].strip()
    return code if re.fullmatch(r"\d{2,4}", code) else None


def tokens(body):
    """Groups '(...)', '{...}' and single words of a pattern body."""
    return re.findall(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+", body)


def expand(words, sets):
    """The phrases a word sequence stands for: '&SET' gives one phrase per set member; at most one set per phrase."""
    phrases = [[]]
    set_count = 0
    for w in words:
        if w.startswith("&"):
            set_count += 1
            members = sets.get(w.upper())
            if not members or set_count > 1:
                return []
            phrases = [p + [m] for p in phrases for m in members]
        else:
            word = clean_word(w)
            if word is None:
                return []
            phrases = [p + [word] for p in phrases]
    return [" ".join(p) for p in phrases if p]


def pattern_cues(body, sets):
    """Cue phrases of an object-side pattern body (the text after '*'), and whether a qualifier was cut off."""
    if any(c in MARKERS for c in body) or any(s in body.upper().split() for s in NON_EVENT_SETS):
        return [], False
    parts = tokens(body)
    words, rest = [], []
    for i, part in enumerate(parts):
        if part.startswith("("):
            rest = parts[i:]
            break
        words.extend(part.strip("{}").split())
    if words:
        return expand(words, sets), bool(rest)
    if len(rest) == 1:
        inner = rest[0].strip("()").split()
        inner = [w for p in inner for w in p.strip("{}").split()]
        if len(inner) >= 2:
            return expand(inner, sets), False
    return [], False


def lemma_of(raw):
    head = raw.split("{")[0].split("[")[0].split("#")[0].strip()
    if not head or " " in head:
        return None
    parts = [p for p in head.strip("+").lower().split("_") if p]
    if not parts or any(not re.fullmatch(r"[a-z][a-z-]*", p) for p in parts):
        return None
    if parts[0] in AUXILIARIES or parts[0].endswith("ed") and len(parts) > 1:
        return None
    return " ".join(parts)


def read_blocks(lines, sets, codebook):
    """Yields (lemma, code, cue or '', qualified) facts from the verb blocks."""
    block_code, lemmas, line_codes = None, [], {}
    for line in lines + ["---  END   [---]  ---"]:
        if line.startswith("---"):
            for lemma in lemmas:
                code = line_codes.get(lemma, block_code)
                if code in codebook:
                    yield lemma, code, "", False
            block_code, lemmas, line_codes = code_of(line), [], {}
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("-"):
            body, _, comment = line.partition("#")
            code = code_of(body)
            if code not in codebook:
                continue
            pattern = re.sub(r"\[[^\]]*\]", "", body[1:]).strip()
            before, star, after = pattern.partition("*")
            if not star or before.strip():
                continue
            cues, qualified = pattern_cues(after, sets)
            cues = with_synonyms(cues)
            named = comment.split()[0].lower().replace("_", " ") if comment.split() else ""
            verbs = [l for l in lemmas if l == named or l.split()[0] == named] or lemmas
            for lemma in verbs:
                for cue in cues:
                    yield lemma, code, cue, qualified
            continue
        lemma = lemma_of(line)
        if lemma and lemma not in lemmas:
            lemmas.append(lemma)
            own = code_of(line.split("#", 1)[0])
            if own:
                line_codes[lemma] = own


def choose(facts):
    """One code per (lemma, cue): an unqualified pattern over a qualified one; the most frequent code; none when tied."""
    by_key = defaultdict(list)
    for lemma, code, cue, qualified in facts:
        by_key[(lemma, cue)].append((qualified, code))
    chosen = {}
    for key, options in by_key.items():
        best = min(q for q, _ in options)
        counts = Counter(c for q, c in options if q == best).most_common()
        if len(counts) > 1 and counts[0][1] == counts[1][1]:
            continue
        chosen[key] = counts[0][0]
    return chosen


def read_codebook(root):
    codes = set()
    with open(os.path.join(root, "data", "cameo", "codes.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                codes.add(line.split("\t")[0].strip())
    return codes


def read_hand_written(root):
    """(kind, predicate, cue) keys of predicates.tsv, and each verb's default actor hints."""
    keys, hints = set(), {}
    with open(os.path.join(root, "data", "en", "events", "predicates.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = (line.rstrip("\n").split("\t") + ["-"] * 7)[:7]
            kind, predicate = cols[0].strip(), " ".join(cols[1].lower().split())
            cues = [" ".join(c.lower().split()) for c in cols[3].split("|") if c.strip() not in ("", "-")]
            for cue in cues or [""]:
                keys.add((kind, predicate, cue))
            if kind == "V" and not cues:
                hints.setdefault(predicate, tuple(c.strip() or "-" for c in cols[4:7]))
    return keys, hints


HEADER = """# English event predicates imported from PETRARCH-2's verb dictionary: verbs with object cue patterns.
# GENERATED by tools/lexicon/import_petrarch.py from ../shared/reference/petrarch2/CAMEO.2.0.txt (PETRARCH-2,
# openeventdata/petrarch2, MIT licence, (c) 2015 Open Event Data Alliance / Parus Analytics). Regenerate; do not edit by hand.
# Same columns as predicates.tsv (kind, predicate, code, cues, targets, sources, flags). Loaded after predicates.tsv: a
# hand-written entry with the same kind, predicate and cue wins, and a hand-written default of a verb is never overridden.
# Kept: '- * WORDS [code]' and '- * (PREP WORDS) [code]' object patterns as cues of the verb named in the pattern's comment
# (else of every verb of its block; '&SET' expanded, plural cue words made singular); the first code of 'a:b'; per verb and
# cue the code of an unqualified pattern, else the most frequent one. Dropped: verb defaults (they cost precision on the
# gold sets and gained nothing; --with-defaults writes them), subject-side patterns, patterns with $ + ^ % ! markers,
# '---' and codes not in data/cameo/codes.tsv, vague cues.
# Codes: CAMEO 1.1b3 (data/cameo/codes.tsv).
# kind\tpredicate\tcode\tcues\ttargets\tsources\tflags
"""


def main():
    args = [a for a in sys.argv[1:] if a != "--with-defaults"]
    with_defaults = "--with-defaults" in sys.argv[1:]
    source = args[0] if args else DEFAULT_SOURCE
    root = args[1] if len(args) > 1 else ROOT
    codebook = read_codebook(root)
    synonym_lines, verb_lines = read_sections(source)
    sets = read_synonyms(synonym_lines)
    chosen = choose(read_blocks(verb_lines, sets, codebook))
    hand, hints = read_hand_written(root)

    rows = defaultdict(list)
    for (lemma, cue), code in sorted(chosen.items()):
        if cue == "" and not with_defaults:
            continue
        if cue == "" and (lemma in COMMON_VERBS or lemma.split()[0] in COMMON_VERBS and len(lemma.split()) == 1):
            continue
        if cue in VAGUE_CUES:
            continue
        if ("V", lemma, cue) in hand or (cue == "" and lemma in hints):
            continue
        rows[(lemma, code, cue == "")].append(cue)

    out_path = os.path.join(root, "data", "en", "events", "predicates-petrarch.tsv")
    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for (lemma, code, is_default), cues in sorted(rows.items()):
            targets, sources, flags = hints.get(lemma, ("-", "-", "-"))
            cue_text = "-" if is_default else "|".join(sorted(set(cues)))
            out.write(f"V\t{lemma}\t{code}\t{cue_text}\t{targets}\t{sources}\t{flags}\n")
            count += 1
    print(f"{out_path}: {count} lines, {sum(len(c) for c in rows.values())} cues", file=sys.stderr)


if __name__ == "__main__":
    main()
