using Warta.Conllu;
using Warta.Languages;
using Warta.Morphology;
using Warta.Tagging;
using Warta.Text;

namespace Warta.Parsing;

/// <summary>What to train a parser on and how.</summary>
public sealed record ParserTrainingRequest(Language Language, IReadOnlyList<string> Files, IMorphologicalAnalyzer Analyzer)
{
    /// <summary>
    /// Files that choose the number of iterations (English: ewt-dev), tagged by <see cref="Tagger"/>. Empty: a block of
    /// the held-out candidates (<see cref="HeldOutFile"/>) is kept out of training to choose it, then the parser is
    /// trained again on everything.
    /// </summary>
    public IReadOnlyList<string> TuneFiles { get; init; } = [];
    /// <summary>The shipped tagger, for the tuning files.</summary>
    public PerceptronTagger? Tagger { get; init; }
    /// <summary>Which training sentences may be held out for tuning (by file name).</summary>
    public Func<string, bool>? HeldOutFile { get; init; }
    /// <summary>The share of the held-out candidates kept out for tuning.</summary>
    public double HeldOutShare { get; init; } = 0.15;
    public int MaxIterations { get; init; } = 12;
    /// <summary>Training stops after this many iterations in a row without a better tuning LAS (early stopping).</summary>
    public int Patience { get; init; } = 3;
    /// <summary>Blocks of the tag jackknife: each block's tags come from a tagger trained on the other blocks.</summary>
    public int TagBlocks { get; init; } = 5;
    /// <summary>Iterations of each jackknife tagger (second pass); the first pass keeps its default.</summary>
    public int TaggerIterations { get; init; } = 10;
    /// <summary>The tagger training settings (morphology jackknife) the jackknife taggers are trained with.</summary>
    public required TaggerTrainingRequest TaggerRequest { get; init; }
    /// <summary>A lifted relation "rel|headrel" seen fewer times than this is trained as plain "rel".</summary>
    public int MinLiftedCount { get; init; } = 5;
    /// <summary>
    /// Training files of a second annotation convention, by file name (Indonesian: GSD's compound against CSUI's and
    /// PUD's nmod). When set, a <see cref="StyleClassifier"/> learns to tell them apart and the relation model learns both.
    /// </summary>
    public Func<string, bool>? StyleFile { get; init; }
    /// <summary>
    /// The training files the style classifier learns from, by file name (default: all). Indonesian: GSD and CSUI only,
    /// since PUD's translated text mixes both treebanks' topics and blurs the words that tell them apart.
    /// </summary>
    public Func<string, bool>? StyleClassifierFile { get; init; }
    /// <summary>Features whose every averaged weight is at most this are dropped from the model (keeps it small).</summary>
    public float PruneThreshold { get; init; } = 0.02f;
    /// <summary>The optional feature templates (chosen per language on the tuning data, see docs/parser.md).</summary>
    public ParserFeatureSet Features { get; init; } = ParserFeatureSet.All;
    /// <summary>
    /// With a held-out block: return the model chosen on it instead of training again on everything, so that the
    /// block can still measure it (e.g. decoding settings; docs/parser.md).
    /// </summary>
    public bool StopAfterTuning { get; init; }
    /// <summary>
    /// From the second iteration, also train on this many branches per sentence: the sequences that take the runner-up
    /// at the parser's least certain moves (Choi and McCallum 2013; docs/parser.md). 0: the parser's own sequence only.
    /// </summary>
    public int TrainingBranches { get; init; }
    /// <summary>
    /// Joint labelled transitions: one sparse model scores shift, left-rel and right-rel (2L + 1 classes) from the
    /// transition features, so the relation informs the attachment (docs/parser.md, twelfth round).
    /// </summary>
    public bool JointTransitions { get; init; }
}

