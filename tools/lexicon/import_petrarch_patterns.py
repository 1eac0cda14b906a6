#!/usr/bin/env python3
"""Imports PETRARCH-2's whole verb dictionary (CAMEO.2.0.txt) as dependency patterns: data/en/events/verb-patterns/.

Every synonym set, every verb and every pattern of the "SYNONYM SETS" and "VERB PATTERNS" sections is read. Each pattern's
elements are mapped onto Universal Dependencies relations of the verb (docs/lexicon.md describes the format):

  PETRARCH-2                         dependency element
  X *        (noun before the verb)  nsubj=x                  the logical subject (agent of a passive)
  * X        (first noun after)      obj=x                    later nouns: iobj|obj
  * {A B X}  (noun phrase, head X)   obj=a b x                the last word is the head, the others depend on it
  * (P X)    (prepositional phrase)  obl[p]=x                 after a noun: ~obl[p] (verb's obl or the noun's nmod)
  * N (OF X)                         obj/nmod[of]=x           'of' phrases hang on the noun before them
  * (P)      (preposition alone)     obl[p]=<any>             '(P) +' reads as obl[p]=<target> (TABARI word order)
  $ / + / ^ / %                      <source> / <target> / <any> / <both>
  $ X        (actor before a noun)   X's element + .../nmod:poss|amod|compound|nmod=<source>
  * UP, OFF, DOWN...                 compound:prt=up
  * VERB     (a verb-only word)      xcomp=verb               "ask * intervene"
  WILL NOT * (auxiliaries)           aux=will ; advmod=not
  &SET                               &SET (the set's phrases)

Codes: '[a]' forward code a (source -> target); '[a:b]' adds the reverse event b (target -> source); '[:b]' only the reverse
event; '[---]' no event (the pattern blocks the verb's code). A later pattern with the same class and elements overrides an
earlier one, as PETRARCH-2's dictionary tree does; the earlier one is reported as shadowed.

Writes synsets.tsv, verbs.tsv and patterns.tsv under data/en/events/verb-patterns/ and docs/lexicon-petrarch-unmapped.tsv
(every verb or pattern that cannot be mapped, with the reason), and prints the counts.

Usage: python3 tools/lexicon/import_petrarch_patterns.py [CAMEO.2.0.txt] [repo root]
Stdlib only; not part of the runtime path. Deterministic: re-running on the same input gives the same files.
"""
import os
import re
import sys
from collections import Counter, OrderedDict

from petrarch_words import singular

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_SOURCE = os.path.normpath(os.path.join(ROOT, "..", "shared", "reference", "petrarch2", "CAMEO.2.0.txt"))
SOURCE_NAME = "CAMEO.2.0.txt"

# Words after a verb that are phrasal-verb particles in UD English (compound:prt).
PARTICLES = {"up", "down", "out", "off", "back", "away", "aside", "apart", "together", "forth", "behind"}
# Particles that UD also tags advmod ("look forward", "go ahead").
ADVERB_PARTICLES = {"forward", "ahead", "home", "abroad", "closer", "further"}
# Prepositions: a bare one in a pattern opens a prepositional phrase (TABARI word order).
PREPOSITIONS = {"to", "for", "of", "in", "on", "with", "from", "against", "into", "at", "by", "as", "over", "about",
                "toward", "towards", "through", "after", "before", "under", "between", "behind", "near", "onto", "upon",
                "via", "without", "within", "across", "along", "outside", "inside", "until", "beyond", "among", "around",
                "amid", "despite", "like", "off", "out", "up", "down", "since", "throughout", "during", "per"}
# Words that can be a particle or a preposition ("listen in", "embark on X").
PARTICLE_OR_PREPOSITION = {"in", "on", "over", "about", "through", "around", "across", "along", "by"}
AUXILIARIES = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have", "had",
               "is", "was", "were", "are", "am", "be", "been", "being", "is_to", "do", "does", "did"}
