using Warta.Conllu;
using Warta.Languages;
using Warta.Morphology;

namespace Warta.Tagging;

/// <summary>What to train a tagger on. <see cref="Analyzer"/> null trains without morphology features.</summary>
public sealed record TaggerTrainingRequest(Language Language, IReadOnlyList<string> Files, IMorphologicalAnalyzer? Analyzer)
{
    public int MaxIterations { get; init; } = 15;
    /// <summary>Number of contiguous folds of the held-out candidates used to choose the number of iterations.</summary>
    public int Folds { get; init; } = 5;
    /// <summary>
    /// Which training sentences may be held out (by file name): those of the test genre (for English the EWT web
    /// text, not the PUD news). Null: any sentence.
    /// </summary>
    public Func<string, bool>? HeldOutFile { get; init; }
    /// <summary>Iterations of the first pass of a two-pass tagger; 0 trains a one-pass (left-context only) tagger.</summary>
    public int FirstPassIterations { get; init; } = 10;
    /// <summary>Blocks for the first-pass tags the second pass trains on (1: the first pass tags its own training data).</summary>
    public int Jackknife { get; init; } = 5;
    /// <summary>
    /// Builds an analyser whose lexicon knows only the given sentences' lemmas plus our own lists. When set (with
    /// <see cref="Analyzer"/>, which still tags at run time), the training sentences' morphology is jackknifed over
    /// <see cref="MorphologyBlocks"/> blocks (<see cref="MorphologyJackknife"/>), and in cross-validation the held-out
    /// fold is analysed by an analyser built from the training folds only. Null: every sentence is analysed by
    /// <see cref="Analyzer"/>, which has seen all the training lemmas (held-out figures are then optimistic).
    /// </summary>
    public Func<IReadOnlyList<ConlluSentence>, IMorphologicalAnalyzer>? AnalyzerFactory { get; init; }
    /// <summary>Blocks of the morphology jackknife; 1 analyses the training data with an analyser built from all of it.</summary>
    public int MorphologyBlocks { get; init; } = 10;

    internal MorphologyJackknife? MorphologyJackknife =>
        Analyzer is not null && AnalyzerFactory is not null ? new MorphologyJackknife(AnalyzerFactory, MorphologyBlocks) : null;
}

/// <summary>Held-out accuracy per iteration, summed over the folds.</summary>
public sealed record CrossValidation(IReadOnlyList<double> AccuracyByIteration, int Tokens)
{
    /// <summary>The first iteration with the best accuracy (1-based).</summary>
    public int BestIterations => AccuracyByIteration.Select((a, i) => (a, i)).MaxBy(p => (p.a, -p.i)).i + 1;
    public double BestAccuracy => AccuracyByIteration[BestIterations - 1];
}

