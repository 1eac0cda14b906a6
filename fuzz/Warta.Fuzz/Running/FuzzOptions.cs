namespace Warta.Fuzz.Running;

/// <summary>
/// How long and how a run goes. It stops at <see cref="Duration"/> or <see cref="Iterations"/>, whichever comes
/// first; an input still running after <see cref="Timeout"/> is a hang. With <see cref="FindingsFolder"/> set,
/// findings are saved there and every input is written to <c>.current</c> first, so a crash that kills the
/// process (a stack overflow) still leaves its input behind for fuzz/run.sh.
/// </summary>
public sealed record FuzzOptions(
    ulong Seed,
    TimeSpan? Duration = null,
    long? Iterations = null,
    TimeSpan? Timeout = null,
    string? FindingsFolder = null,
    TextWriter? Progress = null)
{
    public TimeSpan HangTimeout => Timeout ?? TimeSpan.FromSeconds(10);
}

/// <summary>One distinct failure: its kind (crash, violation, hang), the exception text and the first input that showed it.</summary>
public sealed record FuzzFinding(string Kind, string Signature, string Details, byte[] Input, long Iteration, string? SavedAs);

/// <summary>What a run did: executions, time, and each distinct finding once (with how often it recurred).</summary>
public sealed record FuzzReport(string Target, long Executions, TimeSpan Elapsed, IReadOnlyList<FuzzFinding> Findings, bool StoppedOnHang)
{
    public double ExecutionsPerSecond => Elapsed.TotalSeconds > 0 ? Executions / Elapsed.TotalSeconds : 0;

    public string Summary() =>
        $"fuzz: target={Target} seconds={Elapsed.TotalSeconds:F0} executions={Executions} exec/s={ExecutionsPerSecond:F1} findings={Findings.Count}" +
        (StoppedOnHang ? " (stopped on a hang)" : "");
}
