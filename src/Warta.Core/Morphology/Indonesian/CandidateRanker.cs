namespace Warta.Morphology.Indonesian;

/// <summary>
/// Scores a segmentation whose root is in the lexicon; the highest score wins. Weights were set by measuring root
/// accuracy on the training treebanks (docs/morphology.md): a longer root beats a shorter one (bertemu is ber+temu,
/// not ber+te+mu), unless the shorter one is a far more frequent lemma (mengalami: alam, not kalam); each affix
/// costs a little; an event-lexicon root wins ties (mengunjungi: kunjung).
/// </summary>
internal static class CandidateRanker
{
    private const double PerRootLetter = 1.0;
    private const double PerLog2Frequency = 0.6;
    private const double PerAffix = 0.6;
    private const double PerPenalty = 1.5;
    private const double EventRoot = 1.5;
    private const double OwnRoot = 0.5;

    public static double Score(in Segmentation s, RootEntry root)
    {
        double score = PerRootLetter * s.RootLength
            + PerLog2Frequency * Math.Log2(1 + root.Frequency)
            - PerAffix * s.AffixCount
            - PerPenalty * s.Penalty;
        // ke- without -an makes few words (ketua, kekasih, ketemu), and they are roots in their own right.
        if (s.Outer == Prefix.Ke && s.Suffix != Suffix.An) score -= PerPenalty;
        if (root.IsEvent) score += EventRoot;
        if ((root.Sources & RootSources.Own) != 0) score += OwnRoot;
        return score;
    }

    /// <summary>For words with no known root: strip what is clearly an affix, keep a root of two syllables or more.</summary>
    public static double GuessScore(in Segmentation s, ReadOnlySpan<char> root)
    {
        if (s.Penalty > 0 || root.Length < 4 || CountVowels(root) < 2 || s.PrefixCount > 2) return double.NegativeInfinity;
        // Roots end in -i (gigi, pantai) and -an (jalan) too often to strip those from an unknown word; -an only
        // inside a nominal confix (peN-…-an, ke-…-an, per-…-an).
        if (s.Suffix == Suffix.I) return double.NegativeInfinity;
        if (s.Suffix == Suffix.An && s.Outer is not (Prefix.PeN or Prefix.Ke or Prefix.Per)) return double.NegativeInfinity;
        double score = s.AffixCount + 0.1 * root.Length;
        // Without a lexicon, prefer the commonest reading of each nasal: mem+V → p-, men+V → t-, meny+V → s-, meng+V → vowel.
        if (s.Restored is "p" or "t" or "s") score += 0.5;
        else if (s.Restored == "k") score -= 0.5;
        return score;
    }

    private static int CountVowels(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (var c in s) if (NasalAssimilation.IsVowel(c)) n++;
        return n;
    }
}