/// <summary>
/// Trains a tagger from CoNLL-U files: k-fold cross-validation over contiguous blocks of the test-genre training
/// sentences chooses the number of iterations, then the tagger is trained on all of them for that many.
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
        var cv = CrossValidate(request, sentences, progress);
        progress?.Invoke($"best: {cv.BestIterations} iterations ({cv.BestAccuracy:P2} held-out); training on all {sentences.Count:N0} sentences");
        var data = Documents(request, sentences);
        var metadata = Metadata(request, data) with { Iterations = cv.BestIterations, HeldOutAccuracy = cv.BestAccuracy };
        return TwoPassTrainer.Train(data, cv.BestIterations, request.FirstPassIterations, request.Jackknife, metadata, request.Analyzer);
    }

    /// <summary>
    /// Trains a tagger on <paramref name="sentences"/> for fixed iteration counts (no cross-validation): for the
    /// jackknifed tags a parser is trained on. Morphology is jackknifed as in <see cref="Train(TaggerTrainingRequest, IReadOnlyList{ConlluSentence}, Action{string}?)"/>.
    /// </summary>
    internal static PerceptronTagger TrainFixed(TaggerTrainingRequest request, IReadOnlyList<ConlluSentence> sentences, int iterations)
    {
        var data = Documents(request, sentences);
        return TwoPassTrainer.Train(data, iterations, request.FirstPassIterations, request.Jackknife, Metadata(request, data), request.Analyzer);
    }

    /// <summary>
    /// Splits the held-out candidates into <see cref="TaggerTrainingRequest.Folds"/> contiguous blocks (documents
    /// stay together, so a held-out block shares no article with its training data); for each block trains on
    /// everything else and measures accuracy after every iteration.
    /// </summary>
    public static CrossValidation CrossValidate(TaggerTrainingRequest request, IReadOnlyList<ConlluSentence> sentences, Action<string>? progress = null)
    {
        var candidates = Enumerable.Range(0, sentences.Count)
            .Where(i => request.HeldOutFile?.Invoke(Path.GetFileName(sentences[i].File)) ?? true).ToList();
        int folds = Math.Clamp(request.Folds, 2, Math.Max(2, candidates.Count));
        var jackknife = request.MorphologyJackknife;
        // Without a jackknife every fold's training documents are the same, so they are built once.
        var data = jackknife is null ? Documents(request, sentences) : null;
        var correct = new int[folds, request.MaxIterations];
        var scores = new TaggerScore[folds, request.MaxIterations];
        var totals = new int[folds];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(folds, Environment.ProcessorCount) }, fold =>
        {
            int from = candidates.Count * fold / folds, to = candidates.Count * (fold + 1) / folds;
            var heldOut = candidates.Skip(from).Take(to - from).ToHashSet();
            var rest = sentences.Where((_, i) => !heldOut.Contains(i)).ToList();
            var train = data is null ? Documents(request, rest) : data.Where((_, i) => !heldOut.Contains(i)).ToList();
            var test = heldOut.Order().Select(i => sentences[i]).ToList();
            // The held-out fold is analysed as unseen text: by an analyser that never saw its lemmas.
            var testMorphology = jackknife?.AnalyzerOf(rest);
            TwoPassTrainer.Train(train, request.MaxIterations, request.FirstPassIterations, request.Jackknife, Metadata(request, train),
                request.Analyzer, (iteration, tagger) =>
            {
                var score = TaggerEvaluation.Evaluate(tagger, test, request.Language, "held-out", testMorphology);
                correct[fold, iteration - 1] = score.Correct;
                scores[fold, iteration - 1] = score;
                totals[fold] = score.Total;
            });
        });
        int tokens = totals.Sum();
        var accuracy = Enumerable.Range(0, request.MaxIterations)
            .Select(it => (double)Enumerable.Range(0, folds).Sum(f => correct[f, it]) / tokens).ToList();
        for (int it = 0; it < accuracy.Count; it++)
            progress?.Invoke($"iteration {it + 1,2}: held-out accuracy {accuracy[it]:P2} ({folds} folds, {tokens:N0} tokens)");
        var cv = new CrossValidation(accuracy, tokens);
        var best = TaggerScore.Sum("held-out", Enumerable.Range(0, folds).Select(f => scores[f, cv.BestIterations - 1]));
        progress?.Invoke("most frequent held-out confusions (gold -> predicted): " +
            string.Join(", ", best.TopConfusions(8).Select(c => $"{c.Gold}->{c.Predicted} {c.Count}")));
        return cv;
    }

    private static TaggerMetadata Metadata(TaggerTrainingRequest request, IReadOnlyList<TrainingSentence> data) => new()
    {
        Language = request.Language.ToCode(), UsesMorphology = request.Analyzer is not null,
        TrainingFiles = request.Files.Select(Path.GetFileName).ToList()!,
        TrainingSentences = data.Count, TrainingTokens = data.Sum(d => d.Tags.Length), Iterations = 0, HeldOutAccuracy = 0,
    };

    /// <summary>Training documents, with jackknifed morphology when the request has an analyser factory.</summary>
    private static List<TrainingSentence> Documents(TaggerTrainingRequest request, IReadOnlyList<ConlluSentence> sentences) =>
        request.MorphologyJackknife?.Documents(sentences, request.Language)
        ?? sentences.Select(s => ToTraining(s, request.Language)).ToList();

    internal static TrainingSentence ToTraining(ConlluSentence sentence, Language language) =>
        new(ConlluReader.ToDocument(sentence, language), sentence.Words.Select(w => (int)w.Upos - 1).ToArray());
}
