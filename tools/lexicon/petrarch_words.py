"""Words of PETRARCH-2's dictionaries as Warta matches them: shared by the predicate and the verb-pattern importers."""

# Nouns whose lemma ends in -s ("headquarters", "series").
PLURAL_ONLY = {"headquarters", "means", "series", "species", "whereabouts", "premises", "savings", "remains", "outskirts",
               "goods", "proceeds"}


def singular(word):
    """A plain singular for a noun, so that the word matches a token's lemma ("sanctions" -> "sanction")."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "news", "arms", "talks", "ics", "ous")) or word in PLURAL_ONLY:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word
