using Warta.Languages;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Events;

/// <summary>
/// What a lexicon word must look like in a token. Indonesian: the same root and the same derivational shape
/// (ber-, per-, peN-, ke-, -kan, -i, -an), in any voice (meN-, di-, ter-, bare), so "menyerahkan" matches
/// diserahkan and menyerahkan(nya) but not menyerah. English: the lemma, or the lower-case form.
/// </summary>
internal sealed record HeadPattern(string Key, string[] Prefixes, string[] Suffixes, string Word);

/// <summary>Turns lexicon words into <see cref="HeadPattern"/>s and tests tokens against them, for one language.</summary>
internal sealed class HeadMatcher(Language language, IMorphologicalAnalyzer morphology)
{
    public Language Language { get; } = language;

    public HeadPattern Pattern(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Language != Language.Indonesian) return new HeadPattern(EnglishKey(lower), [], [], lower);
        var analysis = morphology.Analyze(lower);
        return new HeadPattern(analysis.Lemma.ToLowerInvariant(), [.. DerivationalPrefixes(analysis.Prefixes)], [.. analysis.Suffixes], lower);
    }

    /// <summary>
    /// An English lexicon word is matched by the lemma the analyser gives its forms: a base word is read as the analyser
    /// spells it (criticise → criticize, re-open → reopen), so every spelling of the entry reaches it. Inflected or
    /// irregular words (lay, found) stay as written: an entry names a base.
    /// </summary>
    private string EnglishKey(string lower)
    {
        if (Language != Language.English) return lower;
        var analysis = morphology.Analyze(lower);
        return analysis.Suffixes.Count == 0 && analysis.Rule.StartsWith("lexicon:", StringComparison.Ordinal)
            ? analysis.Lemma.ToLowerInvariant() : lower;
    }

    public bool Matches(Token token, HeadPattern pattern)
    {
        if (Language != Language.Indonesian)
            return EqualsIgnoreCase(token.Morph?.Lemma, pattern.Key) || token.Text.Equals(pattern.Word, StringComparison.OrdinalIgnoreCase);
        var morph = token.Morph;
        if (morph is null) return token.Text.Equals(pattern.Word, StringComparison.OrdinalIgnoreCase);
        if (!morph.Lemma.Equals(pattern.Key, StringComparison.OrdinalIgnoreCase)) return false;
        if (!SameSuffixes(morph.Suffixes, pattern.Suffixes)) return false;
        return SamePrefixes(morph.Prefixes, pattern.Prefixes);
    }

    /// <summary>A following word of a phrase (particle, cue word): its surface or lemma, ignoring case, or its plural
    /// where the lemma table keeps the plural as a word of its own.</summary>
    public static bool WordMatches(Token token, string lowerWord) =>
        token.Text.Equals(lowerWord, StringComparison.OrdinalIgnoreCase) || EqualsIgnoreCase(token.Morph?.Lemma, lowerWord)
        || IsUnreducedPlural(token, lowerWord);

    /// <summary>
    /// "troops", "insurgents": English treebanks give some plurals a lemma of their own, so the lemma table leaves them
    /// unreduced and a singular cue word (troop, insurgent) would never match them. A noun whose lemma is the cue word
    /// plus -s or -es is that word's plural.
    /// </summary>
    public static bool IsUnreducedPlural(Token token, string lowerWord) =>
        TryPluralStems(token, out var withoutS, out var withoutEs)
        && (withoutS.Equals(lowerWord, StringComparison.OrdinalIgnoreCase) || withoutEs.Equals(lowerWord, StringComparison.OrdinalIgnoreCase));

    /// <summary>The singulars a noun whose lemma ends in -s may be the plural of: the lemma without -s, and without -es
    /// (empty unless it ends in -es); each at least three letters.</summary>
    public static bool TryPluralStems(Token token, out ReadOnlySpan<char> withoutS, out ReadOnlySpan<char> withoutEs)
    {
        withoutS = withoutEs = default;
        if (token.Pos != Upos.NOUN || token.Morph?.Lemma is not { Length: >= 4 } lemma || lemma[^1] is not ('s' or 'S')) return false;
        withoutS = lemma.AsSpan(0, lemma.Length - 1);
        if (lemma.Length >= 5 && lemma[^2] is 'e' or 'E') withoutEs = lemma.AsSpan(0, lemma.Length - 2);
        return true;
    }

    private static bool EqualsIgnoreCase(string? a, string b) => a is not null && a.Equals(b, StringComparison.OrdinalIgnoreCase);

    private static bool SameSuffixes(IReadOnlyList<string> a, string[] b)
    {
        if (a.Count != b.Length) return false;
        for (int i = 0; i < b.Length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    // Compares the token's prefixes with the pattern's without allocating: voice prefixes are skipped on the fly.
    private static bool SamePrefixes(IReadOnlyList<string> tokenPrefixes, string[] pattern)
    {
        int j = 0;
        foreach (var prefix in tokenPrefixes)
        {
            var derivational = Derivational(prefix);
            if (derivational is null) continue;
            if (j >= pattern.Length || pattern[j] != derivational) return false;
            j++;
        }
        return j == pattern.Length;
    }

    private static IEnumerable<string> DerivationalPrefixes(IReadOnlyList<string> prefixes)
    {
        foreach (var p in prefixes) if (Derivational(p) is { } d) yield return d;
    }

    /// <summary>meN-, di- and ter- only mark voice; memper-/diper- are voice plus per-.</summary>
    private static string? Derivational(string prefix) => prefix switch
    {
        "meN" or "di" or "ter" or "ku" or "kau" => null,
        "memper" or "diper" => "per",
        _ => prefix,
    };
}
