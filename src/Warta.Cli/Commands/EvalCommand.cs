using System.CommandLine;
using Warta.Coding;
using Warta.Errors;
using Warta.Evaluation;
using Warta.Input;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta eval GOLD.json [--data DIR] [--dict DIR]... [--format text|json] [--predictions EVENTS.jsonl] [--parse]</c>: codes the
/// gold documents (or reads saved events) and scores the events with the metric of ../shared/tools/score_events.py.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliIo io)
    {
        var gold = new Argument<string>("gold") { Description = "A gold file: a JSON list of documents with events and must_not (see docs/output.md)" };
        var format = new Option<string>("--format")
        {
            Description = "Report: text (per document, misses and extras, totals) or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var dict = CommonOptions.Dictionaries();
        var data = CommonOptions.Data();
        var predictions = new Option<string?>("--predictions")
        {
            Description = "Score these saved events (JSON Lines, the output of 'warta code --all') instead of coding the gold documents",
        };

        var parseOption = CommonOptions.Parse();
        var limits = LimitOptions.ForText();
        var command = new Command("eval", "Code a gold file's documents and score the events: precision, recall, F1, dates, must_not violations")
        {
            gold, format, dict, data, predictions, parseOption,
        };
        limits.AddTo(command);
        command.SetAction(parse => Run(io, parse.GetValue(gold)!, parse.GetValue(format)!, parse.GetValue(dict) ?? [],
            parse.GetValue(data), parse.GetValue(predictions), limits.Read(parse), parse.GetValue(parseOption)));
        return command;
    }

    private static int Run(CliIo io, string goldPath, string format, string[] dictionaries, string? dataPath, string? predictionsPath,
        InputLimits limits, bool parseSentences)
    {
        IReadOnlyList<GoldDocument> gold;
        Dictionary<string, List<EventRecord>> events;
        int failed = 0;
        try
        {
            gold = GoldFile.Load(goldPath);
            if (predictionsPath is not null)
                events = EventJsonReader.ReadFile(predictionsPath).GroupBy(e => e.Doc).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            else
                events = Code(io, gold, goldPath, EventCoder.Load(dataPath, dictionaries, limits.MaxSentenceChars, parseSentences), limits, ref failed);
        }
        catch (WartaException e) { return ExitCodes.Report(io, e); }

        var report = GoldScorer.Score(gold, id => events.GetValueOrDefault(id) ?? []);
        if (format == "json")
        {
            using var stream = new TextWriterStream(io.Output);
            EvaluationReportWriter.WriteJson(report, stream);
        }
        else EvaluationReportWriter.WriteText(report, io.Output);
        io.Output.Flush();
        return failed > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Ok;
    }

    private static Dictionary<string, List<EventRecord>> Code(CliIo io, IReadOnlyList<GoldDocument> gold, string goldPath,
        EventCoder coder, InputLimits limits, ref int failed)
    {
        var inputs = gold.Select(g => Checked($"{goldPath}: {g.Document.Id}", g.Document, limits));
        var events = new Dictionary<string, List<EventRecord>>(StringComparer.Ordinal);
        foreach (var outcome in BatchCoder.CodeAll(coder, inputs))
        {
            if (outcome.Coded is { } coded)
            {
                events[coded.Input.Id] = [.. coded.Events];
                InputWarnings.Write(io, outcome.Input.Origin, coded.Analysis, limits);
            }
            else
            {
                io.Error.WriteLine($"error: {outcome.Error}");
                failed++;
            }
        }
        return events;
    }

    private static InputDocument Checked(string origin, NewsDocument document, InputLimits limits)
    {
        try
        {
            limits.CheckDocument(document.Text, origin);
            return InputDocument.Ok(origin, document);
        }
        catch (WartaException e) { return InputDocument.Failed(origin, e); }
    }
}
