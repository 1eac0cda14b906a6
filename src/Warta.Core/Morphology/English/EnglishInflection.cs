namespace Warta.Morphology.English;

/// <summary>
/// Analyses one lower-case English word form: irregular tables first, then suffix rules whose candidate stems are
/// checked against the base-word lexicon, then spelling guesses. Pure; <see cref="EnglishMorphology"/> caches it.
/// </summary>
internal sealed class EnglishInflection(EnglishLexicon lexicon, IReadOnlySet<string> invariant, VerbPrefixes prefixes)
{
    private readonly IReadOnlySet<string> _invariant = invariant;

    public MorphAnalysis Analyze(string word)
    {
        if (JoinedPrefix(word) is { } joined) return joined;
        // "test-fired", "re-elected": a hyphenated verb inflects its last part; the lemma keeps the prefix (test-fire).
        int hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 3 && AnalyzeSpelled(AmericanSpelling(word[(hyphen + 1)..]) ?? word[(hyphen + 1)..]) is { Suffixes.Count: > 0 } last)
            return new MorphAnalysis
            {
                Lemma = string.Concat(word.AsSpan(0, hyphen + 1), last.Lemma), Suffixes = last.Suffixes, Tense = last.Tense,
                VerbForm = last.VerbForm, Number = last.Number, Known = last.Known, Rule = last.Rule + "+hyphen",
            };
        return AnalyzeSpelled(AmericanSpelling(word) ?? word);
    }

    /// <summary>
    /// "re-opened", "co-operate", "re-took", "re-elected": after a joining prefix (data/en/verb-prefixes.tsv) the hyphen
    /// is spelling only, when the joined word is known (reopen, cooperate, retake) or the rest is a known verb (reelect).
    /// Otherwise the hyphen stays (co-founder), and so it does for the hyphenated verbs that are other words than the
    /// joined ones (re-sign is not resign).
    /// </summary>
    private MorphAnalysis? JoinedPrefix(string word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0 || word.Length - hyphen <= 3 || word.IndexOf('-', hyphen + 1) >= 0) return null;
        var prefix = word[..hyphen];
        if (!prefixes.JoinsHyphen(prefix)) return null;
        var joined = string.Concat(prefix, word.AsSpan(hyphen + 1));
        var a = AnalyzeSpelled(AmericanSpelling(joined) ?? joined);
        string lemma;
        if (a.Known && a.Lemma.Length > prefix.Length + 2 && a.Lemma.StartsWith(prefix, StringComparison.Ordinal))
            lemma = a.Lemma;
        else
        {
            // re-activated, re-arrest: the joined verb is unknown but the prefix before a known verb makes a verb.
            var rest = word[(hyphen + 1)..];
            a = AnalyzeSpelled(AmericanSpelling(rest) ?? rest);
            if (!a.Known || !lexicon.IsVerb(a.Lemma)) return null;
            lemma = prefix + a.Lemma;
        }
        if (prefixes.KeepsHyphen(string.Concat(prefix, "-", lemma.AsSpan(prefix.Length)))) return null;
        return new MorphAnalysis
        {
            Lemma = lemma, Suffixes = a.Suffixes, Tense = a.Tense, VerbForm = a.VerbForm, Number = a.Number,
            Known = true, Rule = a.Rule + "+prefix-hyphen",
        };
    }

    /// <summary>
    /// "retold", "overran", "underwrote", "mislaid": a prefix (data/en/verb-prefixes.tsv) before an irregular past or
    /// participle is that verb with the prefix, for a word the lexicon does not know itself. A rest that is a verb of
    /// its own is not split (reset, relay: set and lay are verbs, not only past forms).
    /// </summary>
    private MorphAnalysis? PrefixedIrregular(string word)
    {
        if (lexicon.ClassesOf(word) != WordClasses.None) return null;
        foreach (var prefix in prefixes.IrregularCarrying)
        {
            if (word.Length - prefix.Length < 3 || !word.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = word.AsSpan(prefix.Length);
            if (!lexicon.TryGetIrregular(rest, out var form) || lexicon.IsVerb(rest)
                || form.Kind is not (IrregularKind.Past or IrregularKind.Participle or IrregularKind.PastOrParticiple))
                continue;
            var a = FromIrregular(form);
            return new MorphAnalysis { Lemma = prefix + form.Lemma, Known = true, Tense = a.Tense, VerbForm = a.VerbForm, Rule = a.Rule + "+prefix" };
        }
        return null;
    }

    /// <summary>
    /// "criticised", "organisation": the British -ise spelling of a verb the lexicon knows as -ize is read as that verb,
    /// so both spellings have one lemma (criticize). Words with no -ize verb (promise, rise, advise) stay as written.
    /// </summary>
    private string? AmericanSpelling(string word)
    {
        int i = word.LastIndexOf("is", StringComparison.Ordinal);
        if (i < 2) return null;
        var ending = word[(i + 2)..];
        if (ending is not ("e" or "es" or "ed" or "ing" or "ation" or "ations")) return null;
        return lexicon.IsVerb(string.Concat(word.AsSpan(0, i), "ize")) ? string.Concat(word.AsSpan(0, i), "iz", ending) : null;
    }

    private MorphAnalysis AnalyzeSpelled(string word)
    {
        if (lexicon.TryGetIrregular(word, out var irregular)) return FromIrregular(irregular);
        if (PrefixedIrregular(word) is { } prefixed) return prefixed;
        if (_invariant.Contains(word) || word.Length < 3 || !IsLetters(word))
            return Whole(word);
        if (word.EndsWith("ing") && word.Length >= 5) return Verbal(word, 3, "ing") ?? Whole(word);
        if (word.EndsWith("ed") && word.Length >= 4) return Verbal(word, 2, "ed") ?? Whole(word);
        if (word.EndsWith('s')) return Plural(word) ?? Whole(word);
        if (word.EndsWith("est") && word.Length >= 6) return Graded(word, 3, "est") ?? Whole(word);
        if (word.EndsWith("er") && word.Length >= 5) return Graded(word, 2, "er") ?? Whole(word);
        return Whole(word);
    }

    private MorphAnalysis Whole(string word)
    {
        var classes = lexicon.ClassesOf(word);
        return new MorphAnalysis
        {
            Lemma = word,
            Known = classes != WordClasses.None,
            // A word known only as a noun is singular; "be" is the one verb form that can only be an infinitive.
            Number = classes == WordClasses.Noun ? "Sing" : null,
            VerbForm = word == "be" ? "Inf" : null,
            Rule = classes != WordClasses.None ? "lexicon:" + ClassNames[(int)classes] : "none",
        };
    }

    // "lexicon:noun+verb": which classes the base word is known in, for explain and as a tagger feature.
    private static readonly string[] ClassNames = Enumerable.Range(0, 16).Select(c => string.Join('+',
        new[] { "verb", "noun", "adj", "other" }.Where((_, bit) => (c & (1 << bit)) != 0))).ToArray();

    private static MorphAnalysis FromIrregular(IrregularForm f) => f.Kind switch
    {
        IrregularKind.Past => new() { Lemma = f.Lemma, Known = true, Tense = "Past", VerbForm = "Fin", Rule = "irregular-past" },
        IrregularKind.Participle => new() { Lemma = f.Lemma, Known = true, Tense = "Past", VerbForm = "Part", Rule = "irregular-participle" },
        IrregularKind.PastOrParticiple => new() { Lemma = f.Lemma, Known = true, Tense = "Past", Rule = "irregular-past-participle" },
        IrregularKind.Present => new() { Lemma = f.Lemma, Known = true, Tense = "Pres", VerbForm = "Fin", Rule = "irregular-present" },
        IrregularKind.Plural => new() { Lemma = f.Lemma, Known = true, Number = "Plur", Rule = "irregular-plural" },
        IrregularKind.Singular => new() { Lemma = f.Lemma, Known = true, Number = "Sing", Rule = "irregular-singular" },
        IrregularKind.Comparative => new() { Lemma = f.Lemma, Known = true, Suffixes = ["er"], Rule = "irregular-comparative" },
        _ => new() { Lemma = f.Lemma, Known = true, Suffixes = ["est"], Rule = "irregular-superlative" },
    };

    /// <summary>-ed and -ing. A known verb stem wins; a word that is itself a known base (meeting, hundred) stays whole.</summary>
    private MorphAnalysis? Verbal(string word, int suffixLength, string suffix)
    {
        var stem = word[..^suffixLength];
        string? lemma = null;
        if (stem.EndsWith('i') && suffix == "ed")      // spied → spy, died → die, untied → untie
            lemma = stem.Length <= 2 || !lexicon.IsVerb(stem[..^1] + "y") && lexicon.IsVerb(stem + "e") ? stem + "e" : stem[..^1] + "y";
        else if (stem.EndsWith('y') && suffix == "ing" && (stem.Length <= 2 || !lexicon.IsVerb(stem) && lexicon.IsVerb(stem[..^1] + "ie")))
            lemma = stem[..^1] + "ie";                 // dying → die, untying → untie
        else
        {
            // hop and hope are both verbs: when the spelling rules pick one of the known candidates, trust them.
            var guess = StemGuesser.Guess(stem);
            lemma = lexicon.IsVerb(guess) ? guess : StemGuesser.Candidates(stem).FirstOrDefault(c => lexicon.IsVerb(c));
        }
        bool known = lemma is not null && lexicon.IsVerb(lemma);
        if (!known && lexicon.ClassesOf(word) != WordClasses.None) return null;
        if (!known && StemGuesser.VowelGroups(stem) == 0) return null;   // thing, bring, shed; but trying, flying
        lemma ??= StemGuesser.Guess(stem);
        // -ed is both past tense and past participle (expelled): Tense=Past, VerbForm left to context.
        return suffix == "ed"
            ? new MorphAnalysis { Lemma = lemma, Known = known, Suffixes = ["ed"], Tense = "Past", Rule = "suffix-ed" }
            : new MorphAnalysis { Lemma = lemma, Known = known, Suffixes = ["ing"], VerbForm = "Ger", Rule = "suffix-ing" };
    }

    /// <summary>-s and -es: plural noun or third-person verb; the lexicon's classes of the stem say which it can be.</summary>
    private MorphAnalysis? Plural(string word)
    {
        if (word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is")) return null;
        string? lemma = null;
        foreach (var candidate in PluralCandidates(word))
            if (lexicon.ClassesOf(candidate) is var c && (c & (WordClasses.Noun | WordClasses.Verb)) != 0) { lemma = candidate; break; }
        bool known = lemma is not null;
        if (!known && lexicon.ClassesOf(word) != WordClasses.None) return null;
        lemma ??= PluralCandidates(word).First();
        bool verbOnly = lexicon.ClassesOf(lemma) == WordClasses.Verb;
        return new MorphAnalysis
        {
            Lemma = lemma, Known = known, Suffixes = ["s"],
            Number = verbOnly ? null : "Plur",
            Tense = verbOnly ? "Pres" : null,
            VerbForm = verbOnly ? "Fin" : null,
            Rule = "suffix-s",
        };
    }

    /// <summary>Stems of an -s form, the spelling-rule favourite first.</summary>
    private static IEnumerable<string> PluralCandidates(string word)
    {
        if (word.EndsWith("ies") && word.Length > 4) { yield return word[..^3] + "y"; yield return word[..^1]; yield break; }
        if (word.EndsWith("ches") || word.EndsWith("shes") || word.EndsWith("xes") || word.EndsWith("zzes") || word.EndsWith("sses"))
        { yield return word[..^2]; yield return word[..^1]; yield break; }
        if (word.EndsWith("oes")) { yield return word[..^2]; yield return word[..^1]; yield break; }
        yield return word[..^1];
        if (word.EndsWith("es")) yield return word[..^2];
    }

    /// <summary>-er and -est count as comparison only on a known adjective (larger, happiest), never on leader or power.</summary>
    private MorphAnalysis? Graded(string word, int suffixLength, string suffix)
    {
        if (lexicon.ClassesOf(word) != WordClasses.None) return null;
        var stem = word[..^suffixLength];
        IEnumerable<string> candidates = stem.EndsWith('i') ? [stem[..^1] + "y"] : StemGuesser.Candidates(stem);
        foreach (var candidate in candidates)
            if ((lexicon.ClassesOf(candidate) & WordClasses.Adjective) != 0)
                return new MorphAnalysis { Lemma = candidate, Known = true, Suffixes = [suffix], Rule = "suffix-" + suffix };
        return null;
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word) if (c is < 'a' or > 'z') return false;
        return true;
    }
}
