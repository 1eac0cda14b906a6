using System.Text;
using Warta.Cli;
using Warta.Coding;
using Warta.Errors;
using Warta.Evaluation;
using Warta.Output.Events;
using Warta.Tests.Cli;

namespace Warta.Tests.Evaluation;

public sealed class EventJsonReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-events-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteEvents(string name, IReadOnlyList<EventRecord> events)
    {
        var path = Path.Combine(_folder, name);
        using var stream = File.Create(path);
        var writer = new JsonLinesEventWriter(stream);
        writer.Write(new NewsDocument("x", "t"), events);
        writer.Complete();
        return path;
    }

    [Fact]
    public void Written_events_read_back_equal()
    {
        var written = ScorerCases.Mixed;
        var read = EventJsonReader.ReadFile(WriteEvents("mixed.jsonl", written)).ToList();
        Assert.Equal(written, read);
    }

    [Fact]
    public void The_date_rule_and_precision_read_back_and_are_absent_when_unknown()
    {
        var dated = ScorerCases.Mixed[0] with { DateRule = DateRule.BeforeReport, DatePrecision = Warta.Dates.DatePrecision.Weekend };
        var read = EventJsonReader.ReadFile(WriteEvents("dated.jsonl", [dated, ScorerCases.Mixed[1]])).ToList();
        Assert.Equal((DateRule.BeforeReport, Warta.Dates.DatePrecision.Weekend), (read[0].DateRule!.Value, read[0].DatePrecision!.Value));
        Assert.Equal(dated, read[0]);
        Assert.Null(read[1].DateRule);
        Assert.DoesNotContain("date_rule", File.ReadLines(Path.Combine(_folder, "dated.jsonl")).Last());
    }

    [Fact]
    public void A_line_that_is_not_json_names_file_and_line()
    {
        var path = Path.Combine(_folder, "bad.jsonl");
        File.WriteAllText(path, "# comment\n{\"doc\": \"a\", \"cameo\": \"111\"}\n{broken\n");
        var error = Assert.Throws<WartaException>(() => EventJsonReader.ReadFile(path).ToList());
        Assert.Equal(ErrorCodes.DocumentInvalid, error.Code);
        Assert.Contains($"{path}:3", error.Message);
    }

    [Fact]
    public void Eval_scores_saved_predictions_with_the_reference_figures()
    {
        // Same figures as GoldScorerTests.Mixed_predictions_score_as_the_reference_scorer (verified with score_events.py).
        var gold = Path.Combine(_folder, "gold.json");
        File.WriteAllText(gold, ScorerCases.Gold, new UTF8Encoding(false));
        var result = CliRunner.Run("eval", gold, "--predictions", WriteEvents("mixed.jsonl", ScorerCases.Mixed));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("d1 [id] tp=4 fp=2 fn=0 date=2/3 must_not=2", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("d2 [en] tp=1 fp=1 fn=0 date=1/1 must_not=0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("d3 [id] tp=2 fp=0 fn=0", StringComparison.Ordinal));
        Assert.Equal("total: P=0.70 R=1.00 F1=0.82 date=0.75 must_not=2", lines[^1]);
        // Actors-only: the typed matches plus none else here (every extra has the wrong actors or sentence too).
        Assert.Contains(lines, l => l.StartsWith("actors-only id: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("actor accuracy total: ", StringComparison.Ordinal));
    }
}