public static class ParserTraining
{
    public static DependencyParser Train(ParserTrainingRequest request, Action<string>? progress = null)
    {
        var sentences = request.Files.SelectMany(ConlluReader.Read).ToList();
        progress?.Invoke($"{sentences.Count:N0} sentences; tagging them with {request.TagBlocks}-block jackknifed taggers");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var documents = JackknifeTags(request, sentences);
        progress?.Invoke($"tagged in {clock.Elapsed.TotalSeconds:F0} s; tag accuracy {TagAccuracy(sentences, documents):P2}");

        var labels = Labels(sentences, request.MinLiftedCount);
        progress?.Invoke($"{labels.Count} relations ({labels.Names.Count(n => n.Contains(Projectivity.Mark))} of them lifted)");
        var data = sentences.Select((s, i) => ToTraining(s, documents[i], labels)).ToList();
        List<bool>? firstStyle = null;
        if (request.StyleFile is { } isStyle)
        {
            firstStyle = sentences.Select(s => isStyle(Path.GetFileName(s.File))).ToList();
            for (int i = 0; i < data.Count; i++) data[i].Atoms.Style = firstStyle[i] ? 1UL : 2UL;
            progress?.Invoke($"style classifier: {firstStyle.Count(f => f)} sentences of the first convention, {firstStyle.Count(f => !f)} of the other");
        }
        // The classifier of the tuning runs never sees the held-out block, so the block measures it as new text.
        StyleClassifier? StyleOf(IEnumerable<int> indices)
        {
            if (firstStyle is null) return null;
            var chosen = indices.Where(i => request.StyleClassifierFile?.Invoke(Path.GetFileName(sentences[i].File)) ?? true).ToList();
            return StyleClassifier.Train(chosen.Select(i => data[i].Atoms).ToList(), chosen.Select(i => firstStyle[i]).ToList());
        }

        List<ConlluSentence> tuneSentences;
        List<Document> tuneDocuments;
        List<int> trainIndices;
        string tuneName;
        if (request.TuneFiles.Count > 0)
        {
            var tagger = request.Tagger ?? throw new ArgumentException("tuning files need the shipped tagger");
            tuneSentences = request.TuneFiles.SelectMany(ConlluReader.Read).ToList();
            tuneDocuments = ParserEvaluation.Prepare(tuneSentences, request.Language, request.Analyzer, tagger);
            trainIndices = Enumerable.Range(0, sentences.Count).ToList();
            tuneName = string.Join(", ", request.TuneFiles.Select(Path.GetFileName));
        }
        else
        {
            // A contiguous block from the end of each candidate file keeps documents together, and every candidate
            // treebank (Indonesian: GSD and CSUI, the two test treebanks) is in the block in proportion.
            var heldOut = Enumerable.Range(0, sentences.Count)
                .Where(i => request.HeldOutFile?.Invoke(Path.GetFileName(sentences[i].File)) ?? true)
                .GroupBy(i => sentences[i].File)
                .SelectMany(file => file.Skip(file.Count() - (int)(file.Count() * request.HeldOutShare)))
                .ToHashSet();
            tuneSentences = heldOut.Order().Select(i => sentences[i]).ToList();
            tuneDocuments = heldOut.Order().Select(i => documents[i]).ToList();
            trainIndices = Enumerable.Range(0, sentences.Count).Where(i => !heldOut.Contains(i)).ToList();
            tuneName = $"held-out block ({tuneSentences.Count} sentences)";
        }

        var metadata = new ParserMetadata
        {
            Language = request.Language.ToCode(), TrainingFiles = request.Files.Select(Path.GetFileName).ToList()!,
            TrainingSentences = sentences.Count, TrainingTokens = sentences.Sum(s => s.Words.Count), Iterations = 0,
            TuningSet = tuneName, TagJackknifeBlocks = request.TagBlocks, Features = request.Features,
        };
        clock.Restart();
        var trainer = new ParserTrainer(labels.Count, labels.Root, request.Features, request.TrainingBranches, request.JointTransitions);
        var style = StyleOf(trainIndices);
        DependencyParser? best = null;
        ParserScore? bestScore = null;
        trainer.Train(trainIndices.Select(i => data[i]).ToList(), request.MaxIterations, (iteration, average) =>
        {
            var parser = new DependencyParser(average(request.PruneThreshold), labels, metadata with { Iterations = iteration }, style,
                trainer.AverageJoint(request.PruneThreshold));
            var score = ParserEvaluation.Evaluate(parser, tuneSentences, tuneDocuments, "tune");
            if (parser.Joint is not null)
            {
                // The joint model's relations, the relation model's, and both added: the best of the three is kept.
                foreach (var relations in new[] { JointRelations.RelationModel, JointRelations.Sum })
                {
                    var other = parser.With(relations);
                    var otherScore = ParserEvaluation.Evaluate(other, tuneSentences, tuneDocuments, "tune");
                    progress?.Invoke($"  relations {parser.Relations}: UAS {score.Uas:P2} LAS {score.Las:P2}; {relations}: UAS {otherScore.Uas:P2} LAS {otherScore.Las:P2}");
                    if (otherScore.Las > score.Las) (parser, score) = (other, otherScore);
                }
            }
            progress?.Invoke($"iteration {iteration,2}: {tuneName} UAS {score.Uas:P2} LAS {score.Las:P2} " +
                $"({parser.FeatureCount:N0} features, {clock.Elapsed.TotalSeconds:F0} s)");
            progress?.Invoke("  top relation confusions on right heads: " +
                string.Join(", ", score.TopConfusions(8).Select(c => $"{c.Gold}->{c.Predicted} {c.Count}")));
            if (bestScore is null || score.Las > bestScore.Las)
            {
                best = new DependencyParser(parser.Model, labels, parser.Metadata with { TuningUas = score.Uas, TuningLas = score.Las }, style,
                    parser.Joint).With(parser.Relations);
                bestScore = score;
            }
            return iteration - best!.Metadata.Iterations < request.Patience;
        });
        if (best is null) throw new ArgumentOutOfRangeException(nameof(request), "at least one iteration is needed");
        progress?.Invoke($"best: {best.Metadata.Iterations} iterations ({tuneName}: UAS {best.Metadata.TuningUas:P2}, LAS {best.Metadata.TuningLas:P2})");
        if (request.TuneFiles.Count > 0 || request.StopAfterTuning) return best;

        progress?.Invoke($"training again on all {sentences.Count:N0} sentences for {best.Metadata.Iterations} iterations");
        var final = new ParserTrainer(labels.Count, labels.Root, request.Features, request.TrainingBranches, request.JointTransitions);
        final.Train(data, best.Metadata.Iterations);
        return new DependencyParser(final.Average(request.PruneThreshold), labels, best.Metadata, StyleOf(Enumerable.Range(0, data.Count)),
            final.AverageJoint(request.PruneThreshold)).With(best.Relations);
    }

