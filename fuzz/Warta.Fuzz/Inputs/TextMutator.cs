using System.Text;
using CsCheck;

namespace Warta.Fuzz.Inputs;

/// <summary>
/// Mutates a text the way fuzzers do, at the level of characters: hostile insertions and replacements, deletions,
/// repeated slices, splices from other inputs, truncation, long runs (up to the corpus limit) and bit flips in the
/// UTF-8 form. Extra fragments let a target add its own (HTML tags, XML constructs).
/// </summary>
internal sealed class TextMutator(FuzzCorpus corpus, IReadOnlyList<string> spliceSources, IReadOnlyList<string>? extraFragments = null)
{
    private const int MaxLength = 2_200_000;

    public string Mutate(PCG pcg, string text, int mutations)
    {
        var s = new StringBuilder(text);
        for (int i = 0; i < mutations && s.Length < MaxLength; i++) MutateOnce(pcg, s);
        if (s.Length > MaxLength) s.Length = MaxLength;
        return s.ToString();
    }

    private void MutateOnce(PCG pcg, StringBuilder s)
    {
        int at = pcg.Below(s.Length + 1);
        switch (pcg.Below(14))
        {
            case 0: case 1: s.Insert(at, Fragment(pcg)); break;
            case 2 when s.Length > 0: s.Remove(Math.Min(at, s.Length - 1), 1).Insert(Math.Min(at, s.Length), Fragment(pcg)); break;
            case 3: s.Remove(at, pcg.Below(Math.Min(s.Length - at, 200) + 1)); break;
            case 4: Repeat(pcg, s, at); break;
            case 5: s.Insert(at, Slice(pcg, pcg.Pick(spliceSources))); break;
            case 6: s.Length = at; break;
            case 7: s.Insert(at, Run(pcg)); break;
            case 8: s.Insert(at, LongSentence(pcg)); break;
            case 9: FlipUtf8Bits(pcg, s, at); break;
            case 10: s.Insert(at, pcg.Pick(HostileText.Whitespace)); break;
            case 11: ChangeCase(pcg, s, at); break;
            case 12: SwapHalves(s, at); break;
            default: s.Insert(at, Fragment(pcg)).Insert(at, Fragment(pcg)); break;
        }
    }

    private string Fragment(PCG pcg) =>
        extraFragments is not null && pcg.OneIn(2) ? pcg.Pick(extraFragments) : pcg.Pick(HostileText.Fragments);

    private static string Slice(PCG pcg, string source)
    {
        if (source.Length == 0) return "";
        int start = pcg.Below(source.Length);
        return source.Substring(start, pcg.Below(Math.Min(source.Length - start, 2000)) + 1);
    }

    private void Repeat(PCG pcg, StringBuilder s, int at)
    {
        if (at >= s.Length) return;
        var slice = s.ToString(at, pcg.Below(Math.Min(s.Length - at, 40)) + 1);
        int times = Math.Max(1, pcg.RunLength(corpus.MaxRunLength) / slice.Length);
        s.Insert(at, string.Concat(Enumerable.Repeat(slice, Math.Min(times, 100_000))));
    }

    private string Run(PCG pcg)
    {
        var unit = pcg.OneIn(3) && extraFragments is not null ? pcg.Pick(extraFragments) : pcg.Pick(HostileText.RunUnits);
        int times = Math.Max(1, pcg.RunLength(corpus.MaxRunLength) / unit.Length);
        return new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();
    }

    /// <summary>Words of real sentences without a full stop: one very long sentence.</summary>
    private string LongSentence(PCG pcg)
    {
        var words = pcg.Pick(corpus.Sentences).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return "";
        var s = new StringBuilder();
        int target = pcg.RunLength(corpus.MaxRunLength);
        while (s.Length < target) s.Append(pcg.Pick(words).TrimEnd('.', '!', '?')).Append(pcg.OneIn(20) ? ", " : " ");
        return s.ToString();
    }

    private static void FlipUtf8Bits(PCG pcg, StringBuilder s, int at)
    {
        if (at >= s.Length) return;
        int length = Math.Min(s.Length - at, 64);
        var bytes = Encoding.UTF8.GetBytes(s.ToString(at, length));
        for (int flips = pcg.Between(1, 4); flips > 0 && bytes.Length > 0; flips--)
            bytes[pcg.Below(bytes.Length)] ^= (byte)(1 << pcg.Below(8));
        s.Remove(at, length).Insert(at, Encoding.UTF8.GetString(bytes));
    }

    private static void ChangeCase(PCG pcg, StringBuilder s, int at)
    {
        int end = Math.Min(s.Length, at + pcg.Below(500));
        bool upper = pcg.OneIn(2);
        for (int i = at; i < end; i++) s[i] = upper ? char.ToUpperInvariant(s[i]) : char.ToLowerInvariant(s[i]);
    }

    private static void SwapHalves(StringBuilder s, int at)
    {
        var text = s.ToString();
        s.Clear().Append(text, at, text.Length - at).Append(text, 0, at);
    }
}
