namespace Warta.Tests.Cli;

public sealed class LintDictCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warta-lint-" + Guid.NewGuid().ToString("N"));

    public LintDictCommandTests() => Directory.CreateDirectory(Path.Combine(_folder, "actors"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string file, params string[] lines) =>
        File.WriteAllLines(Path.Combine(_folder, "actors", file), ["# test file", .. lines]);

    [Fact]
    public void The_shipped_data_folder_is_clean()
    {
        var result = CliRunner.Run("lint-dict", TestPaths.Data, "--data", TestPaths.Data);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("no problems", result.Error);
    }

    [Fact]
    public void Every_problem_is_listed_as_file_line_message_and_exits_2()
    {
        Write("leaders.tsv",
            "RUS\tGOV\t2020-01-01\t2019-01-01\tIvan Ivanov",
            "RUS\tGOV\t2020-01-01\t\tPetr Petrov",
            "KAZ\tGOV\t2021-01-01\t\tPetr Petrov");
        Write("roles.tsv", "ZZZ\tperson\tpenasihat", "GOV\tboss\tbos");
        Write("seats.tsv", "QQQ\tAtlantis", "RUS\tKremlin", "USA\tKremlin");
        var result = CliRunner.Run("lint-dict", _folder, "--data", TestPaths.Data);
        Assert.Equal(2, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.EndsWith("leaders.tsv:2: end 2019-01-01 is before start 2020-01-01"));
        Assert.Contains(lines, l => l.Contains("leaders.tsv:4: 'Petr Petrov' is KAZGOV here but RUSGOV"));
        Assert.Contains(lines, l => l.EndsWith("roles.tsv:2: unknown role code 'ZZZ'"));
        Assert.Contains(lines, l => l.Contains("roles.tsv:3: class 'boss'"));
        Assert.Contains(lines, l => l.EndsWith("seats.tsv:2: unknown country code 'QQQ' (not in countries.tsv)"));
        Assert.Contains(lines, l => l.Contains("seats.tsv:4: 'Kremlin' is USA here but RUS"));
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void A_town_named_like_another_countrys_town_or_capital_is_no_conflict()
    {
        Write("seats.tsv", "LBY\tTarabulus Barat");
        Write("places.tsv", "LBN\tTarabulus Barat|Wadi Khalid", "SYR\tWadi Khalid");
        var result = CliRunner.Run("lint-dict", _folder, "--data", TestPaths.Data);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        var result = CliRunner.Run("lint-dict", Path.Combine(_folder, "missing"), "--data", TestPaths.Data);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not found", result.Error);
    }
}
