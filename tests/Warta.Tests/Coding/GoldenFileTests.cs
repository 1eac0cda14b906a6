using System.Globalization;
using Warta.Cli;
using Warta.Tests.Cli;
using Warta.Tests.TestSupport;

namespace Warta.Tests.Coding;

/// <summary>
/// The examples and the tricky sentences of tests/golden, coded as <c>warta code --all</c> codes them, against their
/// <c>*.expected.jsonl</c>: regression fixtures holding what Warta codes today, right or wrong (tests/golden/README.md
/// names the known gaps). A difference writes <c>*.actual.jsonl</c> beside the expected file and fails with the events
/// missing, extra and changed; an intended change is accepted with <see cref="GoldenFile.UpdateCommand"/>.
/// </summary>
public sealed class GoldenFileTests
{
    /// <summary>Input (relative to the repository), the published date when the input does not give one, the expected file.</summary>
    public static TheoryData<string, string?, string> Cases { get; } = new()
    {
        // The README codes this one with the date its text implies (Selasa 14/3 is 14 March 2023, the protest a day later).
        { "examples/jakarta-canberra.id.txt", "2023-03-15", "tests/golden/examples/jakarta-canberra.id.expected.jsonl" },
        // The talks were "on Friday": published on the Saturday after, 16 March 2024.
        { "examples/geneva-talks.en.txt", "2024-03-16", "tests/golden/examples/geneva-talks.en.expected.jsonl" },
        // One document per line, each with its own language and published date.
        { "tests/golden/en/tricky.jsonl", null, "tests/golden/en/tricky.expected.jsonl" },
        { "tests/golden/id/tricky.jsonl", null, "tests/golden/id/tricky.expected.jsonl" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coded_events_equal_the_golden_file(string input, string? published, string expected)
    {
        var events = EventLines.Code(InRepo(input), published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture));
        GoldenFile.Check(InRepo(expected), events);
    }

    [Fact]
    public void Every_example_and_every_golden_input_has_a_case()
    {
        var covered = Cases.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var examples = Directory.GetFiles(InRepo("examples"), "*.txt").Select(FromRepo);
        var golden = Directory.GetFiles(InRepo("tests/golden"), "*.jsonl", SearchOption.AllDirectories).Select(FromRepo)
            .Where(path => !path.EndsWith(".expected.jsonl", StringComparison.Ordinal) && !path.EndsWith(".actual.jsonl", StringComparison.Ordinal));
        var inputs = examples.Concat(golden).ToList();
        Assert.Contains("tests/golden/en/tricky.jsonl", inputs);
        Assert.DoesNotContain(inputs, path => !covered.Contains(path));
    }

    [Fact]
    public void The_code_command_writes_the_lines_the_golden_files_are_made_of()
    {
        var input = InRepo("tests/golden/en/tricky.jsonl");
        var result = CliRunner.Run("code", input, "--all", "--format", "jsonl", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var diff = EventLineDiff.Compare(EventLines.Code(input, null), EventLines.Split(result.Output));
        Assert.True(diff.Same, diff.Describe());
        Assert.NotEmpty(EventLines.Split(result.Output));
    }

    private static string InRepo(string relative) => Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, relative));

    private static string FromRepo(string path) => Path.GetRelativePath(TestPaths.RepoRoot, path).Replace('\\', '/');
}
