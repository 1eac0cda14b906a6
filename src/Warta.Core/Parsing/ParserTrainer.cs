using Warta.Tagging;

namespace Warta.Parsing;

/// <summary>One training sentence: its atoms (forms, lemmas, predicted tags) and its projectivised gold tree.</summary>
internal sealed record ParserSentence(SentenceAtoms Atoms, int[] Heads, int[] Labels)
{
    public int Count => Atoms.Count;
}

/// <summary>
/// Trains the parser's two averaged perceptrons with the arc-hybrid dynamic oracle (Goldberg and Nivre 2012, 2013):
/// at every configuration the best-scoring legal move is compared with the best-scoring move of least cost, and the
/// transition weights are updated when the prediction costs more. From the second iteration on the parser follows
/// its own prediction (with probability 0.9, else the oracle's move), so it learns to recover from its mistakes. The
/// relation model is trained on every arc whose head is right. Sentences are visited in a seeded shuffled order;
/// averaging is lazy. Deterministic.
/// </summary>
internal sealed class ParserTrainer(int labelCount, int rootLabel, ParserFeatureSet featureSet, int branches = 0, bool joint = false)
{
    public const ulong Seed = 0x5041525345UL; // "PARSE"
    private const double ExploreProbability = 0.9;

    private readonly WeightTable _transitions = new(ArcHybrid.MoveCount);
    private readonly WeightTable _relations = new(labelCount);
    /// <summary>With joint labelled transitions: one score per shift, left-rel and right-rel (<see cref="JointClasses"/>).</summary>
    private readonly SparseWeightTable? _joint = joint ? new(JointClasses.Count(labelCount)) : null;
    private int _steps;

    /// <param name="afterIteration">Called after each iteration with the averaged model; returning false stops training.</param>
    public void Train(IReadOnlyList<ParserSentence> data, int iterations, Func<int, Func<float, ParserModel>, bool>? afterIteration = null)
    {
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new SplitMix64(Seed);
        if (joint && branches > 0) throw new ArgumentException("training branches are not implemented for joint labelled transitions");
        if (joint && JointClasses.Count(labelCount) > 256) throw new ArgumentException("joint labelled transitions take at most 127 relations");
        var scratch = new Scratch(labelCount, branches);
        for (int iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            foreach (var index in order) TrainSentence(data[index], iteration, random, scratch);
            if (afterIteration?.Invoke(iteration, threshold => Average(threshold)) == false) break;
        }
    }

    /// <summary>
    /// One sentence: the sequence the parser follows, then (from the second iteration, with <c>branches</c> &gt; 0) one
    /// more from each of its least certain moves, taking the runner-up there and training on from the configurations it
    /// leads to (Choi and McCallum's bootstrapping with branches; the dynamic oracle gives their costs).
    /// </summary>
    private void TrainSentence(ParserSentence sentence, int iteration, SplitMix64 random, Scratch s)
    {
        s.State.Start(sentence.Count);
        s.Oracle.Start(sentence.Heads, sentence.Count);
        s.History.Clear();
        s.Points.Clear();
        bool branch = branches > 0 && iteration > 1;
        while (!s.State.IsFinal)
        {
            var (move, label) = Step(sentence, iteration, random, s, forced: null);
            if (branch) s.Consider(s.History.Count);
            s.History.Add((move, label));
        }
        if (!branch) return;
        foreach (var (_, at, runnerUp) in s.Points)
        {
            s.State.Start(sentence.Count);
            s.Oracle.Start(sentence.Heads, sentence.Count);
            for (int t = 0; t < at; t++) Apply(s, s.History[t].Move, s.History[t].Label);
            Step(sentence, iteration, random, s, forced: runnerUp);
            while (!s.State.IsFinal) Step(sentence, iteration, random, s, forced: null);
        }
    }

