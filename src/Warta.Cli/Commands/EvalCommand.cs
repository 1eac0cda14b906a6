using System.CommandLine;
using Warta.Coding;
using Warta.Errors;
using Warta.Evaluation;
using Warta.Input;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta eval GOLD.json [--data DIR] [--dict DIR]... [--format text|json]</c>: codes the gold documents and scores
/// the events with the metric of ../shared/tools/score_events.py.
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

        var command = new Command("eval", "Code a gold file's documents and score the events: precision, recall, F1, dates, must_not violations")
        {
            gold, format, dict, data,
        };
        command.SetAction(parse => Run(io, parse.GetValue(gold)!, parse.GetValue(format)!, parse.GetValue(dict) ?? [], parse.GetValue(data)));
        return command;
    }

    private static int Run(CliIo io, string goldPath, string format, string[] dictionaries, string? dataPath)
    {
        IReadOnlyList<GoldDocument> gold;
        EventCoder coder;
        try
        {
            gold = GoldFile.Load(goldPath);
            coder = EventCoder.Load(dataPath, dictionaries);
        }
        catch (WartaException e) { return ExitCodes.Report(io, e); }

        var inputs = gold.Select(g => InputDocument.Ok($"{goldPath}: {g.Document.Id}", g.Document));
        var events = new Dictionary<string, IReadOnlyList<EventRecord>>(StringComparer.Ordinal);
        int failed = 0;
        foreach (var outcome in BatchCoder.CodeAll(coder, inputs))
        {
            if (outcome.Coded is { } coded) events[coded.Input.Id] = coded.Events;
            else
            {
                io.Error.WriteLine($"error: {outcome.Error}");
                failed++;
            }
        }

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
}
