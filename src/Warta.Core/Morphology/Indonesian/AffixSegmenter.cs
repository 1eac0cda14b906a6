namespace Warta.Morphology.Indonesian;

/// <summary>
/// Generates every segmentation of a lower-case word: [particle] [possessive] [suffix] peeled from the end, then up to
/// three prefixes from the front, undoing nasal assimilation. It over-generates on purpose: the root lexicon and the
/// ranker choose. Words are at most <see cref="MaxWordLength"/> letters, so the output stays small.
/// </summary>
internal static class AffixSegmenter
{
    public const int MaxWordLength = 48;
    private const int MinRoot = 2;
    private const int MaxPrefixes = 3;

    public static void Generate(ReadOnlySpan<char> word, List<Segmentation> output)
    {
        var readings = new List<NasalReading>(4);
        foreach (var particle in WithNone(AffixNames.Particles))
        {
            int afterParticle = word.Length - AffixNames.Of(particle).Length;
            if (particle != Clitic.None && !EndsWith(word, word.Length, particle)) continue;
            if (afterParticle < 3) continue;
            foreach (var possessive in WithNone(AffixNames.Possessives))
            {
                if (possessive != Clitic.None && !EndsWith(word, afterParticle, possessive)) continue;
                int afterPossessive = afterParticle - AffixNames.Of(possessive).Length;
                if (afterPossessive < MinRoot) continue;
                foreach (var suffix in SuffixOptions())
                {
                    int stemEnd = afterPossessive - AffixNames.Of(suffix).Length;
                    if (stemEnd < MinRoot || !word[..afterPossessive].EndsWith(AffixNames.Of(suffix))) continue;
                    var start = new Segmentation(0, stemEnd, "", Prefix.None, Prefix.None, Prefix.None, suffix, possessive, particle, 0);
                    StripPrefixes(word, start, depth: 0, readings, output);
                }
            }
        }
    }

    private static void StripPrefixes(ReadOnlySpan<char> word, Segmentation s, int depth, List<NasalReading> readings, List<Segmentation> output)
    {
        output.Add(s);
        if (depth >= MaxPrefixes) return;
        var stem = word[s.RootStart..s.RootEnd];
        var outer = depth == 0 ? Prefix.None : s.Innermost;

        foreach (var (prefix, length, penalty) in PlainPrefixes(stem))
        {
            if (!CanFollow(outer, prefix) || stem.Length - length < MinRoot) continue;
            StripPrefixes(word, With(s, depth, prefix, s.RootStart + length, "", penalty), depth + 1, readings, output);
        }

        if (stem.Length < 4 || stem[1] != 'e' || stem[0] is not ('m' or 'p')) return;
        var nasal = stem[0] == 'm' ? Prefix.MeN : Prefix.PeN;
        if (!CanFollow(outer, nasal)) return;
        readings.Clear();
        NasalAssimilation.Reverse(stem, nasal == Prefix.PeN, readings);
        foreach (var r in readings.ToArray())
        {
            if (stem.Length - r.Length + r.Restored.Length < MinRoot) continue;
            var next = With(s, depth, nasal, s.RootStart + r.Length, r.Restored, r.Penalty);
            // A swallowed consonant belongs to the root, so no prefix can sit between it and the nasal.
            if (r.Restored.Length == 0) StripPrefixes(word, next, depth + 1, readings, output);
            else output.Add(next);
        }
    }

    private static Segmentation With(Segmentation s, int depth, Prefix prefix, int rootStart, string restored, int penalty) => depth switch
    {
        0 => s with { Outer = prefix, RootStart = rootStart, Restored = restored, Penalty = s.Penalty + penalty },
        1 => s with { Middle = prefix, RootStart = rootStart, Restored = restored, Penalty = s.Penalty + penalty },
        _ => s with { Inner = prefix, RootStart = rootStart, Restored = restored, Penalty = s.Penalty + penalty },
    };

    /// <summary>Non-nasal prefixes and the letters they take; ber-/ter-/per- lose their r before an r-root (berencana).</summary>
    private static List<(Prefix, int, int)> PlainPrefixes(ReadOnlySpan<char> stem)
    {
        var found = new List<(Prefix, int, int)>(3);
        if (stem.StartsWith("memper")) found.Add((Prefix.MemPer, 6, 0));
        if (stem.StartsWith("diper")) found.Add((Prefix.DiPer, 5, 0));
        // per- is pel- before ajar: mempelajari, dipelajari.
        if (stem.StartsWith("mempelajar")) found.Add((Prefix.MemPer, 6, 0));
        if (stem.StartsWith("dipelajar")) found.Add((Prefix.DiPer, 5, 0));
        if (stem.StartsWith("di")) found.Add((Prefix.Di, 2, 0));
        if (stem.StartsWith("ke")) found.Add((Prefix.Ke, 2, 0));
        if (stem.StartsWith("se")) found.Add((Prefix.Se, 2, 0));
        AddErPrefix(stem, "ber", Prefix.Ber, found);
        AddErPrefix(stem, "ter", Prefix.Ter, found);
        AddErPrefix(stem, "per", Prefix.Per, found);
        if (stem.StartsWith("belajar") || stem.StartsWith("pelajar")) found.Add((stem[0] == 'b' ? Prefix.Ber : Prefix.Per, 3, 0));
        // be- before a first syllable in -er: bekerja, beserta, beternak.
        if (stem.Length >= 5 && stem.StartsWith("be") && !NasalAssimilation.IsVowel(stem[2]) && stem[3] == 'e' && stem[4] == 'r')
            found.Add((Prefix.Ber, 2, 1));
        return found;
    }

    private static void AddErPrefix(ReadOnlySpan<char> stem, string prefix, Prefix kind, List<(Prefix, int, int)> found)
    {
        if (!stem.StartsWith(prefix)) return;
        found.Add((kind, 3, 0));
        // be+rencana = berencana: the r is the root's. Rarer than ber+V (beranjak), hence the penalty.
        if (stem.Length > 4 && NasalAssimilation.IsVowel(stem[3])) found.Add((kind, 2, 1));
    }

    /// <summary>Which prefix may stand inside which (outer → inner): memberlakukan, keberhasilan, kepemimpinan.</summary>
    private static bool CanFollow(Prefix outer, Prefix inner) => outer switch
    {
        Prefix.None => true,
        Prefix.MeN => inner is Prefix.Ber or Prefix.Per,
        Prefix.Di => inner is Prefix.Ber or Prefix.Ke or Prefix.Ter or Prefix.Per,
        Prefix.Ter => inner is Prefix.Per,
        Prefix.Ber => inner is Prefix.Ke or Prefix.Per or Prefix.PeN or Prefix.Se,
        Prefix.PeN => inner is Prefix.Ber or Prefix.Per or Prefix.Se,
        Prefix.Ke => inner is Prefix.Ber or Prefix.Ter or Prefix.PeN or Prefix.Se or Prefix.Per,
        Prefix.Se => inner is Prefix.Ke or Prefix.Per or Prefix.PeN,
        _ => false,
    };

    private static bool EndsWith(ReadOnlySpan<char> word, int end, Clitic clitic) => word[..end].EndsWith(AffixNames.Of(clitic));

    private static IEnumerable<Clitic> WithNone(Clitic[] clitics) { yield return Clitic.None; foreach (var c in clitics) yield return c; }

    private static IEnumerable<Suffix> SuffixOptions() { yield return Suffix.None; foreach (var s in AffixNames.Suffixes) yield return s; }
}
