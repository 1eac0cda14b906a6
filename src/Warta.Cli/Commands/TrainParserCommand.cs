using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Warta.Conllu;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;
using Warta.Parsing;
using Warta.Tagging;

namespace Warta.Cli.Commands;

/// <summary><c>warta train parser --lang id|en [--ud DIR] [--out FILE] [--iterations N]</c>.</summary>
internal static class TrainParserCommand
{
    public static Command Create(CliIo io)
    {
        var lang = CommonOptions.RequiredLanguage();
        var ud = CommonOptions.Ud();
        var output = new Option<string?>("--out") { Description = "Model file to write (default: the repository's data/<lang>/parser.bin)" };
        var iterations = new Option<int>("--iterations")
        {
            Description = "Most training iterations; the best on the tuning data is kept", DefaultValueFactory = _ => 12,
        };
        var prune = new Option<float>("--prune")
        {
            Description = "Drop features whose averaged weights are all at most this (smaller model)", DefaultValueFactory = _ => 0.02f,
        };
        var features = new Option<string?>("--features")
        {
            Description = "Optional feature templates: base, transition, relation or all (default: the language's choice, docs/parser.md)",
        };
        var pruneExisting = new Option<bool>("--prune-existing")
        {
            Description = "Do not train: prune the shipped model (data/<lang>/parser.bin) with --prune and write it to --out",
        };
        var tuningOnly = new Option<bool>("--tuning-only")
        {
            Description = "Write the model chosen on the tuning data without reading the test files (Indonesian: also without the final run on every sentence, so the held-out block can still measure it)",
        };
        var trainingBranches = new Option<int>("--training-branches")
        {
            Description = "Also train on this many branches per sentence (the runner-up at the least certain moves, from the second iteration)",
        };
        var joint = new Option<bool?>("--joint")
        {
            Description = "Joint labelled transitions: one model scores shift, left-rel and right-rel (default: the language's choice, docs/parser.md)",
        };
        var command = new Command("parser", "Train the dependency parser on the train split of ../shared/ud/README.md (needs the shipped tagger)")
        {
            lang, ud, output, iterations, prune, pruneExisting, features, tuningOnly, trainingBranches, joint,
        };
        command.SetAction(p => p.GetValue(pruneExisting)
            ? PruneExisting(io, LanguageCodes.Parse(p.GetValue(lang)!), p.GetValue(output), p.GetValue(prune))
            : Run(io, LanguageCodes.Parse(p.GetValue(lang)!), p.GetValue(ud), p.GetValue(output), p.GetValue(iterations), p.GetValue(prune),
                p.GetValue(features), p.GetValue(tuningOnly), p.GetValue(trainingBranches), p.GetValue(joint)));
        return command;
    }

    private static int PruneExisting(CliIo io, Language language, string? outPath, float prune)
    {
        try
        {
            var data = DataDirectory.Open(SourceTree.DataDirectory);
            var parser = DependencyParser.Load(data.File(language, "parser.bin"));
            var pruned = parser.Pruned(prune);
            outPath ??= data.File(language, "parser.bin");
            pruned.Save(outPath);
            io.Output.WriteLine($"pruned at {prune}: {parser.FeatureCount:N0} → {pruned.FeatureCount:N0} features, " +
                $"{new FileInfo(outPath).Length / 1024.0:N0} KiB written to {outPath}");
            return ExitCodes.Ok;
        }
        catch (WartaException e)
        {
            return ExitCodes.Report(io, e);
        }
    }