    /// <summary>
    /// Trains on gold tags, with no tuning and no analyser (lemmas are the forms): for tests and small experiments.
    /// </summary>
    internal static DependencyParser TrainWithGoldTags(IReadOnlyList<ConlluSentence> sentences, Language language, int iterations,
        float pruneThreshold = 0, ParserFeatureSet features = ParserFeatureSet.All, int trainingBranches = 0, bool joint = false)
    {
        var labels = Labels(sentences, minLifted: 1);
        var data = sentences.Select(s =>
        {
            var doc = ConlluReader.ToDocument(s, language);
            var rows = doc.MutableTokens;
            for (int i = 0; i < rows.Length; i++) rows[i].Pos = s.Words[i].Upos;
            return ToTraining(s, doc, labels);
        }).ToList();
        var trainer = new ParserTrainer(labels.Count, labels.Root, features, trainingBranches, joint);
        trainer.Train(data, iterations);
        var metadata = new ParserMetadata
        {
            Language = language.ToCode(), TrainingFiles = sentences.Select(s => Path.GetFileName(s.File)).Distinct().ToList(),
            TrainingSentences = sentences.Count, TrainingTokens = sentences.Sum(s => s.Words.Count), Iterations = iterations,
            Features = features,
        };
        return new DependencyParser(trainer.Average(pruneThreshold), labels, metadata, joint: trainer.AverageJoint(pruneThreshold));
    }

