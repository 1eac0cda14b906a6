using System.Runtime.InteropServices;

namespace Warta.Parsing;

/// <summary>
/// The frozen weights of the parser: the transition model (three weights per feature, stored beside the feature's
/// 32-bit key in one 16-byte slot of an open-addressing table, so a look-up touches one cache line) and the relation
/// model (per feature, its non-zero relation weights as a short run of cells). Each table has a <see cref="KeyFilter"/>
/// in front, so a feature the model does not have costs no look-up in the table. Read-only: any number of threads score
/// at once.
/// </summary>
internal sealed class ParserModel
{
    [StructLayout(LayoutKind.Sequential)]
    internal struct TransitionSlot
    {
        public uint Key;
        public float Shift, Left, Right;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct RelationSlot
    {
        public uint Key;
        public int Start;
        public int Count;
    }

    private readonly TransitionSlot[] _transitions;
    private readonly int _transitionMask;
    private readonly RelationSlot[] _relations;
    private readonly int _relationMask;
    private readonly byte[] _cellLabels;
    private readonly float[] _cellWeights;
    private readonly KeyFilter _transitionKeys;
    private readonly KeyFilter _relationKeys;

    public ParserModel(int labelCount, IReadOnlyList<(uint Key, float Shift, float Left, float Right)> transitions,
        IReadOnlyList<(uint Key, (byte Label, float Weight)[] Cells)> relations)
        : this(labelCount, transitions, RelationCells.Of(relations))
    {
    }

    /// <param name="relations">The relation rows laid out flat (as the model file reader builds them, without an array per row).</param>
    public ParserModel(int labelCount, IReadOnlyList<(uint Key, float Shift, float Left, float Right)> transitions, RelationCells relations)
    {
        LabelCount = labelCount;
        TransitionFeatures = transitions.Count;
        RelationFeatures = relations.Keys.Length;
        _transitions = new TransitionSlot[Capacity(transitions.Count)];
        _transitionMask = _transitions.Length - 1;
        _transitionKeys = new KeyFilter(transitions.Count);
        for (int i = 0; i < transitions.Count; i++)
        {
            var (key, shift, left, right) = transitions[i];
            _transitionKeys.Add(key);
            int slot = Slot(key, _transitionMask);
            while (_transitions[slot].Key != 0) slot = (slot + 1) & _transitionMask;
            _transitions[slot] = new TransitionSlot { Key = key, Shift = shift, Left = left, Right = right };
        }
        _relations = new RelationSlot[Capacity(relations.Keys.Length)];
        _relationMask = _relations.Length - 1;
        _cellLabels = relations.Labels;
        _cellWeights = relations.Weights;
        _relationKeys = new KeyFilter(relations.Keys.Length);
        for (int row = 0; row < relations.Keys.Length; row++)
        {
            uint key = relations.Keys[row];
            _relationKeys.Add(key);
            int slot = Slot(key, _relationMask);
            while (_relations[slot].Key != 0) slot = (slot + 1) & _relationMask;
            _relations[slot] = new RelationSlot { Key = key, Start = relations.Starts[row], Count = relations.Starts[row + 1] - relations.Starts[row] };
        }
    }

    /// <summary>
    /// The relation rows laid out flat: row i has key <see cref="Keys"/>[i] and the cells from <see cref="Starts"/>[i]
    /// up to <see cref="Starts"/>[i + 1] of <see cref="Labels"/> and <see cref="Weights"/>.
    /// </summary>
    internal sealed record RelationCells(uint[] Keys, int[] Starts, byte[] Labels, float[] Weights)
    {
        public static RelationCells Of(IReadOnlyList<(uint Key, (byte Label, float Weight)[] Cells)> rows)
        {
            var keys = new uint[rows.Count];
            var starts = new int[rows.Count + 1];
            for (int i = 0; i < rows.Count; i++) { keys[i] = rows[i].Key; starts[i + 1] = starts[i] + rows[i].Cells.Length; }
            var labels = new byte[starts[^1]];
            var weights = new float[starts[^1]];
            for (int i = 0; i < rows.Count; i++)
                for (int c = 0; c < rows[i].Cells.Length; c++) (labels[starts[i] + c], weights[starts[i] + c]) = rows[i].Cells[c];
            return new RelationCells(keys, starts, labels, weights);
        }
    }

    public int LabelCount { get; }
    public int TransitionFeatures { get; }
    public int RelationFeatures { get; }

    private static int Capacity(int count)
    {
        int capacity = 16;
        while (capacity < count + count / 2) capacity <<= 1;
        return capacity;
    }

    /// <summary>The 32-bit key a 64-bit feature hash is stored under (0 is the empty slot).</summary>
    public static uint Key(ulong feature)
    {
        uint key = (uint)(feature ^ (feature >> 32));
        return key == 0 ? 1u : key;
    }

    private static int Slot(uint key, int mask) => (int)((key * 0x9E3779B1u) >> 7) & mask;

