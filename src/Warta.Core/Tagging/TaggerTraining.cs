using Warta.Conllu;
using Warta.Languages;
using Warta.Morphology;

namespace Warta.Tagging;

/// <summary>What to train a tagger on. <see cref="Analyzer"/> null trains without morphology features.</summary>
public sealed record TaggerTrainingRequest(Language Language, IReadOnlyList<string> Files, IMorphologicalAnalyzer? Analyzer)
{
    public int MaxIterations { get; init; } = 15;
    /// <summary>Every <c>HeldOutEvery</c>-th training sentence is held out to choose the number of iterations.</summary>
    public int HeldOutEvery { get; init; } = 10;
}

/// <summary>
/// Trains a tagger from CoNLL-U files: first on the training data minus a held-out slice, to choose the number of
/// iterations by held-out accuracy, then on all of it for that many iterations.
/// </summary>
public static class TaggerTraining
{
    public static PerceptronTagger Train(TaggerTrainingRequest request, Action<string>? progress = null)
    {
        var sentences = request.Files.SelectMany(ConlluReader.Read).ToList();
        return Train(request, sentences, progress);
    }

    public static PerceptronTagger Train(TaggerTrainingRequest request, IReadOnlyList<ConlluSentence> sentences, Action<string>? progress = null)
    {
        var data = sentences.Select(s => ToTraining(s, request.Language)).ToList();
        var train = data.Where((_, i) => i % request.HeldOutEvery != request.HeldOutEvery - 1).ToList();
        var heldOut = sentences.Where((_, i) => i % request.HeldOutEvery == request.HeldOutEvery - 1).ToList();
        var metadata = new TaggerMetadata
        {
            Language = request.Language.ToCode(), UsesMorphology = request.Analyzer is not null,
            TrainingFiles = request.Files.Select(Path.GetFileName).ToList()!,
            TrainingSentences = data.Count, TrainingTokens = data.Sum(d => d.Tags.Length), Iterations = 0, HeldOutAccuracy = 0,
        };

        int best = 1; double bestAccuracy = -1;
        new PerceptronTrainer(request.Analyzer).Train(train, request.MaxIterations, metadata, (iteration, tagger) =>
        {
            var score = TaggerEvaluation.Evaluate(tagger, heldOut, request.Language, "held-out");
            progress?.Invoke($"iteration {iteration,2}: held-out accuracy {score.Accuracy:P2} ({tagger.Model.FeatureCount:N0} features)");
            if (score.Accuracy > bestAccuracy) (best, bestAccuracy) = (iteration, score.Accuracy);
        });
        progress?.Invoke($"best: {best} iterations ({bestAccuracy:P2} held-out); training on all {data.Count:N0} sentences");
        return new PerceptronTrainer(request.Analyzer).Train(data, best, metadata with { HeldOutAccuracy = bestAccuracy });
    }

    internal static TrainingSentence ToTraining(ConlluSentence sentence, Language language) =>
        new(ConlluReader.ToDocument(sentence, language), sentence.Words.Select(w => (int)w.Upos - 1).ToArray());
}