    /// <summary>
    /// Scores the configuration, updates the transition weights if the prediction costs more than the best move, chooses
    /// the move (the prediction or the oracle's, or <paramref name="forced"/>) and its relation, and applies them.
    /// </summary>
    private (Move Move, int Label) Step(ParserSentence sentence, int iteration, SplitMix64 random, Scratch s, Move? forced)
    {
        if (_joint is not null) return JointStep(sentence, iteration, random, s);
        var state = s.State;
        int n = TransitionFeatures.Extract(state, sentence.Atoms, s.Features, featureSet);
        var f = s.Features.AsSpan(0, n);
        _transitions.Score(f, s.MoveScores);
        var predicted = DependencyParser.Best(state, s.MoveScores);
        bool explore;
        Move move;
        if (forced is { } chosen)
        {
            // The configuration was trained on in the parser's own sequence: only the move differs here.
            explore = true;
            move = chosen;
        }
        else
        {
            int least = int.MaxValue;
            for (int m = 0; m < ArcHybrid.MoveCount; m++)
            {
                s.Costs[m] = state.IsLegal((Move)m) ? s.Oracle.Cost(state, (Move)m) : int.MaxValue;
                least = Math.Min(least, s.Costs[m]);
            }
            var gold = predicted;
            float goldScore = float.NegativeInfinity;
            for (int m = 0; m < ArcHybrid.MoveCount; m++)
                if (s.Costs[m] == least && s.MoveScores[m] > goldScore) { gold = (Move)m; goldScore = s.MoveScores[m]; }
            _steps++;
            if (s.Costs[(int)predicted] > least) _transitions.Update(f, (int)gold, (int)predicted, _steps);
            explore = iteration > 1 && (random.Next() >> 11) * (1.0 / (1UL << 53)) < ExploreProbability;
            move = explore ? predicted : gold;
            s.NoteRunnerUp(state, move);
        }
        int label = 0;
        if (move != Move.Shift)
        {
            var (head, dependent) = state.Arc(move);
            if (head == 0) label = rootLabel;
            else
            {
                int k = RelationFeatures.Extract(state, sentence.Atoms, head, dependent, s.RelationFeatures, featureSet);
                var rf = s.RelationFeatures.AsSpan(0, k);
                _relations.Score(rf, s.RelationScores);
                label = DependencyParser.BestRelation(s.RelationScores, rootLabel);
                if (s.Oracle.GoldHead(dependent) == head)
                {
                    int truth = sentence.Labels[dependent];
                    if (label != truth && forced is null) _relations.Update(rf, truth, label, _steps);
                    if (!explore) label = truth;
                }
            }
        }
        Apply(s, move, label);
        return (move, label);
    }

