using System.Text.Json;
using Warta.Cli;
using Warta.Output.Events;

namespace Warta.Tests.Cli;

public sealed class CodeCommandTests : IDisposable
{
    private static readonly string[] ContractFields =
    [
        "id", "schema", "doc", "lang", "sentence_index", "sentence", "date", "date_from", "date_text", "date_rule", "date_precision", "source", "target",
        "cameo", "cameo_name", "root", "quad", "goldstein", "plover", "modality", "negated", "hypothetical", "evidence", "rule", "actor_rule", "place",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("warta-code-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteBatch()
    {
        var path = Path.Combine(_folder, "batch.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": "seed", "text": "Kazakhstan membalas Rusia pada 5 Oktober setelah duta besarnya dipanggil.", "published": "2022-10-06", "lang": "id"}""",
            """{"id": "broken", "text": "no closing brace" """,
            """{"id": "en1", "text": "Russia expelled two Kazakh diplomats on Friday.", "published": "2022-10-07"}""",
        ]);
        return path;
    }

    [Fact]
    public void Code_reports_a_bad_line_codes_the_rest_and_exits_2()
    {
        var path = WriteBatch();
        var result = CliRunner.Run("code", path, "--data", TestPaths.Data, "--all");
        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        var errorLine = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("WRT0204", errorLine);
        Assert.Contains($"{path}:2", errorLine);
        // Whatever the coder finds, every line is a contract record from the two good documents.
        foreach (var line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(ContractFields.Order(), json.RootElement.EnumerateObject().Select(p => p.Name).Order());
            Assert.Contains(json.RootElement.GetProperty("doc").GetString(), new[] { "seed", "en1" });
        }
    }

    [Fact]
    public void Code_exits_0_when_every_document_is_read()
    {
        var path = Path.Combine(_folder, "one.txt");
        File.WriteAllText(path, "Rusia mengusir dua diplomat Kazakhstan.");
        var result = CliRunner.Run("code", path, "--data", TestPaths.Data, "--published", "2022-10-06");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Code_writes_the_csv_header_and_a_table_heading_per_document()
    {
        var csv = CliRunner.RunWithStdin("Rusia mengusir diplomat itu.", "code", "-", "--format", "csv", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, csv.ExitCode);
        Assert.StartsWith(string.Join(',', CsvEventWriter.Columns) + "\r\n", csv.Output);

        var table = CliRunner.RunWithStdin("Rusia mengusir diplomat itu.", "code", "--format", "table", "--data", TestPaths.Data);
        Assert.StartsWith("stdin: ", table.Output);
    }

    [Fact]
    public void Code_writes_to_the_output_file_when_asked()
    {
        var output = Path.Combine(_folder, "events.csv");
        var result = CliRunner.RunWithStdin("Russia expelled two diplomats.", "code", "--format", "csv", "--output", output, "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("id,schema,doc", File.ReadAllText(output));
    }

    [Fact]
    public void Code_refuses_a_published_date_that_is_not_a_date()
    {
        var result = CliRunner.RunWithStdin("Rusia.", "code", "--published", "6/10/2022", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("YYYY-MM-DD", result.Error);
    }

    [Fact]
    public void Code_reports_a_missing_file_and_goes_on()
    {
        var path = Path.Combine(_folder, "one.txt");
        File.WriteAllText(path, "Rusia mengusir diplomat itu.");
        var result = CliRunner.Run("code", Path.Combine(_folder, "missing.txt"), path, "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        Assert.Contains("WRT0201", result.Error);
    }
}
