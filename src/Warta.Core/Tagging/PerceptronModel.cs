using System.Runtime.CompilerServices;
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

    private Table? _table;

    /// <param name="keys">Feature keys, strictly increasing.</param>
    /// <param name="weights">TagCount weights per key, in key order.</param>
    public PerceptronModel(ulong[] keys, float[] weights)
    {
        if (weights.Length != keys.Length * TagCount) throw new ArgumentException("one row of weights per key is needed", nameof(weights));
        Keys = keys;
        Weights = weights;
    }

    /// <summary>
    /// The look-up table, built on first use: a two-pass tagger finds its rows through <see cref="TwoPassRows"/>
    /// instead, so its two models never build their own.
    /// </summary>
    private sealed class Table
    {
        public readonly Slot[] Slots;
        public readonly int Mask;
        public readonly KeyFilter Filter;

        public Table(ulong[] keys)
        {
            int capacity = 16;
            while (capacity < keys.Length * 2) capacity <<= 1;
            Slots = new Slot[capacity];
            Mask = capacity - 1;
            Filter = new KeyFilter(keys.Length);
            for (int row = 0; row < keys.Length; row++)
            {
                Filter.Add(FilterKey(keys[row]));
                int slot = SlotOf(keys[row], Mask);
                while (Slots[slot].Key != 0) slot = (slot + 1) & Mask;
                Slots[slot] = new Slot { Key = keys[row], Row = row };
            }
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
        var table = _table ??= new Table(Keys);
        Span<ulong> keys = stackalloc ulong[features.Length];
        Span<int> slots = stackalloc int[features.Length];
        int count = 0;
        foreach (var feature in features)
        {
            keys[count] = feature;
            slots[count] = SlotOf(feature, table.Mask);
            count += table.Filter.MayContain(FilterKey(feature)) ? 1 : 0;
        }
        Span<Slot> probed = stackalloc Slot[count];
        var tableSlots = table.Slots;
        for (int i = 0; i < count; i++) probed[i] = tableSlots[slots[i]];
        var low = Vector256<float>.Zero;
        var high = Vector256<float>.Zero;
        float last = 0;
        var weights = Weights.AsSpan();
        for (int i = 0; i < count; i++)
        {
            int row = probed[i].Key == keys[i] ? probed[i].Row : probed[i].Key == 0 ? -1 : Find(table, keys[i], slots[i]);
            if (row >= 0) AddRow(weights, row, ref low, ref high, ref last);
        }
        low.CopyTo(scores);
        high.CopyTo(scores[8..]);
        scores[16] = last;
    }

    /// <summary>
    /// Writes into <paramref name="scores"/> the sum of the rows in <paramref name="rows"/> and then those in
    /// <paramref name="more"/>, in order, skipping -1 (a feature the model does not have): the same floats added in
    /// the same order as <see cref="Score"/> adds them (vector lanes for tags 0–15, a scalar for tag 16).
    /// </summary>
    public void SumRows(ReadOnlySpan<int> rows, ReadOnlySpan<int> more, Span<float> scores)
    {
        var low = Vector256<float>.Zero;
        var high = Vector256<float>.Zero;
        float last = 0;
        var weights = Weights.AsSpan();
        foreach (int row in rows) if (row >= 0) AddRow(weights, row, ref low, ref high, ref last);
        foreach (int row in more) if (row >= 0) AddRow(weights, row, ref low, ref high, ref last);
        low.CopyTo(scores);
        high.CopyTo(scores[8..]);
        scores[16] = last;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(ReadOnlySpan<float> weights, int row, ref Vector256<float> low, ref Vector256<float> high, ref float last)
    {
        var w = weights.Slice(row * TagCount, TagCount);
        low += Vector256.Create(w);
        high += Vector256.Create(w[8..]);
        last += w[16];
    }

    /// <summary>The row of a key whose first slot held another key, or -1.</summary>
    private static int Find(Table table, ulong key, int slot)
    {
        var slots = table.Slots;
        while (true)
        {
            slot = (slot + 1) & table.Mask;
            ulong k = slots[slot].Key;
            if (k == key) return slots[slot].Row;
            if (k == 0) return -1;
        }
    }

    internal static int SlotOf(ulong key, int mask) => (int)((key ^ (key >> 29)) & (ulong)mask);

    internal static uint FilterKey(ulong key) => (uint)(key ^ (key >> 32));

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int t = 1; t < TagCount; t++) if (scores[t] > scores[best]) best = t;
        return best;
    }
}
