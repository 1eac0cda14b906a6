using System.Collections.Concurrent;

namespace Warta.Morphology;

/// <summary>
/// Analyses by exact form, shared by all threads, that stops growing at a bound (later forms are worked out each time,
/// which bounds memory on an endless stream of new forms). A hit allocates nothing (span lookup). The size is counted as
/// entries go in: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the dictionary (hundreds once it
/// has grown), which made each new word cost more than its analysis.
/// </summary>
internal sealed class CappedAnalysisCache
{
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, MorphAnalysis>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _count;

    public CappedAnalysisCache(int capacity)
    {
        _capacity = capacity;
        _lookup = new ConcurrentDictionary<string, MorphAnalysis>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> form, out MorphAnalysis analysis) => _lookup.TryGetValue(form, out analysis!);

    /// <summary>Keeps <paramref name="analysis"/> for <paramref name="form"/> unless the cache is full; returns it.</summary>
    public MorphAnalysis Add(ReadOnlySpan<char> form, MorphAnalysis analysis)
    {
        if (Volatile.Read(ref _count) < _capacity && _lookup.TryAdd(form, analysis)) Interlocked.Increment(ref _count);
        return analysis;
    }
}
