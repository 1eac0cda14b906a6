using System.Collections.Frozen;

namespace Warta.Data;

/// <summary>
/// Words grouped by kind (a kind is an enum's value), matched ignoring case on a span without allocating: the storage of
/// the function-word tables (clause words' roles, actor words). Build with <see cref="Builders"/>, then freeze.
/// </summary>
internal sealed class WordSets
{
    private readonly FrozenSet<string>[] _sets;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _lookups;

    public WordSets(IEnumerable<IEnumerable<string>> sets)
    {
        _sets = sets.Select(s => s.ToFrozenSet(StringComparer.OrdinalIgnoreCase)).ToArray();
        _lookups = _sets.Select(s => s.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
    }

    /// <summary>One empty, case-insensitive set per kind, to fill while reading a table.</summary>
    public static HashSet<string>[] Builders(int kinds) =>
        Enumerable.Range(0, kinds).Select(_ => new HashSet<string>(StringComparer.OrdinalIgnoreCase)).ToArray();

    public bool Has(int kind, ReadOnlySpan<char> word) => _lookups[kind].Contains(word);

    public int Count(int kind) => _sets[kind].Count;

    /// <summary>Each kind's words of this table and of <paramref name="other"/> together.</summary>
    public WordSets Union(WordSets other) => new(_sets.Select((s, i) => s.Concat(other._sets[i])));
}
