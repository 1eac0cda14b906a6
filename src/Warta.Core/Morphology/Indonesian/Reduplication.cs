namespace Warta.Morphology.Indonesian;

/// <summary>
/// Hyphenated words. Full and affixed reduplication share one root (negara-negara, serang-menyerang, terus-menerus,
/// bertahun-tahun, sebaik-baiknya): the lemma is that root, the affixes those of the affixed half. Other hyphenated
/// words (anti-Rusia, non-migas) keep the whole form as lemma.
/// </summary>
internal static class Reduplication
{
    public static MorphAnalysis Analyze(ReadOnlySpan<char> word, Func<string, MorphAnalysis> analyzePart)
    {
        int hyphen = word.IndexOf('-');
        var left = word[..hyphen];
        var right = word[(hyphen + 1)..];
        if (left.Length == 0 || right.Length == 0 || right.Contains('-')) return Whole(word);

        var l = analyzePart(left.ToString());
        var r = analyzePart(right.ToString());
        string? root = null;
        if (l.Lemma == r.Lemma) root = l.Lemma;
        else if (left.SequenceEqual(r.Lemma)) root = r.Lemma;
        else if (right.SequenceEqual(l.Lemma)) root = l.Lemma;
        if (root is null) return Whole(word);

        return new MorphAnalysis
        {
            Lemma = root,
            Prefixes = l.Prefixes.Count > 0 ? l.Prefixes : r.Prefixes,
            Suffixes = r.Suffixes.Count > 0 ? r.Suffixes : l.Suffixes,
            Clitics = r.Clitics,
            Voice = l.Voice != Voice.None ? l.Voice : r.Voice,
            IsNominal = l.IsNominal || r.IsNominal,
            Known = l.Known || r.Known,
            Rule = "reduplication:" + l.Rule + "|" + r.Rule,
        };
    }

    private static MorphAnalysis Whole(ReadOnlySpan<char> word) =>
        AnalysisFactory.Whole(word.ToString(), known: false, "hyphenated");
}