    /// <summary>
    /// One configuration with joint labelled transitions: the best legal (move, relation) class against the best-scoring
    /// class of least cost, a class's cost being its move's (the dynamic oracle's) plus one if it makes a gold arc with
    /// the wrong relation. The relation model is trained beside it on every arc whose head is right, as without joint
    /// transitions, so that decoding may take its relations instead (docs/parser.md, twelfth round).
    /// </summary>
    private (Move Move, int Label) JointStep(ParserSentence sentence, int iteration, SplitMix64 random, Scratch s)
    {
        var state = s.State;
        int n = TransitionFeatures.Extract(state, sentence.Atoms, s.Features, featureSet);
        var f = s.Features.AsSpan(0, n);
        var scores = s.ClassScores;
        _joint!.Score(f, scores);
        for (int m = 0; m < ArcHybrid.MoveCount; m++) s.Costs[m] = state.IsLegal((Move)m) ? s.Oracle.Cost(state, (Move)m) : int.MaxValue;
        int predicted = -1, gold = -1, least = int.MaxValue, predictedCost = 0;
        float predictedScore = float.NegativeInfinity, goldScore = float.NegativeInfinity;
        for (int c = 0; c < scores.Length; c++)
        {
            var (move, label) = JointClasses.Decode(c, labelCount);
            int cost = s.Costs[(int)move];
            if (cost == int.MaxValue) continue;
            if (move != Move.Shift)
            {
                var (head, dependent) = state.Arc(move);
                if ((head == 0) != (label == rootLabel)) continue;
                if (s.Oracle.GoldHead(dependent) == head && sentence.Labels[dependent] != label) cost++;
            }
            if (scores[c] > predictedScore) { predicted = c; predictedScore = scores[c]; predictedCost = cost; }
            if (cost < least || (cost == least && scores[c] > goldScore)) { gold = c; goldScore = scores[c]; least = cost; }
        }
        _steps++;
        if (predictedCost > least) _joint.Update(f, gold, predicted, _steps);
        bool explore = iteration > 1 && (random.Next() >> 11) * (1.0 / (1UL << 53)) < ExploreProbability;
        var (chosen, chosenLabel) = JointClasses.Decode(explore ? predicted : gold, labelCount);
        if (chosen != Move.Shift)
        {
            var (head, dependent) = state.Arc(chosen);
            if (head != 0 && s.Oracle.GoldHead(dependent) == head)
            {
                int k = RelationFeatures.Extract(state, sentence.Atoms, head, dependent, s.RelationFeatures, featureSet);
                var rf = s.RelationFeatures.AsSpan(0, k);
                _relations.Score(rf, s.RelationScores);
                int label = DependencyParser.BestRelation(s.RelationScores, rootLabel);
                int truth = sentence.Labels[dependent];
                if (label != truth) _relations.Update(rf, truth, label, _steps);
            }
        }
        Apply(s, chosen, chosenLabel);
        return (chosen, chosenLabel);
    }

    private static void Apply(Scratch s, Move move, int label)
    {
        s.Oracle.BeforeApply(s.State, move);
        s.State.Apply(move, label);
    }

    /// <summary>Per-run buffers, and the branch points of the current sentence: its least certain moves so far.</summary>
    private sealed class Scratch(int labelCount, int branches)
    {
        public readonly ArcHybrid State = new();
        public readonly ArcHybridOracle Oracle = new();
        public readonly ulong[] Features = new ulong[TransitionFeatures.Max + 8];
        public readonly ulong[] RelationFeatures = new ulong[Parsing.RelationFeatures.Max + 8];
        public readonly float[] MoveScores = new float[ArcHybrid.MoveCount];
        public readonly float[] RelationScores = new float[labelCount];
        public readonly float[] ClassScores = new float[JointClasses.Count(labelCount)];
        public readonly int[] Costs = new int[ArcHybrid.MoveCount];
        public readonly List<(Move Move, int Label)> History = [];
        /// <summary>(margin, step, runner-up move), smallest margin first, at most <c>branches</c>.</summary>
        public readonly List<(float Margin, int Step, Move RunnerUp)> Points = [];
        private float _margin;
        private Move? _runnerUp;

        /// <summary>The best-scoring legal move other than the one taken, and by how much the taken one's score leads.</summary>
        public void NoteRunnerUp(ArcHybrid state, Move taken)
        {
            _runnerUp = null;
            _margin = float.PositiveInfinity;
            for (int m = 0; m < ArcHybrid.MoveCount; m++)
            {
                if ((Move)m == taken || !state.IsLegal((Move)m)) continue;
                float margin = MoveScores[(int)taken] - MoveScores[m];
                if (margin < _margin) { _margin = margin; _runnerUp = (Move)m; }
            }
        }

        /// <summary>Keeps the step just scored as a branch point if it is among the least certain so far.</summary>
        public void Consider(int step)
        {
            if (_runnerUp is not { } runnerUp || branches == 0) return;
            if (Points.Count == branches && _margin >= Points[^1].Margin) return;
            int at = Points.FindIndex(p => _margin < p.Margin);
            Points.Insert(at < 0 ? Points.Count : at, (_margin, step, runnerUp));
            if (Points.Count > branches) Points.RemoveAt(Points.Count - 1);
        }
    }

