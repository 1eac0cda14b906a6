using System.Collections.Frozen;
using Warta.Data;
using Warta.Morphology;

namespace Warta.Tokenization;

/// <summary>
/// Splits Indonesian clitics off a word. This class only enumerates where a clitic could be — a particle (-lah -kah
/// -pun) outside a pronoun (-nya -ku -mu), and a proclitic (ku- kau-) before the rest — and leaves every decision to
/// the lexicon (<see cref="IWordLexicon.ShouldSplitEnclitic"/>, <see cref="IWordLexicon.ShouldSplitProclitic"/>):
/// katanya → kata + nya, bukunyalah → buku + nya + lah, masalahnya → masalah + nya, kubaca → ku + baca.
/// The words of <c>data/id/clitic-exceptions.txt</c> are never split, whatever the lexicon says (adalah, meskipun,
/// sebelumnya, Ramallah); the check applies to the whole word and to what remains after a particle is split off.
/// </summary>
internal sealed class CliticSplitter(IWordLexicon lexicon, FrozenSet<string> neverSplit)
{
    public const int MaxWordLength = 40;
    public const string ExceptionsFile = "clitic-exceptions.txt";
    private const int MinStem = 3;
    private static readonly string[] Particles = ["lah", "kah", "pun"];
    private static readonly string[] Pronouns = ["nya", "ku", "mu"];
    private static readonly string[] Proclitics = ["kau", "ku"];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _neverSplit = neverSplit.GetAlternateLookup<ReadOnlySpan<char>>();

    public static CliticSplitter Load(DataDirectory data, IWordLexicon lexicon)
    {
        var words = data.ReadTable(data.File(Languages.Language.Indonesian, ExceptionsFile))
            .Select(row => row.Fields[0].Trim().ToLowerInvariant())
            .Where(w => w.Length > 0);
        return new CliticSplitter(lexicon, words.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>The split of <paramref name="word"/> (letters, perhaps hyphens; any case).</summary>
    public CliticSplit Split(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n < MinStem + 2 || n > MaxWordLength) return CliticSplit.None(n);
        Span<char> lower = stackalloc char[n];
        word.ToLowerInvariant(lower);

        // A reduplicated or hyphenated word takes its clitic on the last part: negara-negaranya.
        int lastPart = lower.LastIndexOf('-') + 1;
        int particle = EncliticLength(lower, Particles, lastPart);
        var rest = lower[..(n - particle)];
        int pronoun = EncliticLength(rest, Pronouns, lastPart);
        int stemEnd = rest.Length - pronoun;
        int proclitic = lastPart == 0 ? ProcliticLength(lower[..stemEnd]) : 0;
        return new CliticSplit(proclitic, stemEnd, rest.Length);
    }

    private int EncliticLength(ReadOnlySpan<char> word, string[] clitics, int lastPart)
    {
        if (_neverSplit.Contains(word)) return 0;
        foreach (var clitic in clitics)
        {
            if (word.EndsWith(clitic) && word.Length - clitic.Length - lastPart >= MinStem
                && lexicon.ShouldSplitEnclitic(word, clitic.Length))
                return clitic.Length;
        }
        return 0;
    }

    private int ProcliticLength(ReadOnlySpan<char> stem)
    {
        if (_neverSplit.Contains(stem)) return 0;
        foreach (var proclitic in Proclitics)
        {
            if (stem.StartsWith(proclitic) && stem.Length - proclitic.Length >= MinStem
                && lexicon.ShouldSplitProclitic(stem, proclitic.Length))
                return proclitic.Length;
        }
        return 0;
    }
}
