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

    /// <summary>A relation row: where its cells are, and its first cell inline, so a one-cell row costs one look-up.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct RelationSlot
    {
        public uint Key;
        public int Start;
        public ushort Count;
        public byte FirstLabel;
        public float FirstWeight;
    }

    /// <summary>One relation weight; label and weight side by side, so a cell costs one cache line, not two.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct RelationCell
    {
        public float Weight;
        public int Label;
    }

    private readonly TransitionSlot[] _transitions;
    private readonly int _transitionMask;
    private readonly RelationSlot[] _relations;
    private readonly int _relationMask;
    private readonly RelationCell[] _cells;
    private readonly KeyFilter _transitionKeys;
    private readonly KeyFilter _relationKeys;
    /// <summary>
    /// Rows of many cells (the joint model's, <see cref="JointClasses"/>): before the sums, each found row's second cell
    /// is read in a pass of its own, so that the cache misses of the rows' cells overlap (a sixth less parse time for the
    /// joint English model, docs/parser.md).
    /// </summary>
    private readonly bool _wideRows;

    public ParserModel(int labelCount, IReadOnlyList<(uint Key, float Shift, float Left, float Right)> transitions,
        IReadOnlyList<(uint Key, (byte Label, float Weight)[] Cells)> relations, bool wideRows = false)
        : this(labelCount, transitions, RelationCells.Of(relations), wideRows)
    {
    }

    /// <param name="relations">The relation rows laid out flat (as the model file reader builds them, without an array per row).</param>
    /// <param name="wideRows">The rows have many cells (a joint model): their cells are fetched in a pass of their own.</param>
    public ParserModel(int labelCount, IReadOnlyList<(uint Key, float Shift, float Left, float Right)> transitions, RelationCells relations,
        bool wideRows = false)
    {
        _wideRows = wideRows;
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
        _cells = new RelationCell[relations.Labels.Length];
        for (int c = 0; c < _cells.Length; c++) _cells[c] = new RelationCell { Weight = relations.Weights[c], Label = relations.Labels[c] };
        _relationKeys = new KeyFilter(relations.Keys.Length);
        for (int row = 0; row < relations.Keys.Length; row++)
        {
            uint key = relations.Keys[row];
            _relationKeys.Add(key);
            int slot = Slot(key, _relationMask);
            while (_relations[slot].Key != 0) slot = (slot + 1) & _relationMask;
            int start = relations.Starts[row], count = relations.Starts[row + 1] - start;
            _relations[slot] = count == 0 ? new RelationSlot { Key = key, Start = start }
                : new RelationSlot { Key = key, Start = start, Count = (ushort)count, FirstLabel = relations.Labels[start], FirstWeight = relations.Weights[start] };
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
        scores[..ArcHybrid.MoveCount].Clear();
        AddTransitions(features, scores);
    }

    /// <summary>
    /// The weights of each feature, an empty slot (key 0) where the model does not have it; looked up in the same
    /// passes as <see cref="AddTransitions"/>, so the table's cache misses overlap.
    /// </summary>
    public void FindTransitions(ReadOnlySpan<ulong> features, Span<TransitionSlot> found)
    {
        Span<uint> keys = stackalloc uint[features.Length];
        Span<int> slots = stackalloc int[features.Length];
        var table = _transitions;
        for (int i = 0; i < features.Length; i++)
        {
            keys[i] = Key(features[i]);
            slots[i] = _transitionKeys.MayContain(keys[i]) ? Slot(keys[i], _transitionMask) : -1;
        }
        for (int i = 0; i < features.Length; i++) found[i] = slots[i] < 0 ? default : table[slots[i]];
        for (int i = 0; i < features.Length; i++)
        {
            if (found[i].Key == keys[i] || found[i].Key == 0) continue;
            int slot = FindTransition(keys[i], slots[i]);
            found[i] = slot < 0 ? default : table[slot];
        }
    }

    /// <summary>Adds the features' weights, in order, to the move scores already in <paramref name="scores"/>.</summary>
    public void AddTransitions(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<uint> keys = stackalloc uint[features.Length];
        Span<int> slots = stackalloc int[features.Length];
        Span<uint> probed = stackalloc uint[features.Length];
        int count = Candidates(features, _transitionKeys, _transitionMask, keys, slots);
        var table = _transitions;
        for (int i = 0; i < count; i++) probed[i] = table[slots[i]].Key;
        float shift = scores[0], left = scores[1], right = scores[2];
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
        AddRelations(features, scores);
    }

    /// <summary>The rows of the features, an empty row where the model does not have one (as <see cref="FindTransitions"/>).</summary>
    public void FindRelations(ReadOnlySpan<ulong> features, Span<RelationSlot> found)
    {
        Span<uint> keys = stackalloc uint[features.Length];
        Span<int> slots = stackalloc int[features.Length];
        var table = _relations;
        for (int i = 0; i < features.Length; i++)
        {
            keys[i] = Key(features[i]);
            slots[i] = _relationKeys.MayContain(keys[i]) ? Slot(keys[i], _relationMask) : -1;
        }
        for (int i = 0; i < features.Length; i++) found[i] = slots[i] < 0 ? default : table[slots[i]];
        for (int i = 0; i < features.Length; i++)
            if (found[i].Key != keys[i] && found[i].Key != 0) found[i] = FindRelation(keys[i], slots[i]);
    }

    /// <summary>Adds rows found by <see cref="FindRelations"/> to <paramref name="scores"/>, in order.</summary>
    public void AddRows(ReadOnlySpan<RelationSlot> rows, Span<float> scores)
    {
        for (int i = 0; i < rows.Length; i++) AddRow(in rows[i], scores);
    }

    private void AddRow(in RelationSlot row, Span<float> scores)
    {
        if (row.Count == 0) return;
        scores[row.FirstLabel] += row.FirstWeight;
        var cells = _cells;
        for (int c = row.Start + 1, end = row.Start + row.Count; c < end; c++) scores[cells[c].Label] += cells[c].Weight;
    }

    /// <summary>Adds the features' relation (or joint class) weights, in order, to the scores already in <paramref name="scores"/>.</summary>
    public void AddRelations(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<uint> keys = stackalloc uint[features.Length];
        Span<int> slots = stackalloc int[features.Length];
        Span<RelationSlot> rows = stackalloc RelationSlot[features.Length];
        int count = Candidates(features, _relationKeys, _relationMask, keys, slots);
        var table = _relations;
        for (int i = 0; i < count; i++) rows[i] = table[slots[i]];
        for (int i = 0; i < count; i++)
            if (rows[i].Key != keys[i]) rows[i] = rows[i].Key == 0 ? default : FindRelation(keys[i], slots[i]);
        if (_wideRows)
        {
            var cells = _cells;
            int touched = 0;
            for (int i = 0; i < count; i++) if (rows[i].Count > 1) touched |= cells[rows[i].Start + 1].Label;
            if (touched < 0) scores[0] = float.NaN; // never: labels are bytes; keeps the loads
        }
        for (int i = 0; i < count; i++) AddRow(in rows[i], scores);
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
        RelationRows().Select(r => (r.Key, r.Cells.Where(c => Math.Abs(c.Weight) > threshold).ToArray())).Where(r => r.Item2.Length > 0).ToList(),
        _wideRows);

    /// <summary>The transition rows in key order (for writing the model file).</summary>
    public IEnumerable<(uint Key, float Shift, float Left, float Right)> TransitionRows() =>
        _transitions.Where(s => s.Key != 0).OrderBy(s => s.Key).Select(s => (s.Key, s.Shift, s.Left, s.Right));

    /// <summary>The relation rows in key order.</summary>
    public IEnumerable<(uint Key, (byte Label, float Weight)[] Cells)> RelationRows() =>
        _relations.Where(s => s.Key != 0).OrderBy(s => s.Key)
            .Select(s => (s.Key, Enumerable.Range(s.Start, s.Count).Select(c => ((byte)_cells[c].Label, _cells[c].Weight)).ToArray()));
}
