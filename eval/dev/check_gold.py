#!/usr/bin/env python3
"""Sanity checks for a gold event file (../shared/gold/SCHEMA.md) and its counts.

Usage: python3 eval/dev/check_gold.py [eval/dev/dev-gold.json]
Checks: required fields; roots are 01-20; dates are ISO and not after publication;
actor keys are ISO-3 country codes from the CAMEO country table, IGO codes, or "*";
every sentence_contains occurs in exactly one sentence of its document.
Prints articles and required events per language, and required events per root
(an event counts under its first listed root). Exit code 1 on any problem.
"""
import collections, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = os.path.join(HERE, "..", "..", "..", "shared", "reference", "cameo", "cameo-country-codes.tsv")
# ISO-3 keys the CAMEO table spells differently (CAMEO: TMP for Timor-Leste).
ISO_EXTRA = {"TLS"}
IGO_PREFIXES = ("IGOUNO", "IGOEUREEC", "IGOWSTNAT", "IGOSEAASN", "IGOAFR", "IGOMOSOIC")
BOUNDARY = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["”]))\s+(?=[A-Z“"(])')


def sentences(text):
    out = []
    for line in text.split("\n"):
        out.extend(s for s in BOUNDARY.split(line) if s.strip())
    return out


def country_codes():
    try:
        with open(COUNTRIES, encoding="utf-8") as f:
            return {l.split("\t")[0] for l in f if l.strip() and not l.startswith("code")}
    except OSError:
        return None


def main(path):
    docs = json.load(open(path, encoding="utf-8"))
    codes = country_codes()
    problems = []
    per_lang = collections.Counter()
    per_lang_events = collections.Counter()
    per_root = collections.Counter()
    per_root_lang = collections.Counter()
    ids = set()

    def actor_ok(k):
        return k == "*" or k in ISO_EXTRA or k.startswith(IGO_PREFIXES) or codes is None or k in codes

    for d in docs:
        where = d.get("id", "?")
        for field in ("id", "lang", "published", "text", "events", "must_not"):
            if field not in d:
                problems.append(f"{where}: missing {field}")
        if where in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(where)
        pub = dt.date.fromisoformat(d["published"])
        sents = sentences(d["text"])
        per_lang[d["lang"]] += 1
        if not 4 <= len(sents) <= 12:
            problems.append(f"{where}: {len(sents)} sentences")
        for kind, items in (("event", d["events"]), ("must_not", d["must_not"])):
            for e in items:
                sc = e.get("sentence_contains")
                if sc is not None:
                    n = sum(sc in s for s in sents)
                    if n != 1:
                        problems.append(f"{where}: {kind} sentence_contains {sc!r} in {n} sentences")
                for r in e["roots"]:
                    if not (len(r) == 2 and 1 <= int(r) <= 20):
                        problems.append(f"{where}: bad root {r}")
                for k in e["src"] + e.get("tgt", []):
                    if not actor_ok(k):
                        problems.append(f"{where}: unknown actor key {k}")
                for day in e.get("date", []):
                    if dt.date.fromisoformat(day) > pub:
                        problems.append(f"{where}: date {day} after publication")
                if kind == "event" and not e.get("optional"):
                    if sc is None:
                        problems.append(f"{where}: required event without sentence_contains")
                    per_lang_events[d["lang"]] += 1
                    per_root[e["roots"][0]] += 1
                    per_root_lang[(e["roots"][0], d["lang"])] += 1
            if kind == "must_not":
                for m in items:
                    clash = [e for e in d["events"] if not e.get("optional")
                             and e.get("sentence_contains") and m["sentence_contains"]
                             and (m["sentence_contains"] in e["sentence_contains"] or e["sentence_contains"] in m["sentence_contains"]
                                  or any(m["sentence_contains"] in s and e["sentence_contains"] in s for s in sents))
                             and set(e["roots"]) <= set(m["roots"])
                             and (set(e["src"]) & set(m["src"]) or "*" in m["src"])]
                    for e in clash:
                        problems.append(f"{where}: must_not {m['sentence_contains']!r} forbids required event {e['src']}->{e['tgt']} {e['roots']}")

    print("| language | articles | required events |\n|---|---|---|")
    for lang in sorted(per_lang):
        print(f"| {lang} | {per_lang[lang]} | {per_lang_events[lang]} |")
    print(f"| all | {sum(per_lang.values())} | {sum(per_lang_events.values())} |\n")
    print("| root | id | en | all |\n|---|---|---|---|")
    for r in (f"{i:02d}" for i in range(1, 21)):
        print(f"| {r} | {per_root_lang[(r, 'id')]} | {per_root_lang[(r, 'en')]} | {per_root[r]} |")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "dev-gold.json")))
