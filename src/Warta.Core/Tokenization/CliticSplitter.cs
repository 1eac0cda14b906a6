using System.Collections.Frozen;
using Warta.Data;
using Warta.Morphology;

namespace Warta.Tokenization;

/// <summary>
/// Decides whether an Indonesian word carries clitics, asking the lexicon. Enclitics (-nya -ku -mu, then -lah -kah -pun
/// outside them) split off when what remains is a known word of at least three letters: katanya → kata + nya,
/// bukunyalah → buku + nya + lah. The lexicon may also know the whole form (its affix analysis understands clitics),
/// so a known whole does not block the split; lexicalised words whose remainder happens to be a word too
/// (adalah, masalah, meskipun) are listed in <c>data/id/clitic-exceptions.txt</c>. Proclitics ku-/kau- are rarer and
/// collide with many roots (kuasa, kurban, kaum), so they split only when the whole is unknown and the rest is known.
/// </summary>
internal sealed class CliticSplitter(IWordLexicon lexicon, FrozenSet<string> exceptions)
{
    public const int MaxWordLength = 40;
    private const int MinStem = 3;
    private static readonly string[] Particles = ["lah", "kah", "pun"];
    private static readonly string[] Pronouns = ["nya", "ku", "mu"];
    private static readonly string[] Proclitics = ["kau", "ku"];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exceptions = exceptions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static CliticSplitter Load(DataDirectory data, IWordLexicon lexicon)
    {
        var words = data.ReadTable(data.File(Languages.Language.Indonesian, "clitic-exceptions.txt"))
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
        if (_exceptions.Contains(lower)) return CliticSplit.None(n);

        // A reduplicated or hyphenated word takes its clitic on the last part: negara-negaranya.
        int lastPart = lower.LastIndexOf('-') + 1;
        var split = SplitEnclitics(lower, lastPart);
        if (lastPart == 0) split = split with { Proclitic = Proclitic(lower[..split.StemEnd]) };
        return split;
    }

    private CliticSplit SplitEnclitics(ReadOnlySpan<char> lower, int lastPart)
    {
        int n = lower.Length;
        foreach (var particle in Particles)
        {
            if (!lower.EndsWith(particle) || n - particle.Length - lastPart < MinStem) continue;
            var rest = lower[..^particle.Length];
            if (IsStem(rest, lastPart)) return new CliticSplit(0, rest.Length, rest.Length);
            int pronoun = PronounLength(rest, lastPart);
            if (pronoun > 0) return new CliticSplit(0, rest.Length - pronoun, rest.Length);
        }
        int length = PronounLength(lower, lastPart);
        return length > 0 ? new CliticSplit(0, n - length, n) : CliticSplit.None(n);
    }

    private int PronounLength(ReadOnlySpan<char> word, int lastPart)
    {
        foreach (var pronoun in Pronouns)
        {
            if (word.EndsWith(pronoun) && word.Length - pronoun.Length - lastPart >= MinStem && IsStem(word[..^pronoun.Length], lastPart))
                return pronoun.Length;
        }
        return 0;
    }

    private int Proclitic(ReadOnlySpan<char> stem)
    {
        foreach (var proclitic in Proclitics)
        {
            if (stem.StartsWith(proclitic) && stem.Length - proclitic.Length >= MinStem
                && !lexicon.IsKnownWord(stem) && IsStem(stem[proclitic.Length..], 0))
                return proclitic.Length;
        }
        return 0;
    }

    private bool IsStem(ReadOnlySpan<char> stem, int lastPart) =>
        !_exceptions.Contains(stem) && lexicon.IsKnownWord(stem[lastPart..]);
}