    /// <summary>
    /// Each sentence's document with predicted tags: the sentences are cut into contiguous blocks and each block is
    /// tagged by a tagger trained on the other blocks, its morphology from an analyser that never saw it, so the
    /// parser trains on tags (and lemmas) as wrong as those it will see.
    /// </summary>
    private static List<Document> JackknifeTags(ParserTrainingRequest request, IReadOnlyList<ConlluSentence> sentences)
    {
        var documents = new Document[sentences.Count];
        int k = Math.Max(2, request.TagBlocks);
        var jackknife = request.TaggerRequest.MorphologyJackknife;
        Parallel.For(0, k, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, block =>
        {
            int from = sentences.Count * block / k, to = sentences.Count * (block + 1) / k;
            var rest = sentences.Where((_, i) => i < from || i >= to).ToList();
            var tagger = TaggerTraining.TrainFixed(request.TaggerRequest, rest, request.TaggerIterations);
            var morphology = jackknife?.AnalyzerOf(rest) ?? request.Analyzer;
            var prepared = ParserEvaluation.Prepare(sentences.Skip(from).Take(to - from), request.Language, morphology, tagger);
            for (int i = from; i < to; i++) documents[i] = prepared[i - from];
        });
        return documents.ToList();
    }

    private static double TagAccuracy(IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<Document> documents)
    {
        long total = 0, correct = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            var rows = documents[s].TokenRows;
            for (int i = 0; i < rows.Length; i++, total++) if (rows[i].Pos == sentences[s].Words[i].Upos) correct++;
        }
        return total == 0 ? 0 : (double)correct / total;
    }

    /// <summary>Every relation of the training trees, lifted ones seen at least <paramref name="minLifted"/> times, in ordinal order.</summary>
    internal static RelationLabels Labels(IEnumerable<ConlluSentence> sentences, int minLifted)
    {
        var plain = new SortedSet<string>(StringComparer.Ordinal) { "root" };
        var lifted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            var (heads, relations) = Tree(s);
            Projectivity.Lift(heads, relations);
            for (int i = 1; i < relations.Length; i++)
            {
                plain.Add(Projectivity.Base(relations[i]));
                if (relations[i].Contains(Projectivity.Mark)) lifted[relations[i]] = lifted.GetValueOrDefault(relations[i]) + 1;
            }
        }
        var names = plain.Concat(lifted.Where(p => p.Value >= minLifted && plain.Contains(p.Key[(p.Key.IndexOf(Projectivity.Mark) + 1)..]))
            .Select(p => p.Key).Order(StringComparer.Ordinal)).Take(255).ToList();
        return new RelationLabels(names);
    }

    /// <summary>The gold tree of a sentence as arrays over positions 0..n (position 0 the root).</summary>
    internal static (int[] Heads, string[] Relations) Tree(ConlluSentence sentence)
    {
        int n = sentence.Words.Count;
        var heads = new int[n + 1];
        var relations = new string[n + 1];
        relations[0] = "root";
        for (int i = 0; i < n; i++)
        {
            var w = sentence.Words[i];
            heads[i + 1] = w.Head >= 0 && w.Head <= n && w.Head != i + 1 ? w.Head : 0;
            relations[i + 1] = w.Deprel == "_" ? "dep" : w.Deprel;
        }
        return (heads, relations);
    }

    private static ParserSentence ToTraining(ConlluSentence sentence, Document document, RelationLabels labels)
    {
        var (heads, relations) = Tree(sentence);
        Projectivity.Lift(heads, relations);
        var ids = new int[heads.Length];
        for (int i = 1; i < heads.Length; i++)
        {
            int id = labels.IndexOf(relations[i]);
            ids[i] = id >= 0 ? id : labels.IndexOf(Projectivity.Base(relations[i]));
            if (ids[i] < 0) ids[i] = labels.IndexOf("dep") >= 0 ? labels.IndexOf("dep") : 0;
        }
        var atoms = new SentenceAtoms();
        atoms.Fill(document, 0);
        return new ParserSentence(atoms, heads, ids);
    }
}
