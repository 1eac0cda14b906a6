using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Warta.Store.Tests.Crash;

/// <summary>One progress line of <c>warta ingest</c> ("ingest: 64 documents, 130 events"), and when it came.</summary>
internal sealed record ProgressLine(TimeSpan At, int Documents, int Events);

/// <summary>
/// The built <c>warta ingest CORPUS --db FILE</c> running as a process of its own, with its progress lines (standard
/// error) collected as they come, so a test can kill it with SIGKILL at a chosen point.
/// </summary>
internal sealed partial class IngestProcess : IDisposable
{
    /// <summary>What .NET reports for a process ended by SIGKILL (128 + 9).</summary>
    public const int KilledExitCode = 137;

    private readonly Process _process;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<ProgressLine> _progress = [];
    private readonly List<string> _lines = [];

    private IngestProcess(Process process) => _process = process;

    public static IngestProcess Start(string corpus, string db)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "warta"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "ingest", corpus, "--db", db, "--data", TestPaths.Data }) start.ArgumentList.Add(a);
        var ingest = new IngestProcess(Process.Start(start)!);
        ingest._process.OutputDataReceived += (_, e) => ingest.Keep(e.Data);
        ingest._process.ErrorDataReceived += (_, e) => ingest.Keep(e.Data);
        ingest._process.BeginOutputReadLine();
        ingest._process.BeginErrorReadLine();
        return ingest;
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<ProgressLine> Progress
    {
        get { lock (_lines) return [.. _progress]; }
    }

    /// <summary>Everything it printed, for a failure message.</summary>
    public string Transcript
    {
        get { lock (_lines) return string.Join("\n", _lines); }
    }

    /// <summary>Waits for the <paramref name="count"/>-th progress line; false when the process ended first.</summary>
    public async Task<bool> WaitForProgressAsync(int count)
    {
        while (Progress.Count < count)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(); // the last lines are read by then
                return Progress.Count >= count;
            }
            await Task.Delay(2);
        }
        return true;
    }

    /// <summary>Waits until one of <paramref name="files"/> exists; false when the process ended first.</summary>
    public bool WaitForAnyFile(params string[] files)
    {
        while (!files.Any(File.Exists))
        {
            if (_process.HasExited) return false;
            Thread.Sleep(0);
        }
        return true;
    }

    /// <summary>Sends SIGKILL (nothing when it has ended) and gives the exit code: <see cref="KilledExitCode"/> when the kill ended it.</summary>
    public async Task<int> KillAsync()
    {
        _process.Kill();
        return await WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lines)
        {
            _lines.Add(line);
            if (ProgressPattern().Match(line) is { Success: true } m)
                _progress.Add(new ProgressLine(_clock.Elapsed, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                    int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
        }
    }

    [GeneratedRegex(@"^ingest: (\d+) documents, (\d+) events$")]
    private static partial Regex ProgressPattern();
}
