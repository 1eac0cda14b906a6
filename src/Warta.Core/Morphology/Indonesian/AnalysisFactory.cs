namespace Warta.Morphology.Indonesian;

/// <summary>Turns a winning segmentation into a <see cref="MorphAnalysis"/>: affix names, voice, nominal flag, rule.</summary>
internal static class AnalysisFactory
{
    public static MorphAnalysis Create(in Segmentation s, string lemma, char rootPos, bool known, string rule)
    {
        var prefixes = new List<string>(3);
        foreach (var p in new[] { s.Outer, s.Middle, s.Inner })
            if (p != Prefix.None) prefixes.Add(AffixNames.Of(p));
        var clitics = new List<string>(2);
        if (s.Possessive != Clitic.None) clitics.Add(AffixNames.Of(s.Possessive));
        if (s.Particle != Clitic.None) clitics.Add(AffixNames.Of(s.Particle));
        return new MorphAnalysis
        {
            Lemma = lemma,
            Prefixes = prefixes.Count == 0 ? [] : prefixes.ToArray(),
            Suffixes = s.Suffix == Suffix.None ? [] : [AffixNames.Of(s.Suffix)],
            Clitics = clitics.Count == 0 ? [] : clitics.ToArray(),
            Voice = VoiceOf(s, rootPos),
            IsNominal = IsNominal(s),
            Known = known,
            Rule = rule,
        };
    }

    public static MorphAnalysis Whole(string lemma, bool known, string rule, Clitic possessive = Clitic.None, Clitic particle = Clitic.None)
    {
        var s = new Segmentation(0, 0, "", Prefix.None, Prefix.None, Prefix.None, Suffix.None, possessive, particle, 0);
        return Create(s, lemma, '-', known, rule);
    }

    /// <summary>ter- on an adjective is the superlative (terbesar), not a passive.</summary>
    private static Voice VoiceOf(in Segmentation s, char rootPos) => s.Outer switch
    {
        Prefix.MeN or Prefix.MemPer => Voice.Active,
        Prefix.Di or Prefix.DiPer => Voice.Passive,
        Prefix.Ter => rootPos == 'A' && s.Suffix == Suffix.None ? Voice.None : Voice.Passive,
        Prefix.Ber => Voice.Middle,
        _ => Voice.None,
    };

    private static bool IsNominal(in Segmentation s) => s.Outer switch
    {
        Prefix.PeN => true,
        Prefix.Per or Prefix.Ke => s.Suffix == Suffix.An,
        Prefix.None => s.Suffix == Suffix.An,
        _ => false,
    };

    /// <summary>A short description of the segmentation for <c>explain</c>, e.g. "meN(p)+panggil+kan".</summary>
    public static string Describe(in Segmentation s, string root)
    {
        var parts = new List<string>(6);
        foreach (var p in new[] { s.Outer, s.Middle, s.Inner })
            if (p != Prefix.None) parts.Add(AffixNames.Of(p));
        if (s.Restored.Length > 0 && parts.Count > 0) parts[^1] += "(" + s.Restored + ")";
        parts.Add(root);
        if (s.Suffix != Suffix.None) parts.Add(AffixNames.Of(s.Suffix));
        if (s.Possessive != Clitic.None) parts.Add(AffixNames.Of(s.Possessive));
        if (s.Particle != Clitic.None) parts.Add(AffixNames.Of(s.Particle));
        return string.Join('+', parts);
    }
}
