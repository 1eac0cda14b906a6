using System.Collections.Frozen;

namespace Warta.Morphology.Indonesian;

/// <summary>A read-only set of lower-case words from a one-word-per-line file ('#' comments), looked up by span.</summary>
internal sealed class WordList
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordList(IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.Ordinal);
        Count = set.Count;
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public static WordList Load(string path) => new(ReadItems(path).Select(f => f[0]));

    /// <summary>The tab-separated fields of each non-comment, non-blank line.</summary>
    public static IEnumerable<string[]> ReadItems(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