PASSIVE_AUXILIARIES = {"been", "being"}
NEGATORS = {"not", "never", "n't"}
ARTICLES = {"the", "a", "an"}
# Words that join clauses: a pattern that needs them describes a sentence, not a verb's dependents.
CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "if", "when", "while", "because", "unless", "whether", "and",
                "or", "but", "so", "than", "then", "where", "what", "how", "why"}

UD_RELATIONS = None  # filled from the loader's list at run time is not possible (C#); kept in sync by tests


def read_lemma_classes(root):
    """lemma -> set of UPOS from data/en/lemmas.tsv (UD EWT facts): tells a verb-only word from a noun."""
    classes = {}
    path = os.path.join(root, "data", "en", "lemmas.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                classes[cols[0]] = set(cols[1].split(","))
    return classes


def read_codebook(root):
    codes = set()
    with open(os.path.join(root, "data", "cameo", "codes.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                codes.add(line.split("\t")[0].strip())
    return codes


class Problem(Exception):
    """A pattern or verb that cannot be mapped; the message is the reason."""


# ---------------------------------------------------------------- reading the file

def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [l.rstrip("\n").rstrip("\r") for l in f]


def sections(lines):
    start_syn = next(i for i, l in enumerate(lines) if l.startswith("####### SYNONYM SETS"))
    start_verbs = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    end_verbs = next(i for i, l in enumerate(lines) if l.startswith("######## TRANSFORMATIONS"))
    return (start_syn + 1, start_verbs), (start_verbs + 1, end_verbs), end_verbs + 1


def read_synsets(lines, span):
    """OrderedDict name -> list of (phrase, line number). Members are lower-case lemmas: the head (last word) made singular
    unless the member or the set name ends in '_' (PETRARCH-2 then makes no plural: not a noun)."""
    sets, current, no_plural = OrderedDict(), None, False
    for n in range(*span):
        text = lines[n].split("#", 1)[0].strip()
        if not text:
            continue
        if text.startswith("&"):
            current = text.split()[0]
            no_plural = current.endswith("_")
            current = current.rstrip("_")
            sets.setdefault(current, [])
        elif text.startswith("+") and current:
            raw = text[1:].strip()
            keep = no_plural or raw.endswith("_")
            words = [w for w in raw.strip("_").replace("_", " ").lower().split() if w]
            if not words:
                continue
            if not keep:
                words[-1] = singular(words[-1])
            phrase = " ".join(words)
            if phrase not in [p for p, _ in sets[current]]:
                sets[current].append((phrase, n + 1))
    return sets


CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_code(text, codebook):
    """(forward, reverse) from '[a]', '[a:b]', '[:b]', '[---]'; Problem for anything else."""
    inner = text.strip()
    if inner == "---":
        return "---", "-"
    forward, sep, reverse = inner.partition(":")
    forward, reverse = forward.strip(), reverse.strip()
    for code in (forward, reverse):
        if code and code != "---" and not re.fullmatch(r"\d{2,4}", code):
            raise Problem(f"code '[{inner}]' is not a CAMEO code (PETRARCH-2 defines no flag such as '{code}')")
        if code and code != "---" and code not in codebook:
            raise Problem(f"code {code} is not in data/cameo/codes.tsv (CAMEO 1.1b3)")
    return (forward or "---"), (reverse or "-")


# ---------------------------------------------------------------- pattern tokens

def tokenize(side):
    """Items of one side of a pattern: ('pp', prep, [tokens]) for '(...)', ('np', [words]) for '{...}', ('w', word)."""
    items, i = [], 0
    text = side.replace("*", " ").replace("\t", " ")
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "(":
            j = text.find(")", i)
            if j < 0:
                raise Problem("unbalanced '(' in the pattern")
            inner = text[i + 1:j]
            parts = tokenize(inner)
            if not parts or parts[0][0] != "w":
                raise Problem("a '(...)' phrase that does not start with a preposition")
            items.append(("pp", parts[0][1], parts[1:]))
            i = j + 1
        elif c == "{":
            j = text.find("}", i)
            if j < 0:
                raise Problem("unbalanced '{' in the pattern")
            words = text[i + 1:j].replace("_", " ").split()
            items.append(("np", words))
            i = j + 1
        elif c in ")}":
            raise Problem(f"unbalanced '{c}' in the pattern")
        else:
            j = i
            while j < len(text) and not text[j].isspace() and text[j] not in "(){}":
                j += 1
            word = text[i:j]
            if "_" in word.strip("_") and not word.startswith("&"):
                items.append(("np", [w for w in word.split("_") if w]))
            else:
                items.append(("w", word.strip("_")))
            i = j
    return items


MARKERS = {"$": "<source>", "+": "<target>", "^": "<any>", "%": "<both>"}

MODIFIER_RELATIONS = "nmod:poss|amod|compound|nmod"


class Mapper:
    """Maps the items of a pattern onto dependency elements."""

    def __init__(self, synsets, lemma_classes):
        self.synsets = synsets
        self.classes = lemma_classes

    def word(self, raw):
        """A lexical word of the pattern: lower-case lemma, or '&SET'."""
        if raw.startswith("&"):
            name = raw.rstrip("_")
            if name not in self.synsets:
                raise Problem(f"synonym set {name} is not defined")
            return name
        word = raw.lower().strip("_")
        alternatives = word.split("/")
        if not all(re.fullmatch(r"[a-z][a-z'.\-]*|[0-9]+", w) for w in alternatives):
            raise Problem(f"'{raw}' is not a word")
        return "|".join(alternatives)      # TABARI's "BY/WITH" disjunction: alternatives

    def is_verb_only(self, word):
        cls = self.classes.get(word)
        return bool(cls) and "VERB" in cls and not cls & {"NOUN", "ADJ", "PROPN", "NUM", "ADV"}

    def noun_filler(self, words):
        """Filler of a noun phrase: the last word is the head (made singular), the others its dependents."""
        out = [self.word(w) for w in words if w.lower() not in ARTICLES]
        if not out:
            raise Problem("a noun phrase of articles only")
        if not out[-1].startswith("&"):
            out[-1] = "|".join(singular(w) for w in out[-1].split("|"))
        return " ".join(out)

    def map(self, pre, post):
        elements = []
        passive = any(t == ("w", w) for w in ("BEEN", "BEING") for t in pre)
        self.side(pre, elements, subject_side=True)
        self.side(post, elements, subject_side=False)
        if passive:
            elements = [e.replace("nsubj=", "obj=", 1) if e.startswith("nsubj=") else e for e in elements]
            elements = [("nsubj=" + e.split("=", 1)[1]) if e.startswith("obl[by]=") else e for e in elements]
            elements = [e for e in elements if not e.startswith("aux=be")]
        return elements

    def side(self, items, elements, subject_side):
        """Appends the elements of one side of the verb. 'anchor' is the path of the last nominal: an 'of' phrase (and any
        phrase on the subject side) hangs on it."""
        anchor = None
        objects = 0
        pending_marker = None    # an actor marker waiting for the noun it modifies ("$ TROOP")
        i = 0
        while i < len(items):
            item = items[i]
            kind = item[0]
            if kind == "w" and item[1] in MARKERS:
                role = MARKERS[item[1]]
                nxt = items[i + 1] if i + 1 < len(items) else None
                if role != "<any>" and nxt is not None and self.is_nominal(nxt):
                    pending_marker = role
                    i += 1
                    continue
                if role == "<any>" and (anchor is not None or objects > 0):
                    i += 1          # '^' after a noun skips a phrase: it constrains nothing
                    continue
                if subject_side and any(e.startswith("nsubj=") for e in elements):
                    raise Problem("two nouns before the verb with nothing joining them: a TABARI word sequence")
                path = self.nominal_slot(subject_side, objects)
                if not subject_side:
                    objects += 1
                elements.append(f"{path}={role}")
                anchor = path
                i += 1
                continue
            if kind == "w":
                raw = item[1]
                low = raw.lower()
                if low in ARTICLES:
                    i += 1
                    continue
                if low in CLAUSE_WORDS:
                    raise Problem(f"clause word '{raw}': the pattern is a TABARI word sequence across clauses, not a verb's dependents")
                if subject_side and low in AUXILIARIES:
                    if low not in PASSIVE_AUXILIARIES:
                        elements.append("aux=" + ("be" if low in {"is", "was", "were", "are", "am", "be", "is_to"} else low))
                    i += 1
                    continue
                if low in NEGATORS:
                    elements.append("advmod=not")
                    i += 1
                    continue
                if low in AUXILIARIES:
                    raise Problem(f"auxiliary '{raw}' after the verb belongs to another verb of the sentence")
                preposition = low in PREPOSITIONS and not (not subject_side and low in PARTICLES)
                if preposition or (not subject_side and low in PARTICLE_OR_PREPOSITION):
                    # A bare preposition opens a phrase with the words after it (TABARI word order).
                    j = i + 1
                    consumed = []
                    if j < len(items) and items[j][0] == "w" and items[j][1] in MARKERS:
                        consumed.append(items[j])
                        j += 1
                    words = []
                    while j < len(items) and self.is_nominal(items[j]):
                        words.extend(items[j][1] if items[j][0] == "np" else [items[j][1]])
                        j += 1
                    if words:
                        consumed.append(("np", words))
                    if consumed:
                        self.prep_phrase(low, consumed, elements, anchor, subject_side)
                        anchor = self.last_path(elements)
                        i = j
                        continue
                    if not subject_side and low in PARTICLE_OR_PREPOSITION:
                        elements.append(f"compound:prt={low} || obl[{low}]=<any>")
                    elif subject_side:
                        raise Problem(f"preposition '{raw}' with nothing after it before the verb")
                    else:
                        elements.append(f"obl[{low}]=<any>")
                    i += 1
                    continue
                if not subject_side and low in PARTICLES:
                    elements.append(f"compound:prt={low}")
                    i += 1
                    continue
                if not subject_side and low in ADVERB_PARTICLES:
                    elements.append(f"compound:prt|advmod={low}")
                    i += 1
                    continue
                if subject_side and re.fullmatch(r"[a-z]+(ed|ing)", low) and any(
                        self.is_verb_only(stem) for stem in (low[:-2], low[:-1], low[:-3], low[:-3] + "e")):
                    raise Problem(f"verb form '{raw}' before the verb: a TABARI word sequence of two verbs")
                if not subject_side and "/" not in low and self.classes.get(low, {"NOUN"}) <= {"ADJ", "ADV"}:
                    cls = self.classes[low]
                    elements.append(f"{'xcomp' if 'ADJ' in cls else 'advmod'}={self.word(raw)}")
                    i += 1
                    continue
                item, kind = ("np", [raw]), "np"
            if kind == "np":
                words = list(item[1])
                j = i + 1
                while j < len(items) and items[j][0] in ("w", "np") and self.is_nominal(items[j]) \
                        and not (items[j][0] == "w" and items[j][1].lower() in PARTICLES | ADVERB_PARTICLES):
                    words.extend(items[j][1] if items[j][0] == "np" else [items[j][1]])
                    j += 1
                filler = self.noun_filler(words)
                if subject_side and any(e.startswith("nsubj=") for e in elements):
                    raise Problem("two nouns before the verb with nothing joining them: a TABARI word sequence")
                path = self.nominal_slot(subject_side, objects)
                if not subject_side and len(words) == 1 and "VERB" in self.classes.get(words[0].lower(), set()):
                    path = path + "|xcomp"     # "ask * intervene": a bare word that can be a verb may be its complement
                if not subject_side:
                    objects += 1
                elements.append(f"{path}={filler}")
                if pending_marker:
                    elements.append(f"{path}/{MODIFIER_RELATIONS}={pending_marker}")
                    pending_marker = None
                anchor = path
                i = j
                continue
            if kind == "pp":
                prep = item[1].lower()
                contents = item[2]
                if not contents and i + 1 < len(items) and items[i + 1][0] == "w" and items[i + 1][1] in ("$", "+"):
                    contents = [items[i + 1]]          # "(AGAINST) +": the phrase's object follows it
                    i += 1
                self.prep_phrase(prep, contents, elements, anchor, subject_side)
                anchor = self.last_path(elements)
                i += 1
                continue
            raise Problem(f"unexpected item {item!r}")
        if pending_marker:
            raise Problem("an actor marker with nothing after it on its side")

    def is_nominal(self, item):
        if item[0] == "np":
            return True
        if item[0] != "w":
            return False
        low = item[1].lower()
        return (item[1] not in MARKERS and low not in PREPOSITIONS and low not in AUXILIARIES and low not in CLAUSE_WORDS
                and low not in NEGATORS and low not in ARTICLES and not self.is_verb_only(low))

    @staticmethod
    def nominal_slot(subject_side, objects):
        if subject_side:
            return "nsubj"
        return "obj" if objects == 0 else "iobj|obj"

    @staticmethod
    def last_path(elements):
        return elements[-1].split("=", 1)[0].lstrip("~") if elements else None

    def prep_phrase(self, prep, contents, elements, anchor, subject_side):
        """Elements of a prepositional phrase: obl[prep] of the verb, or nmod[prep] of the nominal before it."""
        prep = self.word(prep) if not prep.startswith("&") else None
        if prep is not None and "|" in prep:
            prep = prep.replace("|", "|")
        if prep is None:
            raise Problem("a '(...)' phrase headed by a synonym set instead of a preposition")
        if subject_side:
            if anchor is None:
                raise Problem(f"'({prep.upper()} ...)' before the subject: no dependency counterpart")
            path, prefix = f"{anchor}/nmod[{prep}]", ""
        elif anchor is not None and prep == "of":
            path, prefix = f"{anchor}/nmod[of]", ""
        elif anchor is not None:
            path, prefix = f"obl[{prep}]", "~"
        else:
            path, prefix = f"obl[{prep}]", ""
        if not contents:
            elements.append(f"{prefix}{path}=<any>")
            return
        merged = []
        for part in contents:      # "(OF GROWING CRISIS)": consecutive words are one noun phrase, the last word its head
            if part[0] == "w" and part[1] not in MARKERS and part[1].lower() not in CLAUSE_WORDS and merged and merged[-1][0] == "np*":
                merged[-1][1].append(part[1])
            elif part[0] == "w" and part[1] not in MARKERS and part[1].lower() not in CLAUSE_WORDS:
                merged.append(("np*", [part[1]]))
            elif part[0] == "np" and merged and merged[-1][0] == "np*":
                merged[-1][1].extend(part[1])
            else:
                merged.append(part)
        contents = [("np", p[1]) if p[0] == "np*" else p for p in merged]
        pending = None
        noun_seen = False
        for part in contents:
            if part[0] == "w" and part[1] in MARKERS:
                role = MARKERS[part[1]]
                if role in ("<source>", "<target>") and part is not contents[-1]:
                    pending = role
                    continue
                if noun_seen:
                    if role == "<any>":
                        continue
                    raise Problem("two nouns in one prepositional phrase")
                elements.append(f"{prefix}{path}={role}")
                noun_seen = True
                continue
            if part[0] == "pp":
                raise Problem("a prepositional phrase nested in another")
            words = part[1] if part[0] == "np" else [part[1]]
            if part[0] == "w" and part[1].lower() in CLAUSE_WORDS:
                raise Problem(f"clause word '{part[1]}' inside a prepositional phrase")
            if noun_seen:
                raise Problem("two nouns in one prepositional phrase")
            elements.append(f"{prefix}{path}={self.noun_filler(words)}")
            noun_seen = True
            if pending:
                elements.append(f"{path}/{MODIFIER_RELATIONS}={pending}")
                pending = None
        if pending:
            raise Problem("an actor marker with no noun after it in a prepositional phrase")


# ---------------------------------------------------------------- verbs

def map_verb(raw_head, lemma_classes):
    """(lemma, elements) of a verb line's head: 'ACCELERATE', '+CALL_OFF', '+ASK_FOR', '+IS_DETERMINED', '+TAKE_LEAVE'."""
    head = raw_head.strip()
    if "_" not in head:
        word = head.lstrip("+").lower()
        if not re.fullmatch(r"[a-z][a-z'\-]*", word):
            raise Problem(f"verb '{raw_head}' is not a word")
        return word, []
    parts = head.split("_")
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    if len(marked) != 1:
        raise Problem(f"multi-word verb '{raw_head}' has no single '+' marking its verb")
    k = marked[0]
    words = [p.lstrip("+").lower() for p in parts]
    if any(w in CLAUSE_WORDS for w in words):
        raise Problem(f"'{raw_head}' joins two verbs ('and'/'or'): in a dependency tree each conjunct is a verb of its own (conj)")
    if k != 0:
        raise Problem(f"'{raw_head}': words before the verb are not supported")
    verb, rest = words[0], words[1:]
    elements = []
    if rest and rest[-1] == "by" and verb.endswith("ed"):
        # "+ANGERED_BY": a participle with its agent; the lemma is the verb's ("anger"), the by-phrase its obl
        stems = [verb[:-2], verb[:-1]]
        verb = next((s for s in stems if "VERB" in lemma_classes.get(s, set())), stems[0])
    if verb in AUXILIARIES:
        if not rest:
            raise Problem(f"'{raw_head}' is an auxiliary alone")
        verb, rest = rest[0], rest[1:]
        elements.append("cop|aux:pass=be")
    i = 0
    while i < len(rest):
        w = rest[i]
        last = i == len(rest) - 1
        if w in PARTICLES:
            elements.append(f"compound:prt={w}")
        elif w in ADVERB_PARTICLES:
            elements.append(f"compound:prt|advmod={w}")
        elif w in PARTICLE_OR_PREPOSITION and last:
            elements.append(f"compound:prt={w} || obl[{w}]=<any>")     # "listen in" (particle) or "embark on X" (an obl)
        elif w in PREPOSITIONS:
            if not last:
                nxt = rest[i + 1]
                elements.append(f"obl[{w}]={singular(nxt)}")
                i += 1
            else:
                elements.append(f"obl[{w}]=<any>")
        else:
            cls = lemma_classes.get(w, set())
            if "ADJ" in cls and "NOUN" not in cls:
                elements.append(f"xcomp={w}")
            else:
                elements.append(f"obj={singular(w)}")
                if i + 1 < len(rest) and rest[i + 1] == "of":
                    nxt = rest[i + 2] if i + 2 < len(rest) else None
                    elements.append(f"obj/nmod[of]={singular(nxt) if nxt else '<any>'}")
                    i += 2
        i += 1
    return verb, elements


def verb_forms(text):
    m = re.search(r"\{([^}]*)\}", text)
    if not m:
        return []
    forms = []
    for f in m.group(1).replace(",", " ").split():
        f = f.replace("+", "").replace("_", " ").lower().strip()
        if f and f not in forms:
            forms.append(f)
    return forms


# ---------------------------------------------------------------- main

HEADER_COMMON = """# GENERATED by tools/lexicon/import_petrarch_patterns.py from ../shared/reference/petrarch2/CAMEO.2.0.txt: PETRARCH-2's
# verb dictionary (openeventdata/petrarch2, MIT licence, (c) 2015 Open Event Data Alliance; dictionary development by
# Parus Analytics and the projects named in its header). Facts (words, classes, codes) re-expressed as dependency patterns by
# Warta's own script; regenerate, do not edit by hand. Format: docs/lexicon.md. Codes: CAMEO 1.1b3 (data/cameo/codes.tsv).
"""


def main():
    args = sys.argv[1:]
    source = args[0] if args else DEFAULT_SOURCE
    root = args[1] if len(args) > 1 else ROOT
    codebook = read_codebook(root)
    lemma_classes = read_lemma_classes(root)
    lines = read_lines(source)
    syn_span, verb_span, transform_start = sections(lines)
    synsets = read_synsets(lines, syn_span)
    mapper = Mapper(synsets, lemma_classes)

    verbs = []          # (class, lemma, elements, code, forms, line)
    patterns = []       # dict
    unmapped = []       # (kind, line, text, reason)
    block, block_code = None, "---"
    classes = OrderedDict()
    verb_lines = 0
    pattern_lines = 0
    for n in range(*verb_span):
        line = lines[n]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            if not m:
                unmapped.append(("class", n + 1, line.strip(), "class header not of the form '--- NAME [CODE] ---'"))
                continue
            block = m.group(1)
            try:
                block_code = parse_code(m.group(2), codebook)[0]
            except Problem as p:
                unmapped.append(("class", n + 1, line.strip(), str(p)))
                block_code = "---"
            classes[block] = block_code
            continue
        if line.startswith("-"):
            pattern_lines += 1
            body, _, comment = line[1:].partition("#")
            text = "-" + body.rstrip()
            noted = comment.split()[0].lower().replace("_", " ") if comment.split() else "-"
            if not re.fullmatch(r"[a-z][a-z ]*", noted):
                noted = "-"
            try:
                codes = CODE_RE.findall(body)
                if len(codes) != 1:
                    raise Problem("no single [code] on the pattern line")
                forward, reverse = parse_code(codes[0], codebook)
                pattern = CODE_RE.sub("", body)
                if pattern.count("*") != 1:
                    raise Problem("the pattern has no single '*' for the verb")
                pre, post = pattern.split("*")
                elements = mapper.map(tokenize(pre), tokenize(post))
                if block is None:
                    raise Problem("pattern before any class header")
                patterns.append({"class": block, "code": forward, "reverse": reverse, "elements": elements,
                                 "noted": noted, "line": n + 1, "text": text.strip()})
            except Problem as p:
                unmapped.append(("pattern", n + 1, text.strip(), str(p)))
            continue
        # a verb line
        verb_lines += 1
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        head = body.split()[0].split("{")[0].split("[")[0]
        try:
            if block is None:
                raise Problem("verb before any class header")
            codes = CODE_RE.findall(body)
            code = parse_code(codes[-1], codebook)[0] if codes else block_code
            lemma, elements = map_verb(head, lemma_classes)
            verbs.append((block, lemma, elements, code, verb_forms(body), n + 1))
        except Problem as p:
            unmapped.append(("verb", n + 1, body, str(p)))

    # PETRARCH-2 keeps one code per class and element set: the pattern read last wins.
    winners = OrderedDict()
    shadowed = 0
    duplicates = 0
    for p in patterns:
        key = (p["class"], tuple(sorted(p["elements"])))
        if key in winners:
            earlier = winners.pop(key)
            if (earlier["code"], earlier["reverse"]) == (p["code"], p["reverse"]):
                duplicates += 1
            else:
                shadowed += 1
                unmapped.append(("pattern", earlier["line"], earlier["text"],
                                 f"shadowed: line {p['line']} has the same class and elements with another code; PETRARCH-2 keeps the later one"))
        winners[key] = p
    kept = sorted(winners.values(), key=lambda p: p["line"])

    # verbs: one row per (class, lemma, elements); a verb listed twice in a class keeps its first line
    seen_verbs = set()
    verb_rows = []
    for v in verbs:
        key = (v[0], v[1], tuple(v[2]))
        if key in seen_verbs:
            unmapped.append(("verb", v[5], f"{v[1]} {' ; '.join(v[2])}", "duplicate: the same verb is listed earlier in its class"))
            continue
        seen_verbs.add(key)
        verb_rows.append(v)

    out_dir = os.path.join(root, "data", "en", "events", "verb-patterns")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "synsets.tsv"), "w", encoding="utf-8") as f:
        f.write("# Synonym sets of PETRARCH-2's verb dictionary: one member phrase per row (a lemma phrase; the last word is the head).\n")
        f.write(HEADER_COMMON)
        f.write("# set\tphrase\torigin\n")
        for name, members in synsets.items():
            for phrase, line in members:
                f.write(f"{name}\t{phrase}\t{SOURCE_NAME}:{line}\n")
    with open(os.path.join(out_dir, "verbs.tsv"), "w", encoding="utf-8") as f:
        f.write("# Verbs of PETRARCH-2's verb dictionary: each verb's class (PETRARCH's synonym block), lemma, the dependents a\n")
        f.write("# multi-word verb needs ('call off': compound:prt=off), its own code ('---': none) and its irregular forms.\n")
        f.write(HEADER_COMMON)
        f.write("# class\tlemma\telements\tcode\tforms\torigin\n")
        for cls, lemma, elements, code, forms, line in verb_rows:
            f.write(f"{cls}\t{lemma}\t{' ; '.join(elements) or '-'}\t{code}\t{'|'.join(forms) or '-'}\t{SOURCE_NAME}:{line}\n")
    with open(os.path.join(out_dir, "patterns.tsv"), "w", encoding="utf-8") as f:
        f.write("# Patterns of PETRARCH-2's verb dictionary as dependency elements of the verb. A pattern applies to every verb of its\n")
        f.write("# class; 'code' is the event from source to target ('---': no event), 'reverse' the event from target to source.\n")
        f.write("# 'verb' is the verb the dictionary's comment names (where the pattern was first written), for reference only.\n")
        f.write(HEADER_COMMON)
        f.write("# class\tcode\treverse\telements\tverb\torigin\n")
        for p in kept:
            f.write(f"{p['class']}\t{p['code']}\t{p['reverse']}\t{' ; '.join(p['elements']) or '-'}\t{p['noted']}\t{SOURCE_NAME}:{p['line']}\n")

    unmapped_path = os.path.join(root, "docs", "lexicon-petrarch-unmapped.tsv")
    reasons = Counter()
    with open(unmapped_path, "w", encoding="utf-8") as f:
        f.write("# Verbs and patterns of PETRARCH-2's CAMEO.2.0.txt that tools/lexicon/import_petrarch_patterns.py could not map onto\n")
        f.write("# dependency elements, with the reason. GENERATED; see docs/lexicon.md. PETRARCH-2 dictionary: MIT licence,\n")
        f.write("# (c) 2015 Open Event Data Alliance.\n")
        f.write("# kind\tline\tentry\treason\n")
        for kind, line, text, reason in sorted(unmapped, key=lambda u: u[1]):
            f.write(f"{kind}\t{line}\t{' '.join(text.split())}\t{reason}\n")
            reasons[(kind, re.sub(r"'[^']*'|\d+|&\S+", "…", reason))] += 1

    mapped_with_elements = sum(1 for p in kept if p["elements"])
    codes3 = sorted({c[:3] for p in kept for c in (p["code"], p["reverse"]) if c not in ("---", "-")}
                    | {v[3][:3] for v in verb_rows if v[3] != "---"})
    report = [
        f"source: {source}",
        f"synonym sets: {len(synsets)} ({sum(len(m) for m in synsets.values())} phrases)",
        f"verb classes: {len(classes)}",
        f"verb lines: {verb_lines}; verbs written: {len(verb_rows)} ({sum(1 for v in verb_rows if v[2])} multi-word); "
        f"distinct lemmas: {len({v[1] for v in verb_rows})}",
        f"pattern lines: {pattern_lines}; mapped: {len(patterns)}; written: {len(kept)} "
        f"({mapped_with_elements} with dependency elements, {len(kept) - mapped_with_elements} verb-only); "
        f"exact duplicates merged: {duplicates}; shadowed: {shadowed}",
        f"unmapped: {sum(1 for u in unmapped if u[0] == 'pattern') - shadowed} patterns, {sum(1 for u in unmapped if u[0] == 'verb')} verbs "
        f"(list: {os.path.relpath(unmapped_path, root)})",
        f"three-digit codes covered: {len(codes3)}",
    ]
    for (kind, reason), count in reasons.most_common():
        report.append(f"  {count:5d} {kind}: {reason}")
    print("\n".join(report))


if __name__ == "__main__":
    main()
