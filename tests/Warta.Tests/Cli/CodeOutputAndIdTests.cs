using Warta.Cli;

namespace Warta.Tests.Cli;

/// <summary><c>code</c> never lets its output eat an input, and keeps one document per id in a run.</summary>
public sealed class CodeOutputAndIdTests : IDisposable
{
    private const string Line1 = """{"id": "x", "text": "Russia expelled two Kazakh diplomats on Friday.", "published": "2022-10-07"}""";
    private const string Line2 = """{"id": "x", "text": "Kazakhstan protested to Russia on Monday.", "published": "2022-10-07"}""";

    private readonly string _folder = Directory.CreateTempSubdirectory("warta-code-out-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Batch(params string[] lines)
    {
        var path = Path.Combine(_folder, "c.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void An_output_that_is_the_input_is_refused_and_the_input_is_left_whole()
    {
        var input = Batch(Line1);
        var before = File.ReadAllText(input);

        var result = CliRunner.Run("code", input, "-o", input, "--data", TestPaths.Data);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"WRT0208: -o {input}: is the input {input}", result.Error);
        Assert.Equal(before, File.ReadAllText(input));
    }

    [Fact]
    public void An_output_that_reaches_the_input_through_a_link_is_refused()
    {
        var input = Batch(Line1);
        var link = Path.Combine(_folder, "events.jsonl");
        File.CreateSymbolicLink(link, input);
        var before = File.ReadAllText(input);

        var result = CliRunner.Run("code", input, "-o", link, "--data", TestPaths.Data);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("WRT0208", result.Error);
        Assert.Equal(before, File.ReadAllText(input));
    }

    [Fact]
    public void An_output_inside_an_input_folder_that_would_be_read_as_input_is_refused()
    {
        Batch(Line1);
        var result = CliRunner.Run("code", _folder, "-o", Path.Combine(_folder, "sub", "..", "events.jsonl"), "--data", TestPaths.Data);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("lies in the input folder", result.Error);
        Assert.False(File.Exists(Path.Combine(_folder, "events.jsonl")));
    }

    [Fact]
    public void An_output_is_written_whole_under_its_name_and_no_temporary_file_is_left()
    {
        var input = Batch(Line1);
        var output = Path.Combine(_folder, "events.out");
        File.WriteAllText(output, "old content");

        var result = CliRunner.Run("code", input, "-o", output, "--data", TestPaths.Data, "--format", "jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.DoesNotContain("old content", File.ReadAllText(output));
        Assert.All(File.ReadAllLines(output), line => Assert.StartsWith("{\"id\":", line));
        Assert.Equal(["c.jsonl", "events.out"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_documents_with_one_id_are_refused_with_WRT0207_naming_both_lines_and_the_first_is_coded()
    {
        var input = Batch(Line1, Line2);

        var result = CliRunner.Run("code", input, "--data", TestPaths.Data, "--format", "jsonl", "--all");

        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        Assert.Contains($"error: WRT0207: {input}:2: the id 'x' is already the id of another document of this run ({input}:1)", result.Error);
        Assert.DoesNotContain("Kazakhstan protested", result.Output);
        Assert.Contains("Russia expelled", result.Output);
    }

    [Fact]
    public void One_file_named_twice_is_coded_once_with_a_warning()
    {
        var input = Batch(Line1);

        var once = CliRunner.Run("code", input, "--data", TestPaths.Data, "--format", "jsonl", "--all");
        var twice = CliRunner.Run("code", input, input, "--data", TestPaths.Data, "--format", "jsonl", "--all");

        Assert.Equal(ExitCodes.Ok, twice.ExitCode);
        Assert.Equal(once.Output.Split('\n').Length, twice.Output.Split('\n').Length);
        Assert.Contains("the same document as one read before (id 'x'); coded once", twice.Error);
    }

    [Fact]
    public void A_blank_id_is_refused_by_name()
    {
        var input = Batch("""{"id": " ", "text": "Russia expelled two Kazakh diplomats on Friday."}""");

        var result = CliRunner.Run("code", input, "--data", TestPaths.Data);

        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        Assert.Contains($"WRT0204: {input}:1: the document's id is blank", result.Error);
    }
}
