using System.CommandLine;
using Warta.Conllu;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;
using Warta.Morphology;
using Warta.Tagging;
using Warta.Text;

namespace Warta.Cli.Commands;

/// <summary><c>warta test tagger --lang id|en FILE.conllu...</c>: UPOS accuracy on gold tokenization, and id VERB root accuracy.</summary>
internal static class TestTaggerCommand
{
    public static Command Create(CliIo io)
    {
        var lang = CommonOptions.RequiredLanguage();
        var files = new Argument<string[]>("files") { Description = "CoNLL-U files with gold UPOS", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string?>("--model") { Description = "Model file (default: data/<lang>/tagger.bin of the data folder)" };
        var data = CommonOptions.Data();
        var command = new Command("tagger", "Token-level UPOS accuracy of the tagger on gold tokenization") { lang, files, model, data };
        command.SetAction(p => Run(io, LanguageCodes.Parse(p.GetValue(lang)!), p.GetValue(files)!, p.GetValue(model), p.GetValue(data)));
        return command;
    }

    private static int Run(CliIo io, Language language, string[] files, string? modelPath, string? dataPath)
    {
        try
        {
            var data = DataDirectory.Open(dataPath);
            var analyzer = TrainTaggerSupport.Analyzer(data, language, out var unavailable);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var tagger = PerceptronTagger.Load(modelPath ?? data.File(language, "tagger.bin"), analyzer);
            var m = tagger.Metadata;
            io.Output.WriteLine($"model: {m.Language}, trained on {string.Join(", ", m.TrainingFiles)}, {m.Iterations} iterations, " +
                $"{(m.UsesMorphology ? "with" : "without")} morphology features, {tagger.FeatureCount:N0} features, " +
                $"loaded in {clock.Elapsed.TotalMilliseconds:F0} ms");
            var sentences = files.Select(f => (Name: Path.GetFileName(f), Sentences: ConlluReader.Read(f).ToList())).ToList();
            var scores = sentences.Select(f => TaggerEvaluation.Evaluate(tagger, f.Sentences, language, f.Name)).ToList();
            foreach (var s in scores) io.Output.WriteLine($"{s.Name}: UPOS accuracy {s.Accuracy:P2} ({s.Correct:N0}/{s.Total:N0})");
            var total = TaggerScore.Sum("total", scores);
            io.Output.WriteLine($"total: UPOS accuracy {total.Accuracy:P2} ({total.Correct:N0}/{total.Total:N0})");
            io.Output.WriteLine("top confusions (gold → predicted):");
            foreach (var (gold, predicted, count) in total.TopConfusions(10))
                io.Output.WriteLine($"  {gold,-6} → {predicted,-6} {count,5}");
            if (language == Language.Indonesian) WriteRootAccuracy(io, analyzer, unavailable, sentences.SelectMany(f => f.Sentences));
            return ExitCodes.Ok;
        }
        catch (WartaException e)
        {
            return ExitCodes.Report(io, e);
        }
    }

    private static void WriteRootAccuracy(CliIo io, IMorphologicalAnalyzer? analyzer, string? unavailable, IEnumerable<ConlluSentence> sentences)
    {
        if (analyzer is null)
        {
            io.Output.WriteLine($"VERB root accuracy: not measured ({unavailable})");
            return;
        }
        var roots = RootEvaluation.Evaluate(analyzer, sentences, Upos.VERB);
        io.Output.WriteLine($"VERB root accuracy: {roots.Accuracy:P2} ({roots.Correct:N0}/{roots.Total:N0})");
        io.Output.WriteLine("top disagreements (form: gold lemma ≠ root, count):");
        foreach (var d in roots.Disagreements.Take(15))
            io.Output.WriteLine($"  {d.Form}: {d.Gold} ≠ {d.Predicted} ({d.Count})");
    }
}
