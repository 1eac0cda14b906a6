using System.Runtime.Intrinsics;
using Warta.Parsing;

namespace Warta.Tagging;

/// <summary>
/// The frozen weights of the averaged perceptron: one row of <see cref="TagCount"/> weights per hashed feature,
/// found through an open-addressing table whose slots hold the key and its row together (one cache line per probe),
/// with a <see cref="KeyFilter"/> in front so a feature the model does not have costs no look-up in the table.
/// Read-only after construction, so any number of threads may score at once.
/// </summary>
internal sealed class PerceptronModel
{
    /// <summary>The 17 UPOS tags, as <c>(int)upos - 1</c>.</summary>
    public const int TagCount = 17;

    private struct Slot
    {
        public ulong Key;
        public int Row;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly KeyFilter _filter;

    /// <param name="keys">Feature keys, strictly increasing.</param>
    /// <param name="weights">TagCount weights per key, in key order.</param>
    public PerceptronModel(ulong[] keys, float[] weights)
    {
        if (weights.Length != keys.Length * TagCount) throw new ArgumentException("one row of weights per key is needed", nameof(weights));
        Keys = keys;
        Weights = weights;
        int capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _filter = new KeyFilter(keys.Length);
        for (int row = 0; row < keys.Length; row++)
        {
            _filter.Add(FilterKey(keys[row]));
            int slot = SlotOf(keys[row]);
            while (_slots[slot].Key != 0) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Key = keys[row], Row = row };
        }
    }

    public ulong[] Keys { get; }
    public float[] Weights { get; }
    public int FeatureCount => Keys.Length;

    /// <summary>
    /// Adds the weights of every known feature to <paramref name="scores"/> (TagCount entries, cleared first). In
    /// passes, like the parser's scoring: the features the filter lets through; their first slots, read by loads that
    /// do not wait for one another; then each row added in feature order, each tag's sum the same as one feature at a
    /// time (vector lanes add the same floats in the same order as the scalar loop).
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<ulong> keys = stackalloc ulong[features.Length];
        Span<int> slots = stackalloc int[features.Length];
        int count = 0;
        foreach (var feature in features)
        {
            keys[count] = feature;
            slots[count] = SlotOf(feature);
            count += _filter.MayContain(FilterKey(feature)) ? 1 : 0;
        }
        Span<Slot> probed = stackalloc Slot[count];
        for (int i = 0; i < count; i++) probed[i] = _slots[slots[i]];
        var low = Vector256<float>.Zero;
        var high = Vector256<float>.Zero;
        float last = 0;
        var weights = Weights.AsSpan();
        for (int i = 0; i < count; i++)
        {
            int row = probed[i].Key == keys[i] ? probed[i].Row : probed[i].Key == 0 ? -1 : Find(keys[i], slots[i]);
            if (row < 0) continue;
            var w = weights.Slice(row * TagCount, TagCount);
            low += Vector256.Create<float>(w);
            high += Vector256.Create<float>(w[8..]);
            last += w[16];
        }
        low.CopyTo(scores);
        high.CopyTo(scores[8..]);
        scores[16] = last;
    }

    /// <summary>The row of a key whose first slot held another key, or -1.</summary>
    private int Find(ulong key, int slot)
    {
        while (true)
        {
            slot = (slot + 1) & _mask;
            ulong k = _slots[slot].Key;
            if (k == key) return _slots[slot].Row;
            if (k == 0) return -1;
        }
    }

    private int SlotOf(ulong key) => (int)((key ^ (key >> 29)) & (ulong)_mask);

    private static uint FilterKey(ulong key) => (uint)(key ^ (key >> 32));

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int t = 1; t < TagCount; t++) if (scores[t] > scores[best]) best = t;
        return best;
    }
}