    /// <summary>
    /// The averaged joint labelled transition model (null without one): a model whose "relations" are the
    /// <see cref="JointClasses"/>, keyed by the transition features; cells within <paramref name="threshold"/> of zero dropped.
    /// </summary>
    public ParserModel? AverageJoint(float threshold = 0)
    {
        if (_joint is null) return null;
        var rows = new Dictionary<uint, Dictionary<int, float>>();
        foreach (var (key, cells) in _joint.Averaged(_steps, threshold))
        {
            uint k = ParserModel.Key(key);
            if (!rows.TryGetValue(k, out var row)) rows[k] = row = [];
            foreach (var (c, w) in cells) row[c] = row.GetValueOrDefault(c) + w;
        }
        return new ParserModel(_joint.Width, [],
            rows.OrderBy(p => p.Key).Select(p => (p.Key, p.Value.OrderBy(c => c.Key).Select(c => ((byte)c.Key, c.Value)).ToArray())).ToList(),
            wideRows: true);
    }

    /// <summary>The averaged model; features whose averaged weights are all below <paramref name="threshold"/> are dropped.</summary>
    public ParserModel Average(float threshold = 0)
    {
        var transitions = new Dictionary<uint, (float, float, float)>();
        foreach (var (key, row) in _transitions.Averaged(_steps, threshold))
        {
            // Two 64-bit features sharing a 32-bit key (rare) add up, as they would have if they had been one feature.
            uint k = ParserModel.Key(key);
            var (a, b, c) = transitions.GetValueOrDefault(k);
            transitions[k] = (a + row[0], b + row[1], c + row[2]);
        }
        var relations = new Dictionary<uint, float[]>();
        foreach (var (key, row) in _relations.Averaged(_steps, threshold))
        {
            uint k = ParserModel.Key(key);
            if (relations.TryGetValue(k, out var existing)) for (int l = 0; l < row.Length; l++) existing[l] += row[l];
            else relations[k] = row;
        }
        return new ParserModel(labelCount,
            transitions.OrderBy(p => p.Key).Select(p => (p.Key, p.Value.Item1, p.Value.Item2, p.Value.Item3)).ToList(),
            relations.OrderBy(p => p.Key).Select(p => (p.Key, p.Value.Select((w, l) => ((byte)l, w)).Where(c => Math.Abs(c.w) > threshold)
                .ToArray())).Where(r => r.Item2.Length > 0).ToList());
    }
}

/// <summary>Perceptron weights during training: a dense row per feature, with lazily averaged totals.</summary>
internal sealed class WeightTable(int width)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[width * 1024];
    private double[] _totals = new double[width * 1024];
    private int[] _stamps = new int[width * 1024];

    public int Count => _rows.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..width].Clear();
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            var w = _weights.AsSpan(row * width, width);
            for (int c = 0; c < width; c++) scores[c] += w[c];
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, int step)
    {
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) _rows[f] = row = AddRow();
            Change(row * width + truth, 1, step);
            Change(row * width + guess, -1, step);
        }
    }

    private void Change(int index, float delta, int step)
    {
        _totals[index] += (double)(step - _stamps[index]) * _weights[index];
        _stamps[index] = step;
        _weights[index] += delta;
    }

    private int AddRow()
    {
        int row = _rows.Count, needed = (row + 1) * width;
        if (needed > _weights.Length)
        {
            int size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }

    /// <summary>Averaged rows in key order, rows whose every weight is within <paramref name="threshold"/> of zero left out.</summary>
    public IEnumerable<(ulong Key, float[] Row)> Averaged(int steps, float threshold)
    {
        foreach (var (key, row) in _rows.OrderBy(p => p.Key))
        {
            var averaged = new float[width];
            bool keep = false;
            for (int c = 0; c < width; c++)
            {
                int i = row * width + c;
                double total = _totals[i] + (double)(steps - _stamps[i]) * _weights[i];
                averaged[c] = steps == 0 ? 0 : (float)(total / steps);
                keep |= Math.Abs(averaged[c]) > threshold;
            }
            if (keep) yield return (key, averaged);
        }
    }
}

