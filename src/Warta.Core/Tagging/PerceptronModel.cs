namespace Warta.Tagging;

/// <summary>
/// The frozen weights of the averaged perceptron: one row of <see cref="TagCount"/> weights per hashed feature,
/// found through an open-addressing table. Read-only after construction, so any number of threads may score at once.
/// </summary>
internal sealed class PerceptronModel
{
    /// <summary>The 17 UPOS tags, as <c>(int)upos - 1</c>.</summary>
    public const int TagCount = 17;

    private readonly ulong[] _slotKeys;
    private readonly int[] _slotRows;
    private readonly int _mask;

    /// <param name="keys">Feature keys, strictly increasing.</param>
    /// <param name="weights">TagCount weights per key, in key order.</param>
    public PerceptronModel(ulong[] keys, float[] weights)
    {
        if (weights.Length != keys.Length * TagCount) throw new ArgumentException("one row of weights per key is needed", nameof(weights));
        Keys = keys;
        Weights = weights;
        int capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _slotKeys = new ulong[capacity];
        _slotRows = new int[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            int slot = Slot(keys[row]);
            while (_slotKeys[slot] != 0) slot = (slot + 1) & _mask;
            _slotKeys[slot] = keys[row];
            _slotRows[slot] = row;
        }
    }

    public ulong[] Keys { get; }
    public float[] Weights { get; }
    public int FeatureCount => Keys.Length;

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (TagCount entries, cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..TagCount].Clear();
        var weights = Weights.AsSpan();
        foreach (var feature in features)
        {
            int row = Find(feature);
            if (row < 0) continue;
            var w = weights.Slice(row * TagCount, TagCount);
            for (int t = 0; t < TagCount; t++) scores[t] += w[t];
        }
    }

    private int Find(ulong key)
    {
        int slot = Slot(key);
        while (true)
        {
            ulong k = _slotKeys[slot];
            if (k == key) return _slotRows[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(ulong key) => (int)((key ^ (key >> 29)) & (ulong)_mask);

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int t = 1; t < TagCount; t++) if (scores[t] > scores[best]) best = t;
        return best;
    }
}
