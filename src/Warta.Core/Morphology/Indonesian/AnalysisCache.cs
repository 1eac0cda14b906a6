using System.Collections.Concurrent;

namespace Warta.Morphology.Indonesian;

/// <summary>
/// Analyses by exact form, shared by all threads. A hit allocates nothing (span lookup); when the cache reaches its
/// bound it is emptied rather than evicted entry by entry, which is cheap and keeps memory flat on endless streams.
/// </summary>
internal sealed class AnalysisCache(int capacity)
{
    private readonly ConcurrentDictionary<string, MorphAnalysis> _map = new(StringComparer.Ordinal);
    private int _count;

    public bool TryGet(ReadOnlySpan<char> form, out MorphAnalysis analysis) =>
        _map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out analysis!);

    public MorphAnalysis Add(ReadOnlySpan<char> form, MorphAnalysis analysis)
    {
        if (Interlocked.Increment(ref _count) > capacity)
        {
            _map.Clear();
            Interlocked.Exchange(ref _count, 1);
        }
        return _map.GetOrAdd(form.ToString(), analysis);
    }
}
