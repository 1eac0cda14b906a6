using Warta.Parsing;
using Warta.Tagging;
using Warta.Text;

namespace Warta.Tests.Parsing;

/// <summary>
/// The tagger's and the parser's batched scoring against the plain sum: each known feature's weights added in feature
/// order. Thousands of random keys fill the tables, so colliding keys (found past their first slot), keys the filter
/// lets through but the table lacks, and repeated features are all met; the scores must be the same floats, bit for bit.
/// </summary>
public sealed class ModelScoringTests
{
    [Fact]
    public void Tagger_scores_are_the_plain_sums_of_the_known_features_rows()
    {
        var random = new Random(11);
        var keys = DistinctKeys(random, 5_000).Select(k => (ulong)k << 20 | (uint)random.Next()).Distinct().Order().ToArray();
        var weights = Enumerable.Range(0, keys.Length * PerceptronModel.TagCount).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var model = new PerceptronModel(keys, weights);
        var rows = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);

        for (int round = 0; round < 200; round++)
        {
            var features = Features(random, keys, () => (ulong)random.NextInt64(1, long.MaxValue));
            var expected = new float[PerceptronModel.TagCount];
            foreach (var f in features)
                if (rows.TryGetValue(f, out int row))
                    for (int t = 0; t < PerceptronModel.TagCount; t++) expected[t] += weights[row * PerceptronModel.TagCount + t];
            var actual = new float[PerceptronModel.TagCount];
            model.Score(features, actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Parser_scores_are_the_plain_sums_of_the_known_features_weights()
    {
        var random = new Random(13);
        const int labels = 40;
        var transitions = DistinctKeys(random, 5_000).Select(k => (k, Weight(random), Weight(random), Weight(random))).ToList();
        var relations = DistinctKeys(random, 5_000)
            .Select(k => (k, Enumerable.Range(0, random.Next(0, 5)).Select(_ => ((byte)random.Next(labels), Weight(random))).ToArray()))
            .ToList();
        var model = new ParserModel(labels, transitions, relations);
        var transitionRows = transitions.ToDictionary(t => t.k);
        var relationRows = relations.ToDictionary(r => r.k, r => r.Item2);
        // Parser features are 64-bit hashes stored under a 32-bit key; a feature whose low half is the key (and high
        // half zero) has exactly that key.
        var transitionKeys = transitions.Select(t => (ulong)t.k).ToArray();
        var relationKeys = relations.Select(r => (ulong)r.k).ToArray();

        for (int round = 0; round < 200; round++)
        {
            var features = Features(random, transitionKeys, () => (ulong)random.Next(1, int.MaxValue));
            float shift = 0, left = 0, right = 0;
            foreach (var f in features)
                if (transitionRows.TryGetValue(ParserModel.Key(f), out var t)) { shift += t.Item2; left += t.Item3; right += t.Item4; }
            var moves = new float[3];
            model.ScoreTransitions(features, moves);
            Assert.Equal(new[] { shift, left, right }, moves);

            features = Features(random, relationKeys, () => (ulong)random.Next(1, int.MaxValue));
            var expected = new float[labels];
            foreach (var f in features)
                if (relationRows.TryGetValue(ParserModel.Key(f), out var cells))
                    foreach (var (label, weight) in cells) expected[label] += weight;
            var actual = new float[labels];
            model.ScoreRelations(features, actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Word_weights_and_context_features_score_as_looking_up_every_feature()
    {
        var random = new Random(17);
        var words = "the minister said on monday that talks would resume".Split(' ');
        var atoms = new SentenceAtoms();
        atoms.Start(words.Length);
        for (int i = 0; i < words.Length; i++) atoms.Set(i + 1, words[i], i % 3 == 0 ? null : words[i] + "x", (Upos)(i % 7));
        // A run of configurations, and a model that knows about half of their features (the rest random keys).
        var state = new ArcHybrid();
        state.Start(words.Length);
        var configurations = new List<ulong[]>();
        var features = new ulong[TransitionFeatures.Max];
        var moves = new List<(Move Move, int Label)>();
        while (!state.IsFinal)
        {
            var move = state.Forced ?? (Move)random.Next(3);
            if (!state.IsLegal(move)) continue;
            configurations.Add(features[..TransitionFeatures.Extract(state, atoms, features, ParserFeatureSet.All)]);
            moves.Add((move, random.Next(5)));
            state.Apply(move, moves[^1].Label);
        }
        var keys = configurations.SelectMany(f => f).Where(_ => random.Next(2) == 0).Select(ParserModel.Key)
            .Concat(DistinctKeys(random, 2_000)).Distinct().ToList();
        var model = new ParserModel(5, keys.Select(k => (k, Weight(random), Weight(random), Weight(random))).ToList(), []);
        var weights = new WordWeights();
        weights.Fill(model, atoms, new ulong[TransitionFeatures.Max]);

        state.Start(words.Length);
        for (int c = 0; c < configurations.Count; c++)
        {
            var expected = new float[3];
            model.ScoreTransitions(configurations[c], expected);
            var actual = new float[3];
            weights.Sum(state, actual);
            model.AddTransitions(features[..TransitionFeatures.Context(state, atoms, features, ParserFeatureSet.All)], actual);
            Assert.Equal(expected, actual);
            state.Apply(moves[c].Move, moves[c].Label);
        }
    }

    private static List<uint> DistinctKeys(Random random, int count)
    {
        var keys = new HashSet<uint>();
        while (keys.Count < count) keys.Add((uint)random.Next(2, int.MaxValue));
        return [.. keys];
    }

    private static float Weight(Random random) => (float)(random.NextDouble() - 0.5);

    /// <summary>Up to 120 features, about half of them known keys (some repeated), the rest random.</summary>
    private static ulong[] Features(Random random, ulong[] known, Func<ulong> unknown) =>
        Enumerable.Range(0, random.Next(0, 121)).Select(_ => random.Next(2) == 0 ? known[random.Next(known.Length)] : unknown()).ToArray();
}