    // Scoring runs in passes over the features (see docs/parser.md, "Look-ups in batches"): the keys the filter lets
    // through and their first slots; then those slots' keys, read into a local buffer by loads that do not depend on
    // one another, so the CPU has many cache misses in flight at once instead of one per feature; then the sums, in
    // feature order, so the scores are the same floats added in the same order as one look-up at a time.

    public void ScoreTransitions(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<uint> keys = stackalloc uint[features.Length];
        Span<int> slots = stackalloc int[features.Length];
        Span<uint> probed = stackalloc uint[features.Length];
        int count = Candidates(features, _transitionKeys, _transitionMask, keys, slots);
        var table = _transitions;
        for (int i = 0; i < count; i++) probed[i] = table[slots[i]].Key;
        float shift = 0, left = 0, right = 0;
        for (int i = 0; i < count; i++)
        {
            if (probed[i] == 0) continue;
            int slot = probed[i] == keys[i] ? slots[i] : FindTransition(keys[i], slots[i]);
            if (slot < 0) continue;
            ref readonly var s = ref table[slot];
            shift += s.Shift; left += s.Left; right += s.Right;
        }
        scores[0] = shift; scores[1] = left; scores[2] = right;
    }

    public void ScoreRelations(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..LabelCount].Clear();
        Span<uint> keys = stackalloc uint[features.Length];
        Span<int> slots = stackalloc int[features.Length];
        Span<RelationSlot> rows = stackalloc RelationSlot[features.Length];
        int count = Candidates(features, _relationKeys, _relationMask, keys, slots);
        var table = _relations;
        for (int i = 0; i < count; i++) rows[i] = table[slots[i]];
        for (int i = 0; i < count; i++)
            if (rows[i].Key != keys[i]) rows[i] = rows[i].Key == 0 ? default : FindRelation(keys[i], slots[i]);
        // The rows' first cells, gathered the same way before the sums need them (the rest share their cache lines).
        Span<byte> firstLabels = stackalloc byte[count];
        Span<float> firstWeights = stackalloc float[count];
        for (int i = 0; i < count; i++)
        {
            if (rows[i].Count == 0) continue;
            firstLabels[i] = _cellLabels[rows[i].Start];
            firstWeights[i] = _cellWeights[rows[i].Start];
        }
        for (int i = 0; i < count; i++)
        {
            var row = rows[i];
            if (row.Count == 0) continue;
            scores[firstLabels[i]] += firstWeights[i];
            for (int c = row.Start + 1, end = row.Start + row.Count; c < end; c++) scores[_cellLabels[c]] += _cellWeights[c];
        }
    }

    /// <summary>The row of a relation key whose first slot held another key, or an empty row.</summary>
    private RelationSlot FindRelation(uint key, int slot)
    {
        do
        {
            slot = (slot + 1) & _relationMask;
            if (_relations[slot].Key == key) return _relations[slot];
        } while (_relations[slot].Key != 0);
        return default;
    }

    /// <summary>The slot of a transition key whose first slot held another key, or -1.</summary>
    private int FindTransition(uint key, int slot)
    {
        do
        {
            slot = (slot + 1) & _transitionMask;
            if (_transitions[slot].Key == key) return slot;
        } while (_transitions[slot].Key != 0);
        return -1;
    }

    /// <summary>The keys of the features the filter may hold, with their first slots; returns how many.</summary>
    private static int Candidates(ReadOnlySpan<ulong> features, KeyFilter filter, int mask, Span<uint> keys, Span<int> slots)
    {
        int count = 0;
        foreach (var feature in features)
        {
            uint key = Key(feature);
            keys[count] = key;
            slots[count] = Slot(key, mask);
            count += filter.MayContain(key) ? 1 : 0;
        }
        return count;
    }

    /// <summary>A smaller model: rows whose weights are all within <paramref name="threshold"/> of zero, and such cells, dropped.</summary>
    public ParserModel Pruned(float threshold) => new(LabelCount,
        TransitionRows().Where(r => Math.Max(Math.Abs(r.Shift), Math.Max(Math.Abs(r.Left), Math.Abs(r.Right))) > threshold).ToList(),
        RelationRows().Select(r => (r.Key, r.Cells.Where(c => Math.Abs(c.Weight) > threshold).ToArray())).Where(r => r.Item2.Length > 0).ToList());

    /// <summary>The transition rows in key order (for writing the model file).</summary>
    public IEnumerable<(uint Key, float Shift, float Left, float Right)> TransitionRows() =>
        _transitions.Where(s => s.Key != 0).OrderBy(s => s.Key).Select(s => (s.Key, s.Shift, s.Left, s.Right));

    /// <summary>The relation rows in key order.</summary>
    public IEnumerable<(uint Key, (byte Label, float Weight)[] Cells)> RelationRows() =>
        _relations.Where(s => s.Key != 0).OrderBy(s => s.Key)
            .Select(s => (s.Key, Enumerable.Range(s.Start, s.Count).Select(c => (_cellLabels[c], _cellWeights[c])).ToArray()));
}
