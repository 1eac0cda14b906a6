using Warta.Parsing;

namespace Warta.Tagging;

/// <summary>
/// The two models of a two-pass tagger behind one look-up table: a feature's key finds its row in the first-pass
/// model and in the second-pass model at once (-1 where a model does not have it). A word's own features (all but
/// the tag history) are the same in both passes, so the tagger looks them up once, in the first pass, and keeps their
/// second-pass rows for the second: each such feature costs one probe instead of two. Slots hold the key and both rows
/// (16 bytes, one cache line per probe). Unlike the parser's tables and <see cref="PerceptronModel"/>, there is no
/// <see cref="KeyFilter"/> in front: about 84 % of the tagger's features are in one model or the other (the parser's:
/// about 70 %), so the filter let nearly every feature through and its own load was a cost on almost every look-up
/// (side by side with the filtered table, Indonesian code used 3-4 % less CPU without it; see docs/benchmarks.md).
/// Read-only after construction.
/// </summary>
internal sealed class TwoPassRows
{
    private struct Slot
    {
        public ulong Key;
        public int First;
        public int Second;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    public TwoPassRows(PerceptronModel first, PerceptronModel second)
    {
        First = first;
        Second = second;
        ulong[] a = first.Keys, b = second.Keys;
        int union = 0;
        for (int i = 0, j = 0; i < a.Length || j < b.Length; union++)
        {
            if (j == b.Length || (i < a.Length && a[i] < b[j])) i++;
            else if (i == a.Length || b[j] < a[i]) j++;
            else { i++; j++; }
        }
        int capacity = 16;
        while (capacity < union * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        // Both key lists are strictly increasing, so one merge visits every key of either model once.
        for (int i = 0, j = 0; i < a.Length || j < b.Length;)
        {
            if (j == b.Length || (i < a.Length && a[i] < b[j])) { Add(a[i], i, -1); i++; }
            else if (i == a.Length || b[j] < a[i]) { Add(b[j], -1, j); j++; }
            else { Add(a[i], i, j); i++; j++; }
        }
    }

    public PerceptronModel First { get; }
    public PerceptronModel Second { get; }

    private void Add(ulong key, int first, int second)
    {
        var slots = _slots;
        int slot = PerceptronModel.SlotOf(key, _mask);
        while (slots[slot].Key != 0) slot = (slot + 1) & _mask;
        slots[slot] = new Slot { Key = key, First = first, Second = second };
    }

    /// <summary>
    /// Each feature's row in both models, -1 where a model does not have it. In passes, like the models' scoring: the
    /// first slots; those slots read by loads that do not wait for one another; then the rows (walking on from a slot
    /// that holds another key).
    /// </summary>
    public void Find(ReadOnlySpan<ulong> features, Span<int> first, Span<int> second)
    {
        Span<int> slots = stackalloc int[features.Length];
        for (int i = 0; i < features.Length; i++) slots[i] = PerceptronModel.SlotOf(features[i], _mask);
        Span<Slot> probed = stackalloc Slot[features.Length];
        var table = _slots;
        for (int i = 0; i < features.Length; i++) probed[i] = table[slots[i]];
        for (int i = 0; i < features.Length; i++)
        {
            ulong key = features[i];
            if (probed[i].Key != key && probed[i].Key != 0) probed[i] = Find(key, slots[i]);
            if (probed[i].Key == key) (first[i], second[i]) = (probed[i].First, probed[i].Second);
            else (first[i], second[i]) = (-1, -1);
        }
    }

    /// <summary>The slot of a key whose first slot held another key, or an empty slot.</summary>
    private Slot Find(ulong key, int slot)
    {
        var slots = _slots;
        while (true)
        {
            slot = (slot + 1) & _mask;
            ref readonly var s = ref slots[slot];
            if (s.Key == key || s.Key == 0) return s;
        }
    }
}
