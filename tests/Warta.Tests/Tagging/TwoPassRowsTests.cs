using Warta.Tagging;

namespace Warta.Tests.Tagging;

/// <summary>
/// The two-pass tagger looks its models' rows up in one joint table and each word's own features once: the rows it
/// finds must be each model's own, and the tags it gives the same as scoring every feature in each pass with the
/// model alone (keys in one model only, in both, in neither, repeated, and words the tag dictionary answers).
/// </summary>
public sealed class TwoPassRowsTests
{
    [Fact]
    public void Rows_found_are_each_models_own_rows()
    {
        var random = new Random(23);
        var (first, second) = Models(random);
        var rows = new TwoPassRows(first, second);
        var firstRows = first.Keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        var secondRows = second.Keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        var known = first.Keys.Concat(second.Keys).ToArray();
        for (int round = 0; round < 200; round++)
        {
            var features = Enumerable.Range(0, random.Next(0, 70))
                .Select(_ => random.Next(2) == 0 ? known[random.Next(known.Length)] : (ulong)random.NextInt64(1, long.MaxValue)).ToArray();
            var a = new int[features.Length];
            var b = new int[features.Length];
            rows.Find(features, a, b);
            Assert.Equal(features.Select(f => firstRows.GetValueOrDefault(f, -1)), a);
            Assert.Equal(features.Select(f => secondRows.GetValueOrDefault(f, -1)), b);
        }
    }

    [Fact]
    public void Two_pass_tags_are_those_of_scoring_every_feature_with_each_model()
    {
        var random = new Random(29);
        var (first, second) = Models(random);
        var known = first.Keys.Concat(second.Keys).ToArray();
        var dictionaryWords = Enumerable.Range(0, 5).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).ToArray();
        var dictionary = new TagDictionary(dictionaryWords.Select((w, i) => new KeyValuePair<ulong, byte>(w, (byte)i)));
        var metadata = new TaggerMetadata
        {
            Language = "id", UsesMorphology = false, TrainingFiles = [], TrainingSentences = 0, TrainingTokens = 0, Iterations = 1,
            HeldOutAccuracy = 0, FirstPassIterations = 1,
        };
        var tagger = new PerceptronTagger(second, dictionary, metadata, null, first);
        for (int sentence = 0; sentence < 100; sentence++)
        {
            int count = random.Next(1, 40);
            var slots = new ulong[count * FeatureExtractor.Stride];
            for (int i = 0; i < count; i++)
            {
                var token = slots.AsSpan(i * FeatureExtractor.Stride, FeatureExtractor.Stride);
                token[0] = random.Next(6) == 0 ? dictionaryWords[random.Next(dictionaryWords.Length)] : (ulong)random.NextInt64(1, long.MaxValue);
                token[1] = (ulong)random.Next(1, 50);
                token[2] = (ulong)random.Next(1, 50);
                int own = random.Next(0, FeatureExtractor.Stride - FeatureExtractor.FirstFeature + 1);
                for (int f = 0; f < own; f++)
                    token[FeatureExtractor.FirstFeature + f] = random.Next(3) > 0 ? known[random.Next(known.Length)] : (ulong)random.NextInt64(1, long.MaxValue);
            }
            var expectedFirst = Greedy(first, dictionary, slots, count, null);
            var expected = Greedy(second, dictionary, slots, count, expectedFirst);
            var actual = new int[count];
            tagger.Decode(slots, count, new int[count], actual);
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>Greedy decoding that scores all of a word's features with one model (the tagger before the joint table).</summary>
    private static int[] Greedy(PerceptronModel model, TagDictionary dictionary, ulong[] slots, int count, int[]? right)
    {
        var tags = new int[count];
        var scores = new float[PerceptronModel.TagCount];
        var features = new ulong[FeatureExtractor.Stride + FeatureExtractor.HistoryCount];
        int prev = PerceptronTagger.Start, prev2 = PerceptronTagger.Start2;
        for (int i = 0; i < count; i++)
        {
            var token = slots.AsSpan(i * FeatureExtractor.Stride, FeatureExtractor.Stride);
            if (!dictionary.TryGet(token[0], out int tag))
            {
                var (next, next2) = right is null ? (FeatureExtractor.NoRightContext, FeatureExtractor.NoRightContext)
                    : PerceptronTagger.RightContext(right, i, count);
                model.Score(FeatureExtractor.AddHistory(token, prev, prev2, next, next2, features), scores);
                tag = PerceptronModel.ArgMax(scores);
            }
            tags[i] = tag;
            prev2 = prev;
            prev = tag;
        }
        return tags;
    }

    /// <summary>Two models whose keys partly overlap, with random weights (small tables, so keys collide).</summary>
    private static (PerceptronModel First, PerceptronModel Second) Models(Random random)
    {
        var shared = Keys(random, 1_500);
        var first = shared.Concat(Keys(random, 1_500)).Distinct().Order().ToArray();
        var second = shared.Concat(Keys(random, 2_000)).Distinct().Order().ToArray();
        return (Model(random, first), Model(random, second));
    }

    private static ulong[] Keys(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).ToArray();

    private static PerceptronModel Model(Random random, ulong[] keys) =>
        new(keys, Enumerable.Range(0, keys.Length * PerceptronModel.TagCount).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray());
}
