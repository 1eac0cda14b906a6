using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Warta.Conllu;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;
using Warta.Tagging;

namespace Warta.Cli.Commands;

/// <summary><c>warta train tagger --lang id|en [--ud DIR] [--out FILE] [--no-morph] [--morph-jackknife K] [--cross-validate]</c>.</summary>
internal static class TrainTaggerCommand
{
    public static Command Create(CliIo io)
    {
        var lang = CommonOptions.RequiredLanguage();
        var ud = CommonOptions.Ud();
        var output = new Option<string?>("--out") { Description = "Model file to write (default: the repository's data/<lang>/tagger.bin)" };
        var noMorph = new Option<bool>("--no-morph") { Description = "Train without morphology features (when the analyser is not available)" };
        var jackknife = new Option<int>("--morph-jackknife")
        {
            Description = "Blocks for the training data's morphology features, each analysed by an analyser built without it " +
                "(0: the shipped analyser, which knows every training lemma; 1: one built from all the training data)",
            DefaultValueFactory = _ => DefaultMorphologyBlocks,
        };
        var crossValidate = new Option<bool>("--cross-validate")
        {
            Description = "Only report held-out accuracy per iteration (k-fold over the test-genre training files); write nothing, read no test file",
        };
        var command = new Command("tagger", "Train the UPOS tagger on the train split of ../shared/ud/README.md") { lang, ud, output, noMorph, jackknife, crossValidate };
        command.SetAction(p => Run(io, LanguageCodes.Parse(p.GetValue(lang)!), p.GetValue(ud), p.GetValue(output), p.GetValue(noMorph),
            p.GetValue(jackknife), p.GetValue(crossValidate)));
        return command;
    }

    /// <summary>Jackknife blocks for the morphology features unless --morph-jackknife says otherwise (docs/tagger.md).</summary>
    public const int DefaultMorphologyBlocks = 10;

    private static int Run(CliIo io, Language language, string? udDir, string? outPath, bool noMorph, int morphBlocks, bool crossValidateOnly)
    {
        udDir ??= SourceTree.UdDirectory;
        outPath ??= SourceTree.DataDirectory is { } dataDir ? Path.Combine(dataDir, language.ToCode(), "tagger.bin") : null;
        if (udDir is null || outPath is null)
        {
            io.Error.WriteLine("error: not inside a Warta repository: pass --ud DIR and --out FILE");
            return ExitCodes.DataMissing;
        }
        try
        {
            var files = TreebankSplit.TrainFiles(language).Select(f => Path.Combine(udDir, f)).ToList();
            foreach (var f in files.Where(f => !File.Exists(f)))
                throw new WartaException(ErrorCodes.TrainingDataMissing, $"training file '{f}' not found; pass --ud DIR");
            var data = DataDirectory.Open(SourceTree.DataDirectory);
            string? unavailable = null;
            var analyzer = noMorph ? null : TrainTaggerSupport.Analyzer(data, language, out unavailable);
            if (!noMorph && analyzer is null)
            {
                io.Error.WriteLine($"error: {unavailable}; train with --no-morph to leave the morphology features out");
                return ExitCodes.DataMissing;
            }
            io.Output.WriteLine($"training the {language.ToCode()} tagger on {string.Join(", ", files.Select(Path.GetFileName))}" +
                (analyzer is null ? " without morphology features" : " with morphology features") +
                (analyzer is null || morphBlocks <= 0 ? "" : $" ({morphBlocks}-block morphology jackknife)"));
            var clock = Stopwatch.StartNew();
            var request = new TaggerTrainingRequest(language, files, analyzer)
            {
                HeldOutFile = name => TreebankSplit.IsHeldOutCandidate(language, name),
                AnalyzerFactory = analyzer is null || morphBlocks <= 0 ? null : TrainTaggerSupport.AnalyzerFactory(data, language),
                MorphologyBlocks = Math.Max(1, morphBlocks),
            };
            if (crossValidateOnly)
            {
                var cv = TaggerTraining.CrossValidate(request, files.SelectMany(ConlluReader.Read).ToList(), io.Output.WriteLine);
                io.Output.WriteLine($"cross-validated in {clock.Elapsed.TotalSeconds:F1} s: best {cv.BestIterations} iterations, " +
                    $"held-out accuracy {cv.BestAccuracy:P2}");
                return ExitCodes.Ok;
            }
            var tagger = TaggerTraining.Train(request, io.Output.WriteLine);
            tagger.Save(outPath);
            io.Output.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s: {tagger.Metadata.Iterations} iterations, " +
                $"held-out accuracy {tagger.Metadata.HeldOutAccuracy:P2}, {tagger.FeatureCount:N0} features, " +
                $"{new FileInfo(outPath).Length / 1024.0:N0} KiB written to {outPath}");
            WriteMeta(io, tagger, language, udDir, outPath, analyzer is null ? 0 : Math.Max(0, morphBlocks));
            return ExitCodes.Ok;
        }
        catch (WartaException e)
        {
            return ExitCodes.Report(io, e);
        }
    }

    /// <summary>The model's meta.json: its training data and its score on the test split, measured after training.</summary>
    private static void WriteMeta(CliIo io, PerceptronTagger tagger, Language language, string udDir, string outPath, int morphBlocks)
    {
        var tests = TreebankSplit.TestFiles(language).Select(f => Path.Combine(udDir, f)).Where(File.Exists).ToList();
        var scores = tests.Select(f => TaggerEvaluation.Evaluate(tagger, ConlluReader.Read(f), language, Path.GetFileName(f))).ToList();
        var total = TaggerScore.Sum("total", scores);
        foreach (var s in scores) io.Output.WriteLine($"test {s.Name}: {s.Accuracy:P2} of {s.Total:N0} tokens");
        if (scores.Count > 0) io.Output.WriteLine($"test total: {total.Accuracy:P2}");
        var meta = new
        {
            format = "WPOS v2",
            language = tagger.Metadata.Language,
            morphology_features = tagger.Metadata.UsesMorphology,
            morphology_jackknife_blocks = morphBlocks,
            training_corpus = tagger.Metadata.TrainingFiles,
            training_sentences = tagger.Metadata.TrainingSentences,
            training_tokens = tagger.Metadata.TrainingTokens,
            iterations = tagger.Metadata.Iterations,
            first_pass_iterations = tagger.Metadata.FirstPassIterations,
            held_out_accuracy = Math.Round(tagger.Metadata.HeldOutAccuracy, 4),
            features = tagger.FeatureCount,
            test = scores.ToDictionary(s => s.Name, s => Math.Round(s.Accuracy, 4)),
            test_total = scores.Count > 0 ? Math.Round(total.Accuracy, 4) : (double?)null,
        };
        var metaPath = Path.ChangeExtension(outPath, ".meta.json");
        File.WriteAllText(metaPath, JsonSerializer.Serialize(meta, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
