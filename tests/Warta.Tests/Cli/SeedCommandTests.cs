using System.Text.Json;
using Warta.Cli;

namespace Warta.Tests.Cli;

/// <summary>code and eval end to end on the seed article and its gold file in ../shared.</summary>
public sealed class SeedCommandTests
{
    private static readonly string[] ContractFields =
    [
        "id", "schema", "doc", "lang", "sentence_index", "sentence", "date", "date_from", "date_text", "date_rule", "date_precision", "source", "target",
        "cameo", "cameo_name", "root", "quad", "goldstein", "plover", "modality", "negated", "hypothetical", "evidence", "rule", "actor_rule", "place",
    ];

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Code_writes_contract_records_for_the_seed_article()
    {
        var result = CliRunner.Run("code", TestPaths.SeedArticle, "--published", "2022-10-06", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = Lines(result.Output);
        Assert.NotEmpty(lines);
        var text = File.ReadAllText(TestPaths.SeedArticle);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(ContractFields.Order(), root.EnumerateObject().Select(p => p.Name).Order());
            Assert.Equal("1", root.GetProperty("schema").GetString());
            Assert.Equal("id", root.GetProperty("lang").GetString());
            Assert.Equal("asserted", root.GetProperty("modality").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("date").GetString());
            Assert.Contains(root.GetProperty("date_from").GetString(), new[] { "text", "text_relative", "published" });
            Assert.Contains(root.GetProperty("date_rule").GetString(),
                new[] { "clause", "later_in_sentence", "before_report", "quote_attribution", "control_verb", "story", "published" });
            Assert.Matches(@"^\d{2,4}$", root.GetProperty("cameo").GetString());
            Assert.StartsWith(root.GetProperty("root").GetString()!, root.GetProperty("cameo").GetString());
            var evidence = root.GetProperty("evidence");
            Assert.Equal(evidence.GetProperty("trigger").GetString(),
                text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public void Code_is_deterministic_on_the_seed_article()
    {
        var first = CliRunner.Run("code", TestPaths.SeedArticle, "--published", "2022-10-06", "--data", TestPaths.Data);
        var second = CliRunner.Run("code", TestPaths.SeedArticle, "--published", "2022-10-06", "--data", TestPaths.Data);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void Code_all_adds_negated_events_that_the_default_leaves_out()
    {
        const string text = "Kazakhstan tidak mengecam Rusia. Indonesia mengecam Israel.";
        var asserted = Lines(CliRunner.RunWithStdin(text, "code", "-", "--published", "2024-01-10", "--data", TestPaths.Data).Output);
        var all = Lines(CliRunner.RunWithStdin(text, "code", "-", "--published", "2024-01-10", "--all", "--data", TestPaths.Data).Output);
        string Modality(string line) { using var j = JsonDocument.Parse(line); return j.RootElement.GetProperty("modality").GetString()!; }
        Assert.Equal(["asserted"], asserted.Select(Modality));
        Assert.Equal(["asserted", "negated"], all.Select(Modality).Order());
        using var negated = JsonDocument.Parse(all.Single(l => Modality(l) == "negated"));
        Assert.True(negated.RootElement.GetProperty("negated").GetBoolean());
    }

    [Fact]
    public void Code_table_on_the_seed_has_a_heading_with_the_count_and_one_row_per_event()
    {
        var jsonl = Lines(CliRunner.Run("code", TestPaths.SeedArticle, "--published", "2022-10-06", "--data", TestPaths.Data).Output);
        var table = CliRunner.Run("code", TestPaths.SeedArticle, "--published", "2022-10-06", "--format", "table", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, table.ExitCode);
        var lines = Lines(table.Output.ReplaceLineEndings("\n"));
        Assert.Equal($"eurasianet-kazakhstan-russia.id: {jsonl.Length} events", lines[0]);
        Assert.Matches(@"^\s*date\s+source\s+cameo\s+target\s+modality\s+trigger", lines[1]);
        Assert.Equal(jsonl.Length, lines.Skip(2).Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+\d{4}-\d{2}-\d{2}\s")));
    }

    [Fact]
    public void Eval_on_the_seed_gold_prints_the_document_and_totals_with_no_must_not_violation()
    {
        var result = CliRunner.Run("eval", Path.Combine(TestPaths.Shared, "gold", "seed.json"), "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = Lines(result.Output);
        Assert.StartsWith("seed [id] tp=", lines[0]);
        Assert.Matches(@"^total: P=\d\.\d\d R=\d\.\d\d F1=\d\.\d\d date=\d\.\d\d must_not=0$", lines[^1]);
    }
}
