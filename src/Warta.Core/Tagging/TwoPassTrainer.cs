using Warta.Morphology;

namespace Warta.Tagging;

/// <summary>
/// Trains a two-pass tagger: a left-to-right first pass on all the data, then a second pass whose right-context
/// features are first-pass tags. The second pass is trained on tags the first pass predicted for sentences it had
/// not seen (jackknifing over contiguous blocks), so it learns how far to trust them at tagging time.
/// </summary>
internal static class TwoPassTrainer
{
    public static PerceptronTagger Train(IReadOnlyList<TrainingSentence> data, int iterations, int firstPassIterations, int jackknife,
        TaggerMetadata metadata, IMorphologicalAnalyzer? analyzer, Action<int, PerceptronTagger>? afterIteration = null)
    {
        if (firstPassIterations <= 0) return new PerceptronTrainer(analyzer).Train(data, iterations, metadata, afterIteration);
        var first = new PerceptronTrainer(analyzer).Train(data, firstPassIterations, metadata);
        var right = jackknife <= 1 ? Predict(first, data, analyzer, 0, data.Count, new int[data.Count][])
            : Jackknife(data, firstPassIterations, jackknife, metadata, analyzer);
        return new PerceptronTrainer(analyzer).Train(data, iterations, metadata with { FirstPassIterations = firstPassIterations },
            afterIteration, first.Model, right);
    }

    /// <summary>First-pass tags of every sentence, each block tagged by a first pass trained on the other blocks.</summary>
    private static int[][] Jackknife(IReadOnlyList<TrainingSentence> data, int iterations, int folds, TaggerMetadata metadata,
        IMorphologicalAnalyzer? analyzer)
    {
        var tags = new int[data.Count][];
        for (int j = 0; j < folds; j++)
        {
            int from = data.Count * j / folds, to = data.Count * (j + 1) / folds;
            var rest = data.Where((_, i) => i < from || i >= to).ToList();
            Predict(new PerceptronTrainer(analyzer).Train(rest, iterations, metadata), data, analyzer, from, to, tags);
        }
        return tags;
    }

    private static int[][] Predict(PerceptronTagger tagger, IReadOnlyList<TrainingSentence> data, IMorphologicalAnalyzer? analyzer,
        int from, int to, int[][] tags)
    {
        var extractor = new FeatureExtractor(analyzer);
        for (int i = from; i < to; i++)
        {
            int n = data[i].Tags.Length;
            tags[i] = new int[n];
            tagger.Decode(PerceptronTrainer.Slots(extractor, data[i]), n, new int[n], tags[i]);
        }
        return tags;
    }
}
