using System.CommandLine;
using Warta.Conllu;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;
using Warta.Parsing;
using Warta.Tagging;

namespace Warta.Cli.Commands;

/// <summary><c>warta test parser --lang id|en FILE.conllu...</c>: UAS and LAS on gold tokenization with predicted tags.</summary>
internal static class TestParserCommand
{
    public static Command Create(CliIo io)
    {
        var lang = CommonOptions.RequiredLanguage();
        var files = new Argument<string[]>("files") { Description = "CoNLL-U files with gold trees", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string?>("--model") { Description = "Parser model file (default: data/<lang>/parser.bin of the data folder)" };
        var data = CommonOptions.Data();
        var branches = new Option<int?>("--branches") { Description = "Selectional branching: most extra sequences per sentence, 0 for greedy decoding (default: the language's setting, docs/parser.md)" };
        var margin = new Option<float>("--margin") { Description = "Selectional branching: branch where the best move leads by less than this", DefaultValueFactory = _ => 1f };
        var relationWeight = new Option<float>("--relation-weight") { Description = "Selectional branching: weight of the relation scores in a sequence's score", DefaultValueFactory = _ => 0f };
        var merge = new Option<bool>("--merge") { Description = "Selectional branching: a branch back in the greedy parse's stack and buffer takes its remaining moves" };
        var command = new Command("parser", "UAS and LAS of the parser on gold tokenization with the tagger's predicted tags")
        {
            lang, files, model, data, branches, margin, relationWeight, merge,
        };
        command.SetAction(p => Run(io, LanguageCodes.Parse(p.GetValue(lang)!), p.GetValue(files)!, p.GetValue(model), p.GetValue(data),
            p.GetValue(branches) is { } b ? new ParserDecoding(b, p.GetValue(margin), p.GetValue(relationWeight), p.GetValue(merge)) : null));
        return command;
    }

    private static int Run(CliIo io, Language language, string[] files, string? modelPath, string? dataPath, ParserDecoding? decoding)
    {
        try
        {
            var data = DataDirectory.Open(dataPath);
            var analyzer = TrainTaggerSupport.Analyzer(data, language, out var unavailable)
                ?? throw new WartaException(ErrorCodes.ModelMissing, $"the {language.ToCode()} analyser is needed: {unavailable}");
            var tagger = PerceptronTagger.Load(data.File(language, "tagger.bin"), analyzer);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var parser = DependencyParser.Load(modelPath ?? data.File(language, "parser.bin"));
            parser = parser.With(decoding ?? ParserSplit.Decoding(language, parser.JointTransitions));
            var m = parser.Metadata;
            io.Output.WriteLine($"model: {m.Language}, trained on {string.Join(", ", m.TrainingFiles)}, {m.Iterations} iterations, " +
                $"tuned on {m.TuningSet}, {parser.Labels.Count} relations, {parser.FeatureCount:N0} features, " +
                $"loaded in {clock.Elapsed.TotalMilliseconds:F0} ms; {parser.Decoding.Describe()}");
            var scores = new List<ParserScore>();
            foreach (var file in files)
            {
                var sentences = ConlluReader.Read(file).ToList();
                var docs = ParserEvaluation.Prepare(sentences, language, analyzer, tagger);
                var parseClock = System.Diagnostics.Stopwatch.StartNew();
                var score = ParserEvaluation.Evaluate(parser, sentences, docs, Path.GetFileName(file));
                scores.Add(score);
                io.Output.WriteLine($"{score.Name}: UAS {score.Uas:P2} LAS {score.Las:P2} ({score.HeadCorrect:N0}/{score.LabelCorrect:N0}/{score.Total:N0}); " +
                    $"parsed in {parseClock.Elapsed.TotalSeconds:F2} s");
            }
            var total = ParserScore.Sum("total", scores);
            io.Output.WriteLine($"total: UAS {total.Uas:P2} LAS {total.Las:P2} ({total.HeadCorrect:N0}/{total.LabelCorrect:N0}/{total.Total:N0}); " +
                $"LAS with subtypes {total.ExactLas:P2}");
            io.Output.WriteLine("by gold relation (words with that relation: right head, right head and relation):");
            foreach (var name in ParserScore.Reported)
            {
                var r = total.Relations.GetValueOrDefault(name) ?? new RelationScore(name, 0, 0, 0);
                io.Output.WriteLine($"  {name,-6} UAS {r.Uas,8:P2} LAS {r.Las,8:P2} ({r.Total:N0})");
            }
            io.Output.WriteLine("top relation confusions on right heads (gold → predicted):");
            foreach (var (gold, predicted, count) in total.TopConfusions(10))
                io.Output.WriteLine($"  {gold,-10} → {predicted,-10} {count,5}");
            return ExitCodes.Ok;
        }
        catch (WartaException e)
        {
            return ExitCodes.Report(io, e);
        }
    }
}
