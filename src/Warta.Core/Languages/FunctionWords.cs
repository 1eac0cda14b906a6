using System.Collections.Frozen;
using Warta.Data;

namespace Warta.Languages;

/// <summary>
/// The short closed-class words of each language (yang, dan, di / the, of, and), from <c>data/{lang}/function-words.txt</c>.
/// A word listed for both languages is dropped: it is no evidence. Looked up by span without allocating.
/// </summary>
public sealed class FunctionWords
{
    public const int MaxLength = 16;

    private readonly FrozenDictionary<string, Language>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FunctionWords(IEnumerable<string> indonesian, IEnumerable<string> english)
    {
        var id = indonesian.ToHashSet(StringComparer.Ordinal);
        var en = english.ToHashSet(StringComparer.Ordinal);
        var words = new Dictionary<string, Language>(StringComparer.Ordinal);
        foreach (var w in id) if (!en.Contains(w)) words[w] = Language.Indonesian;
        foreach (var w in en) if (!id.Contains(w)) words[w] = Language.English;
        _lookup = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The language whose function word <paramref name="lowerCaseWord"/> is, or Unknown.</summary>
    public Language Find(ReadOnlySpan<char> lowerCaseWord) =>
        _lookup.TryGetValue(lowerCaseWord, out var language) ? language : Language.Unknown;

    public static FunctionWords Load(DataDirectory data) => new(Read(data, Language.Indonesian), Read(data, Language.English));

    private static IEnumerable<string> Read(DataDirectory data, Language language) =>
        data.ReadTable(data.File(language, "function-words.txt")).Select(row => row.Fields[0].Trim().ToLowerInvariant());
}
