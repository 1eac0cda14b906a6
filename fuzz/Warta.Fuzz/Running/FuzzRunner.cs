using System.Diagnostics;
using CsCheck;

namespace Warta.Fuzz.Running;

/// <summary>
/// Generates inputs with the target's CsCheck generator from a seeded PCG and checks each under a watchdog.
/// Failures are grouped by their signature (exception type and the frame that threw), so one bug is one finding.
/// </summary>
public static class FuzzRunner
{
    public static FuzzReport Run(FuzzTarget target, FuzzCorpus corpus, FuzzOptions options)
    {
        var generator = target.Inputs(corpus);
        var pcg = new PCG(StreamOf(target.Name), options.Seed);
        var store = options.FindingsFolder is null ? null : new FindingStore(options.FindingsFolder, target.FileExtension);
        var findings = new Dictionary<string, FuzzFinding>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var nextProgress = TimeSpan.FromSeconds(30);
        long executions = 0;
        bool hung = false;
        var worker = new InputWorker(target.Check);
        try
        {
            while ((options.Iterations is null || executions < options.Iterations) && (options.Duration is null || clock.Elapsed < options.Duration))
            {
                var input = generator.Generate(pcg, null!, out _);
                store?.WriteCurrent(input);
                var error = worker.Run(input, options.HangTimeout);
                executions++;
                if (error is not null)
                {
                    var (kind, signature) = Classify(error);
                    if (!findings.ContainsKey(signature))
                    {
                        var saved = store?.Save(kind, signature, error.ToString(), input);
                        findings[signature] = new FuzzFinding(kind, signature, error.ToString(), input, executions, saved);
                        options.Progress?.WriteLine($"fuzz: {target.Name}: {kind} at execution {executions}: {signature}" + (saved is null ? "" : $" -> {saved}"));
                    }
                    if (error is TimeoutException) { hung = true; break; }
                }
                if (options.Progress is not null && clock.Elapsed >= nextProgress)
                {
                    options.Progress.WriteLine($"fuzz: {target.Name}: {executions} executions in {clock.Elapsed.TotalSeconds:F0} s, {findings.Count} findings");
                    nextProgress += TimeSpan.FromSeconds(30);
                }
            }
        }
        finally
        {
            if (!hung) worker.Dispose();
        }
        return new FuzzReport(target.Name, executions, clock.Elapsed, [.. findings.Values], hung);
    }

    /// <summary>Replays one saved input through the target's property, without a watchdog.</summary>
    public static void Replay(FuzzTarget target, byte[] input) => target.Check(input);

    internal static (string Kind, string Signature) Classify(Exception error) => error switch
    {
        TimeoutException => ("hang", "hang: " + error.Message),
        PropertyViolation => ("violation", "PropertyViolation: " + Digitless(error.Message)),
        _ => ("crash", $"{error.GetType().Name} at {ThrowingFrame(error)}"),
    };

    private static string ThrowingFrame(Exception error)
    {
        var frame = new StackTrace(error, false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("System", StringComparison.Ordinal) == false);
        return frame is null ? "?" : $"{frame.DeclaringType?.FullName}.{frame.Name}";
    }

    /// <summary>A violation's message without its numbers, so the same broken property at other offsets groups together.</summary>
    private static string Digitless(string message)
    {
        int quote = message.IndexOf('\'');
        var head = quote < 0 ? message : message[..quote];
        return System.Text.RegularExpressions.Regex.Replace(head, "[0-9]+", "#");
    }

    private static uint StreamOf(string name) => name.Aggregate(2166136261u, (h, c) => (h ^ c) * 16777619u);
}
