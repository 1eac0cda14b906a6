namespace Warta.Morphology.Indonesian;

/// <summary>
/// Analyses one lower-case word without hyphens: segment, look every candidate root up, drop invalid confixes, rank.
/// Returns a guess (Known = false) when no candidate root is in the lexicon.
/// </summary>
internal sealed class AffixAnalyzer(RootLexicon roots)
{
    /// <param name="allowWhole">False to ask what the word would be if it were not itself a root (used to prune derived lemmas).</param>
    public MorphAnalysis Analyze(ReadOnlySpan<char> word, bool allowWhole = true)
    {
        var segmentations = new List<Segmentation>(64);
        AffixSegmenter.Generate(word, segmentations);
        Span<char> buffer = stackalloc char[AffixSegmenter.MaxWordLength + 4];

        int best = -1, bestKeAn = -1;
        double bestScore = double.NegativeInfinity, bestKeAnScore = double.NegativeInfinity;
        RootEntry? bestRoot = null, keAnRoot = null;
        for (int i = 0; i < segmentations.Count; i++)
        {
            var s = segmentations[i];
            if (!ConfixRules.IsValid(s.Outer, s.Suffix) || (!allowWhole && s.AffixCount == 0)) continue;
            if (!roots.TryGet(s.Root(word, buffer), out var entry)) continue;
            double score = CandidateRanker.Score(s, entry);
            if (score > bestScore) { best = i; bestScore = score; bestRoot = entry; }
            if (IsKeAnConfix(s) && score > bestKeAnScore) { bestKeAn = i; bestKeAnScore = score; keAnRoot = entry; }
        }
        // A root that begins with ke and takes a bare -kan (kereta+kan) loses to the ke-…-an nominal (keretakan is
        // ke+retak+an): the training treebanks have many ke-…-an nouns ending in -kan (kenaikan, kebijakan, kerusakan)
        // and no bare -kan verb on a ke- root, while keluarkan and kembalikan have no ke-…-an reading to compete.
        if (best >= 0 && bestKeAn >= 0 && IsBareKanOnKeRoot(segmentations[best], word))
        {
            best = bestKeAn;
            bestRoot = keAnRoot;
        }
        if (bestRoot is not null)
        {
            var s = segmentations[best];
            return AnalysisFactory.Create(s, bestRoot.Lemma, bestRoot.Pos, known: true, AnalysisFactory.Describe(s, bestRoot.Lemma));
        }
        return Guess(word, segmentations, buffer);
    }

    private static bool IsKeAnConfix(in Segmentation s) =>
        s.Outer == Prefix.Ke && s.Middle == Prefix.None && s.Suffix == Suffix.An && s.RootLength >= 4;

    private static bool IsBareKanOnKeRoot(in Segmentation s, ReadOnlySpan<char> word) =>
        s.PrefixCount == 0 && s.Suffix == Suffix.Kan && s.Restored.Length == 0 && word[s.RootStart..].StartsWith("ke");

    /// <summary>Finds the segmentation whose root is <paramref name="lemma"/>, for a lemma given by an exception.</summary>
    public MorphAnalysis WithLemma(ReadOnlySpan<char> word, string lemma)
    {
        var segmentations = new List<Segmentation>(64);
        AffixSegmenter.Generate(word, segmentations);
        Span<char> buffer = stackalloc char[AffixSegmenter.MaxWordLength + 4];
        var key = RootLexicon.KeyOf(lemma);
        Segmentation? best = null;
        foreach (var s in segmentations)
        {
            if (!ConfixRules.IsValid(s.Outer, s.Suffix) || !s.Root(word, buffer).SequenceEqual(key)) continue;
            if (best is null || s.Penalty < best.Value.Penalty || (s.Penalty == best.Value.Penalty && s.AffixCount < best.Value.AffixCount)) best = s;
        }
        char pos = roots.TryGet(key, out var entry) ? entry.Pos : '-';
        return best is { } b
            ? AnalysisFactory.Create(b, lemma, pos, known: true, "exception:" + AnalysisFactory.Describe(b, lemma))
            : AnalysisFactory.Whole(lemma, known: true, "exception");
    }

    private static MorphAnalysis Guess(ReadOnlySpan<char> word, List<Segmentation> segmentations, Span<char> buffer)
    {
        int best = -1;
        double bestScore = double.NegativeInfinity;
        for (int i = 0; i < segmentations.Count; i++)
        {
            var s = segmentations[i];
            if (s.AffixCount == 0 || !ConfixRules.IsValid(s.Outer, s.Suffix)) continue;
            double score = CandidateRanker.GuessScore(s, s.Root(word, buffer));
            if (score > bestScore) { best = i; bestScore = score; }
        }
        if (best < 0) return AnalysisFactory.Whole(word.ToString(), known: false, "unknown");
        var winner = segmentations[best];
        var root = winner.Root(word, buffer).ToString();
        return AnalysisFactory.Create(winner, root, '-', known: false, "guess:" + AnalysisFactory.Describe(winner, root));
    }
}