/// <summary>
/// Perceptron weights over many classes during training, sparse: each feature keeps only the classes it was ever
/// updated for, as (class, weight, running total, stamp) entries side by side in shared arrays (a dense row of 2L + 1
/// weights per feature would take several GB for the joint labelled transitions). A row that fills up moves to the end
/// with twice the room. Lazily averaged, as <see cref="WeightTable"/>.
/// </summary>
internal sealed class SparseWeightTable(int width)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private int[] _start = new int[1024], _count = new int[1024], _room = new int[1024];
    private short[] _classes = new short[1 << 16];
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private int _used;

    public int Count => _rows.Count;
    public int Width => width;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..width].Clear();
        var classes = _classes;
        var weights = _weights;
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            for (int i = _start[row], end = i + _count[row]; i < end; i++) scores[classes[i]] += weights[i];
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, int step)
    {
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) _rows[f] = row = AddRow();
            Change(Entry(row, truth, step), 1, step);
            Change(Entry(row, guess, step), -1, step);
        }
    }

    private void Change(int index, float delta, int step)
    {
        _totals[index] += (double)(step - _stamps[index]) * _weights[index];
        _stamps[index] = step;
        _weights[index] += delta;
    }

    /// <summary>The entry of <paramref name="cls"/> in the row, added (weight 0) if the row has none.</summary>
    private int Entry(int row, int cls, int step)
    {
        int start = _start[row], count = _count[row];
        for (int i = start; i < start + count; i++) if (_classes[i] == cls) return i;
        if (count == _room[row])
        {
            int room = count * 2;
            int moved = Reserve(room);
            Array.Copy(_classes, start, _classes, moved, count);
            Array.Copy(_weights, start, _weights, moved, count);
            Array.Copy(_totals, start, _totals, moved, count);
            Array.Copy(_stamps, start, _stamps, moved, count);
            _start[row] = start = moved;
            _room[row] = room;
        }
        int at = start + count;
        _classes[at] = (short)cls; _weights[at] = 0; _totals[at] = 0; _stamps[at] = step;
        _count[row] = count + 1;
        return at;
    }

    private int Reserve(int room)
    {
        int at = _used;
        _used += room;
        if (_used > _classes.Length)
        {
            int size = Math.Max(_used, _classes.Length * 2);
            Array.Resize(ref _classes, size);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return at;
    }

    private int AddRow()
    {
        int row = _rows.Count;
        if (row == _start.Length)
        {
            Array.Resize(ref _start, row * 2);
            Array.Resize(ref _count, row * 2);
            Array.Resize(ref _room, row * 2);
        }
        _start[row] = Reserve(2);
        _count[row] = 0;
        _room[row] = 2;
        return row;
    }

    /// <summary>Averaged rows in key order, each with its cells above <paramref name="threshold"/> in class order; empty rows left out.</summary>
    public IEnumerable<(ulong Key, (int Class, float Weight)[] Cells)> Averaged(int steps, float threshold)
    {
        foreach (var (key, row) in _rows.OrderBy(p => p.Key))
        {
            var cells = new List<(int, float)>();
            for (int i = _start[row], end = i + _count[row]; i < end; i++)
            {
                double total = _totals[i] + (double)(steps - _stamps[i]) * _weights[i];
                float averaged = steps == 0 ? 0 : (float)(total / steps);
                if (Math.Abs(averaged) > threshold) cells.Add((_classes[i], averaged));
            }
            if (cells.Count > 0) yield return (key, cells.OrderBy(c => c.Item1).ToArray());
        }
    }
}
