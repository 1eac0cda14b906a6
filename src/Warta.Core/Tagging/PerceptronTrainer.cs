using Warta.Morphology;

namespace Warta.Tagging;

/// <summary>One gold-tagged sentence: a document (token rows only) and a tag index per token.</summary>
internal sealed record TrainingSentence(Text.Document Document, int[] Tags);

/// <summary>
/// Trains the averaged perceptron: the sentences are visited in a seeded shuffled order each iteration, decoded
/// greedily with the current weights (so the history features see the tagger's own mistakes, as at test time), and
/// averaging is lazy: each weight keeps its running total and the step of its last change. Deterministic.
/// </summary>
internal sealed class PerceptronTrainer(IMorphologicalAnalyzer? analyzer)
{
    public const ulong Seed = 0x5741525441UL; // "WARTA"

    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private int _steps;

    /// <summary>
    /// Trains for <paramref name="iterations"/> passes; <paramref name="afterIteration"/> sees the averaged tagger after
    /// each. With <paramref name="firstPass"/>, trains the second pass of a two-pass tagger: <paramref name="rightTags"/>
    /// are the first pass's tags of each training sentence (predicted on data it was not trained on).
    /// </summary>
    public PerceptronTagger Train(IReadOnlyList<TrainingSentence> data, int iterations, TaggerMetadata metadata,
        Action<int, PerceptronTagger>? afterIteration = null, PerceptronModel? firstPass = null, IReadOnlyList<int[]>? rightTags = null)
    {
        if ((firstPass is null) != (rightTags is null)) throw new ArgumentException("a second pass needs both the first pass and its tags");
        var extractor = new FeatureExtractor(analyzer);
        var slots = data.Select(s => Slots(extractor, s)).ToArray();
        var dictionary = TagDictionary.Build(data.SelectMany((s, i) => s.Tags.Select((t, k) => (slots[i][k * FeatureExtractor.Stride], t))));
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new SplitMix64(Seed);
        var scores = new float[PerceptronModel.TagCount];
        var features = new ulong[FeatureExtractor.Stride + FeatureExtractor.HistoryCount];
        PerceptronTagger? tagger = null;
        for (int iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                int prev = PerceptronTagger.Start, prev2 = PerceptronTagger.Start2;
                var tags = data[s].Tags;
                for (int i = 0; i < tags.Length; i++)
                {
                    var tokenSlots = slots[s].AsSpan(i * FeatureExtractor.Stride, FeatureExtractor.Stride);
                    if (!dictionary.TryGet(tokenSlots[0], out int guess))
                    {
                        var (next, next2) = rightTags is null ? (FeatureExtractor.NoRightContext, FeatureExtractor.NoRightContext)
                            : PerceptronTagger.RightContext(rightTags[s], i, tags.Length);
                        var f = FeatureExtractor.AddHistory(tokenSlots, prev, prev2, next, next2, features);
                        guess = Predict(f, scores);
                        _steps++;
                        if (guess != tags[i]) Update(f, tags[i], guess);
                    }
                    prev2 = prev;
                    prev = guess;
                }
            }
            tagger = new PerceptronTagger(Average(), dictionary, metadata with { Iterations = iteration }, analyzer, firstPass);
            afterIteration?.Invoke(iteration, tagger);
        }
        return tagger ?? throw new ArgumentOutOfRangeException(nameof(iterations), "at least one iteration is needed");
    }

    internal static ulong[] Slots(FeatureExtractor extractor, TrainingSentence s)
    {
        var slots = new ulong[s.Tags.Length * FeatureExtractor.Stride];
        extractor.Extract(s.Document, 0, s.Tags.Length, slots);
        return slots;
    }

    private int Predict(ReadOnlySpan<ulong> features, float[] scores)
    {
        Array.Clear(scores);
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            var w = _weights.AsSpan(row * PerceptronModel.TagCount, PerceptronModel.TagCount);
            for (int t = 0; t < w.Length; t++) scores[t] += w[t];
        }
        return PerceptronModel.ArgMax(scores);
    }

    private void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) _rows[f] = row = AddRow();
            Change(row * PerceptronModel.TagCount + truth, 1);
            Change(row * PerceptronModel.TagCount + guess, -1);
        }
    }

    private void Change(int index, float delta)
    {
        _totals[index] += (double)(_steps - _stamps[index]) * _weights[index];
        _stamps[index] = _steps;
        _weights[index] += delta;
    }

    private int AddRow()
    {
        int row = _rows.Count, needed = (row + 1) * PerceptronModel.TagCount;
        if (needed > _weights.Length)
        {
            int size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }

    /// <summary>The averaged weights, features that average to zero everywhere dropped, in key order.</summary>
    private PerceptronModel Average()
    {
        var kept = new List<(ulong Key, int Row)>();
        var averaged = new float[_rows.Count * PerceptronModel.TagCount];
        foreach (var (key, row) in _rows)
        {
            bool any = false;
            for (int t = 0; t < PerceptronModel.TagCount; t++)
            {
                int i = row * PerceptronModel.TagCount + t;
                double total = _totals[i] + (double)(_steps - _stamps[i]) * _weights[i];
                float value = _steps == 0 ? 0 : (float)(total / _steps);
                averaged[i] = value;
                any |= value != 0;
            }
            if (any) kept.Add((key, row));
        }
        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keys = new ulong[kept.Count];
        var weights = new float[kept.Count * PerceptronModel.TagCount];
        for (int k = 0; k < kept.Count; k++)
        {
            keys[k] = kept[k].Key;
            Array.Copy(averaged, kept[k].Row * PerceptronModel.TagCount, weights, k * PerceptronModel.TagCount, PerceptronModel.TagCount);
        }
        return new PerceptronModel(keys, weights);
    }
}

/// <summary>A tiny seeded generator whose sequence is fixed by its definition, unlike System.Random's across runtimes.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public void Shuffle(int[] items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = (int)(Next() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
