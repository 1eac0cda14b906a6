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
internal sealed class ParserTrainer(int labelCount, int rootLabel, ParserFeatureSet featureSet)
{
    public const ulong Seed = 0x5041525345UL; // "PARSE"
    private const double ExploreProbability = 0.9;

    private readonly WeightTable _transitions = new(ArcHybrid.MoveCount);
    private readonly WeightTable _relations = new(labelCount);
    private int _steps;

    /// <param name="afterIteration">Called after each iteration with the averaged model; returning false stops training.</param>
    public void Train(IReadOnlyList<ParserSentence> data, int iterations, Func<int, Func<float, ParserModel>, bool>? afterIteration = null)
    {
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new SplitMix64(Seed);
        var state = new ArcHybrid();
        var oracle = new ArcHybridOracle();
        var features = new ulong[TransitionFeatures.Max + 8];
        var relationFeatures = new ulong[RelationFeatures.Max + 8];
        var moveScores = new float[ArcHybrid.MoveCount];
        var relationScores = new float[labelCount];
        var costs = new int[ArcHybrid.MoveCount];
        for (int iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var sentence = data[index];
                state.Start(sentence.Count);
                oracle.Start(sentence.Heads, sentence.Count);
                while (!state.IsFinal)
                {
                    int n = TransitionFeatures.Extract(state, sentence.Atoms, features, featureSet);
                    var f = features.AsSpan(0, n);
                    _transitions.Score(f, moveScores);
                    var predicted = DependencyParser.Best(state, moveScores);
                    int least = int.MaxValue;
                    for (int m = 0; m < ArcHybrid.MoveCount; m++)
                    {
                        costs[m] = state.IsLegal((Move)m) ? oracle.Cost(state, (Move)m) : int.MaxValue;
                        least = Math.Min(least, costs[m]);
                    }
                    var gold = predicted;
                    float goldScore = float.NegativeInfinity;
                    for (int m = 0; m < ArcHybrid.MoveCount; m++)
                        if (costs[m] == least && moveScores[m] > goldScore) { gold = (Move)m; goldScore = moveScores[m]; }
                    _steps++;
                    if (costs[(int)predicted] > least) _transitions.Update(f, (int)gold, (int)predicted, _steps);
                    bool explore = iteration > 1 && (random.Next() >> 11) * (1.0 / (1UL << 53)) < ExploreProbability;
                    var move = explore ? predicted : gold;
                    int label = 0;
                    if (move != Move.Shift)
                    {
                        var (head, dependent) = state.Arc(move);
                        if (head == 0) label = rootLabel;
                        else
                        {
                            int k = RelationFeatures.Extract(state, sentence.Atoms, head, dependent, relationFeatures, featureSet);
                            var rf = relationFeatures.AsSpan(0, k);
                            _relations.Score(rf, relationScores);
                            label = DependencyParser.BestRelation(relationScores, rootLabel);
                            if (oracle.GoldHead(dependent) == head)
                            {
                                int truth = sentence.Labels[dependent];
                                if (label != truth) _relations.Update(rf, truth, label, _steps);
                                if (!explore) label = truth;
                            }
                        }
                    }
                    oracle.BeforeApply(state, move);
                    state.Apply(move, label);
                }
            }
            if (afterIteration?.Invoke(iteration, threshold => Average(threshold)) == false) break;
        }
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
