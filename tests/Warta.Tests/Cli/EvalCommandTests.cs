using System.Text.Json;
using Warta.Cli;

namespace Warta.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteGold(string json)
    {
        var path = Path.Combine(_folder, "gold.json");
        File.WriteAllText(path, json);
        return path;
    }

    private string TinyGold() => WriteGold("""
        [{"id": "tiny", "lang": "id", "published": "2022-10-06",
          "text": "Kazakhstan mengutuk Rusia pada 5 Oktober. Rusia tidak menyerang Kazakhstan.",
          "events": [{"src": ["KAZ"], "tgt": ["RUS"], "roots": ["11"], "date": ["2022-10-05"], "sentence_contains": "mengutuk"}],
          "must_not": [{"src": ["RUS"], "roots": ["19", "18"], "sentence_contains": "tidak menyerang"}]}]
        """);

    [Fact]
    public void Eval_prints_each_document_and_the_totals()
    {
        var result = CliRunner.Run("eval", TinyGold(), "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("tiny [id] tp=", lines[0]);
        Assert.Matches(@"^total: P=\d\.\d\d R=\d\.\d\d F1=\d\.\d\d date=\d\.\d\d must_not=\d+$", lines[^1]);
    }

    [Fact]
    public void Eval_json_has_documents_by_language_and_total()
    {
        var result = CliRunner.Run("eval", TinyGold(), "--format", "json", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var doc = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray().ToList());
        Assert.Equal("tiny", doc.GetProperty("id").GetString());
        var counts = doc.GetProperty("tp").GetInt32() + doc.GetProperty("fn").GetInt32();
        Assert.Equal(1, counts); // the one required event is either found or missed
        Assert.Equal(doc.GetProperty("fn").GetInt32(), doc.GetProperty("misses").GetArrayLength());
        Assert.Equal(doc.GetProperty("fp").GetInt32(), doc.GetProperty("extras").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("by_language").TryGetProperty("id", out _));
        Assert.InRange(json.RootElement.GetProperty("total").GetProperty("f1").GetDouble(), 0, 1);
    }

    [Fact]
    public void Eval_refuses_an_invalid_gold_file_with_its_code()
    {
        var result = CliRunner.Run("eval", WriteGold("""{"id": "not a list"}"""), "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        Assert.Contains("WRT0206", result.Error);
    }
}