    private static int Run(CliIo io, Language language, string? udDir, string? outPath, int iterations, float prune, string? featureName,
        bool tuningOnly, int trainingBranches, bool? joint)
    {
        ParserFeatureSet featureSet;
        switch (featureName)
        {
            case null: featureSet = ParserSplit.Features(language); break;
            case "base": featureSet = ParserFeatureSet.Base; break;
            case "transition": featureSet = ParserFeatureSet.TransitionExtras; break;
            case "relation": featureSet = ParserFeatureSet.RelationExtras; break;
            case "all": featureSet = ParserFeatureSet.All; break;
            default:
                io.Error.WriteLine($"error: --features must be base, transition, relation or all, not '{featureName}'");
                return ExitCodes.Usage;
        }
        udDir ??= SourceTree.UdDirectory;
        outPath ??= SourceTree.DataDirectory is { } dataDir ? Path.Combine(dataDir, language.ToCode(), "parser.bin") : null;
        if (udDir is null || outPath is null)
        {
            io.Error.WriteLine("error: not inside a Warta repository: pass --ud DIR and --out FILE");
            return ExitCodes.DataMissing;
        }
        try
        {
            var files = ParserSplit.TrainFiles(language).Select(f => Path.Combine(udDir, f)).ToList();
            var tune = ParserSplit.TuneFiles(language).Select(f => Path.Combine(udDir, f)).ToList();
            foreach (var f in files.Concat(tune).Where(f => !File.Exists(f)))
                throw new WartaException(ErrorCodes.TrainingDataMissing, $"training file '{f}' not found; pass --ud DIR");
            var data = DataDirectory.Open(SourceTree.DataDirectory);
            var analyzer = TrainTaggerSupport.Analyzer(data, language, out var unavailable);
            if (analyzer is null)
            {
                io.Error.WriteLine($"error: {unavailable}");
                return ExitCodes.DataMissing;
            }
            var tagger = PerceptronTagger.Load(data.File(language, "tagger.bin"), analyzer);
            io.Output.WriteLine($"training the {language.ToCode()} parser on {string.Join(", ", files.Select(Path.GetFileName))}" +
                (tune.Count > 0 ? $", tuned on {string.Join(", ", tune.Select(Path.GetFileName))}" : ", tuned on a held-out block"));
            var clock = Stopwatch.StartNew();
            var taggerRequest = new TaggerTrainingRequest(language, files, analyzer)
            {
                AnalyzerFactory = TrainTaggerSupport.AnalyzerFactory(data, language),
                MorphologyBlocks = TrainTaggerCommand.DefaultMorphologyBlocks,
                // One-pass jackknife taggers: a sixth of the two-pass training time, tags a few tenths of a point worse
                // than the shipped tagger's (the parser then sees slightly noisier tags in training than at run time).
                FirstPassIterations = 0,
            };
            var request = new ParserTrainingRequest(language, files, analyzer)
            {
                TuneFiles = tune, Tagger = tagger, TaggerRequest = taggerRequest, MaxIterations = iterations, PruneThreshold = prune,
                HeldOutFile = name => TreebankSplit.IsHeldOutCandidate(language, name),
                TaggerIterations = Math.Max(1, tagger.Metadata.Iterations),
                StyleFile = ParserSplit.StyleFile(language), StyleClassifierFile = ParserSplit.StyleClassifierFile(language),
                Features = featureSet, StopAfterTuning = tuningOnly, TrainingBranches = trainingBranches,
                JointTransitions = joint ?? ParserSplit.JointTransitions(language),
            };
            var parser = ParserTraining.Train(request, io.Output.WriteLine);
            parser.Save(outPath);
            io.Output.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s: {parser.Metadata.Iterations} iterations, " +
                $"{parser.FeatureCount:N0} features, {new FileInfo(outPath).Length / 1024.0:N0} KiB written to {outPath}");
            // A tuning run's model is measured on its tuning data only: the test files are read once per shipped model.
            if (!tuningOnly) WriteMeta(io, parser.With(ParserSplit.Decoding(language, parser.JointTransitions)), language, udDir, outPath, analyzer, tagger, prune);
            return ExitCodes.Ok;
        }
        catch (WartaException e)
        {
            return ExitCodes.Report(io, e);
        }
    }

    /// <summary>The model's meta.json: its training data, settings, and its scores on the test split, measured after training.</summary>
    private static void WriteMeta(CliIo io, DependencyParser parser, Language language, string udDir, string outPath,
        Morphology.IMorphologicalAnalyzer analyzer, PerceptronTagger tagger, float prune)
    {
        var tests = TreebankSplit.TestFiles(language).Select(f => Path.Combine(udDir, f)).Where(File.Exists).ToList();
        var scores = tests.Select(f =>
        {
            var sentences = ConlluReader.Read(f).ToList();
            var docs = ParserEvaluation.Prepare(sentences, language, analyzer, tagger);
            return ParserEvaluation.Evaluate(parser, sentences, docs, Path.GetFileName(f));
        }).ToList();
        var total = ParserScore.Sum("total", scores);
        foreach (var s in scores) io.Output.WriteLine($"test {s.Name}: UAS {s.Uas:P2} LAS {s.Las:P2} of {s.Total:N0} words");
        if (scores.Count > 1) io.Output.WriteLine($"test total: UAS {total.Uas:P2} LAS {total.Las:P2}");
        var m = parser.Metadata;
        var meta = new
        {
            format = parser.JointTransitions ? "WDEP v4" : "WDEP v3",
            language = m.Language,
            system = "arc-hybrid, averaged perceptron, dynamic oracle, pseudo-projective (head encoding)" +
                (parser.JointTransitions ? ", joint labelled transitions" : ""),
            decoding = parser.Decoding.Describe() + " (iterations chosen with greedy decoding; test scores with this decoding)",
            training_corpus = m.TrainingFiles,
            training_sentences = m.TrainingSentences,
            training_tokens = m.TrainingTokens,
            data_licence = language == Language.English
                ? "UD English EWT: CC BY-SA 4.0; UD English PUD: CC BY-SA 3.0"
                : "UD Indonesian CSUI and GSD: CC BY-SA 4.0; UD Indonesian PUD: CC BY-SA 3.0",
            tags = $"predicted, {m.TagJackknifeBlocks}-block jackknife of the tagger",
            feature_templates = m.Features.ToString(),
            iterations = m.Iterations,
            tuning_set = m.TuningSet,
            tuning_uas = Math.Round(m.TuningUas, 4),
            tuning_las = Math.Round(m.TuningLas, 4),
            prune_threshold = prune,
            relations = parser.Labels.Count,
            features = parser.FeatureCount,
            test = scores.ToDictionary(s => s.Name, s => new { uas = Math.Round(s.Uas, 4), las = Math.Round(s.Las, 4) }),
            test_total = scores.Count > 0 ? new { uas = Math.Round(total.Uas, 4), las = Math.Round(total.Las, 4) } : null,
        };
        var metaPath = Path.ChangeExtension(outPath, ".meta.json");
        File.WriteAllText(metaPath, JsonSerializer.Serialize(meta, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
