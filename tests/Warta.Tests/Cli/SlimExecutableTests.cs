using System.Diagnostics;
using System.Text;

namespace Warta.Tests.Cli;

/// <summary>
/// The slim executable (src/Warta.Cli.Slim, Native AOT, what ./warta runs for analyze, code and explain) writes
/// byte for byte what the full CLI writes, exit code and standard error included. It runs when ./warta has built the
/// slim executable and it is up to date with the sources (else it is reported skipped: a stale build would be compared
/// with code it was not built from). <c>.ci/run</c> builds it first when clang is installed.
/// </summary>
public sealed class SlimExecutableTests
{
    private static readonly string Seed = Path.Combine(TestPaths.Shared, "seed");
    private static readonly string Examples = Path.Combine(TestPaths.RepoRoot, "examples");

    public static TheoryData<string[]> CodeRuns => new()
    {
        { ["code", Seed, "--format", "jsonl"] },
        { ["code", Seed, "--format", "table"] },
        { ["code", Examples, "--format", "csv", "--all"] },
        { ["code", Examples, "--format", "plover", "--published", "2023-03-15"] },
        { ["code", Path.Combine(Examples, "geneva-talks.en.txt"), "--parse", "false"] },
        { ["code", Path.Combine(Examples, "no-such-article.txt")] },
        // Refused before anything is written: the output would be read as an input (device and inode through Mono.Unix).
        { ["code", Examples, "-o", Path.Combine(Examples, "events.jsonl")] },
    };

    public static TheoryData<string[]> ExplainAndAnalyzeRuns => new()
    {
        { ["explain", "Pemerintah Indonesia memanggil Duta Besar Australia pada Selasa (14/3).", "--published", "2023-03-15"] },
        { ["explain", "The foreign minister said on Monday that Japan would not sign the accord.", "--lang", "en"] },
        { ["analyze", Path.Combine(Examples, "jakarta-canberra.id.txt")] },
        { ["analyze", Path.Combine(Examples, "geneva-talks.en.txt"), "--format", "json"] },
    };

    [SlimExecutableTheory]
    [MemberData(nameof(CodeRuns))]
    public void Code_output_is_the_full_clis(string[] args) => AssertSameAsFullCli(args);

    [SlimExecutableTheory]
    [MemberData(nameof(ExplainAndAnalyzeRuns))]
    public void Explain_and_analyze_output_is_the_full_clis(string[] args) => AssertSameAsFullCli(args);

    private static void AssertSameAsFullCli(string[] args)
    {
        Assert.Null(SlimExecutable.Absence());
        string[] withData = [.. args, "--data", TestPaths.Data];
        var full = CliRunner.Run(withData);
        var slim = SlimExecutable.Run(withData);
        Assert.Equal(full.ExitCode, slim.ExitCode);
        Assert.Equal(full.Error, slim.Error);
        Assert.Equal(Encoding.UTF8.GetBytes(full.Output), slim.Output);
    }
}

/// <summary>
/// A theory that runs only when the slim executable is built and up to date (<see cref="SlimExecutable.Absence"/>),
/// except when <c>.ci/run</c> has built it (it sets <c>WARTA_SLIM_BUILT=1</c>): there a missing or stale build fails.
/// </summary>
public sealed class SlimExecutableTheoryAttribute : TheoryAttribute
{
    public SlimExecutableTheoryAttribute()
    {
        if (Environment.GetEnvironmentVariable("WARTA_SLIM_BUILT") == "1") return;
        if (SlimExecutable.Absence() is { } reason) Skip = reason;
    }
}

/// <summary>artifacts/slim/warta as ./warta builds it, and whether ./warta takes it as up to date.</summary>
internal static class SlimExecutable
{
    private static string Executable => Path.Combine(TestPaths.RepoRoot, "artifacts", "slim", "warta");

    public sealed record Result(int ExitCode, byte[] Output, string Error);

    /// <summary>
    /// Why the slim executable cannot be compared (not built, or out of date with its sources); null when it can.
    /// The launcher answers (<c>./warta --slim-status</c>), so the tests use its staleness rule, not a copy of it.
    /// </summary>
    public static string? Absence()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestPaths.RepoRoot, "warta"));
        start.ArgumentList.Add("--slim-status");
        using var launcher = Process.Start(start)!;
        var reason = launcher.StandardOutput.ReadToEnd().Trim();
        var error = launcher.StandardError.ReadToEnd().Trim();
        launcher.WaitForExit();
        return launcher.ExitCode == 0 ? null : reason.Length > 0 ? reason : $"./warta --slim-status failed: {error}";
    }

    public static Result Run(string[] args)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToArray(), error.Result);
    }
}
