using System.Diagnostics;
using System.Runtime;
using Warta.Coding;
using Warta.Languages;

namespace Warta.Benchmarks;

/// <summary>
/// Times full passes of the event coder (analysis included) over a set of documents on the calling thread:
/// warm-up passes until the JIT has settled, then the median of the timed passes, each pass's figures printed too.
/// </summary>
/// <remarks>
/// Wall time is what a caller waits; on a shared host it also counts the time other processes held the core, so the
/// CPU time of the coding thread and of the whole process (the GC's and the JIT's background threads too) per pass
/// is reported as well.
/// </remarks>
internal sealed record CodeRun(string Label, int Documents, int Sentences, int Events, int Asserted, double MedianSeconds,
    double BestSeconds, double MedianCpuSeconds, double MedianThreadSeconds, IReadOnlyList<PassRecord> Warmups, IReadOnlyList<PassRecord> Timed)
{
    /// <summary>Warm-up passes: at least two, then more while the JIT still compiles many methods per pass, up to this many.</summary>
    private const int MaxWarmupPasses = 8;
    /// <summary>A pass that JIT-compiles at most this many methods counts as warm (tiering has settled).</summary>
    private const int SettledJitMethods = 25;

    /// <summary>The date every benchmark document is published on, so that relative dates resolve the same way each run.</summary>
    public static readonly DateOnly Published = new(2022, 10, 5);

    public static CodeRun Measure(EventCoder coder, string label, IReadOnlyList<BenchDocument> documents, int passes)
    {
        var news = documents.Select((d, i) => new NewsDocument($"{label}-{i}", d.Text, Published, d.Language)).ToList();
        // Warm-up: the lazily loaded lexicons, the caches, and the JIT's tiering, which recompiles hot methods on a
        // background thread for a while after they first run. A fixed two passes were not enough: the third still
        // compiled ~500 methods (2026-12-07, docs/benchmarks.md), so passes go on until one compiles only a few.
        int events = 0, asserted = 0;
        var warmups = new List<PassRecord>();
        while (warmups.Count < 2 || (warmups.Count < MaxWarmupPasses && warmups[^1].JitMethods > SettledJitMethods))
        {
            warmups.Add(TimedPass(coder, news, out events, out asserted));
            Thread.Sleep(500);
        }
        var timed = new List<PassRecord>();
        for (int p = 0; p < passes; p++) timed.Add(TimedPass(coder, news, out _, out _));
        double Median(Func<PassRecord, double> of) => timed.Select(of).Order().ElementAt(timed.Count / 2);
        return new CodeRun(label, news.Count, documents.Sum(d => d.Sentences), events, asserted, Median(p => p.WallSeconds),
            timed.Min(p => p.WallSeconds), Median(p => p.ProcessSeconds), Median(p => p.ThreadSeconds), warmups, timed);
    }

    private static PassRecord TimedPass(EventCoder coder, List<NewsDocument> news, out int events, out int asserted)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        long jitBefore = JitInfo.GetCompiledMethodCount();
        var jitTimeBefore = JitInfo.GetCompilationTime();
        int gen0Before = GC.CollectionCount(0), gen2Before = GC.CollectionCount(2);
        var pausedBefore = GC.GetTotalPauseDuration();
        long threadBefore = ThreadClock.NowNanoseconds();
        var clock = Stopwatch.StartNew();
        (events, asserted) = Pass(coder, news);
        double wall = clock.Elapsed.TotalSeconds;
        double thread = (ThreadClock.NowNanoseconds() - threadBefore) / 1e9;
        process.Refresh();
        return new PassRecord(wall, thread, (process.TotalProcessorTime - cpuBefore).TotalSeconds,
            (int)(JitInfo.GetCompiledMethodCount() - jitBefore), (JitInfo.GetCompilationTime() - jitTimeBefore).TotalSeconds,
            GC.CollectionCount(0) - gen0Before, GC.CollectionCount(2) - gen2Before, (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds);
    }

    private static (int Events, int Asserted) Pass(EventCoder coder, List<NewsDocument> documents)
    {
        int events = 0, asserted = 0;
        foreach (var document in documents)
        {
            var coded = coder.Code(document);
            events += coded.Events.Count;
            asserted += coded.Asserted.Count();
        }
        return (events, asserted);
    }

    public override string ToString() =>
        $"code {Label}: {Documents} documents, {Sentences} sentences, {Events} events ({Asserted} asserted); median pass {MedianSeconds:F3} s → " +
        $"{Sentences / MedianSeconds:F0} sentences/s/core (best {Sentences / BestSeconds:F0}), {MedianSeconds / Sentences * 1e6:F0} µs/sentence; " +
        $"median CPU: coding thread {MedianThreadSeconds:F3} s → {Sentences / MedianThreadSeconds:F0} sentences/s, " +
        $"whole process {MedianCpuSeconds:F3} s → {Sentences / MedianCpuSeconds:F0} sentences/s" + Environment.NewLine +
        $"  passes (wall/thread CPU s; methods JIT-compiled, JIT time; gen0/gen2 collections, GC pauses): warm-up {string.Join(", ", Warmups)}; " +
        $"timed {string.Join(", ", Timed)}";
}

/// <summary>One pass over the documents: wall, coding-thread and process CPU time, and what the runtime did meanwhile.</summary>
internal sealed record PassRecord(double WallSeconds, double ThreadSeconds, double ProcessSeconds, int JitMethods, double JitSeconds,
    int Gen0Collections, int Gen2Collections, double GcPauseSeconds)
{
    public override string ToString() =>
        $"{WallSeconds:F2}/{ThreadSeconds:F3} ({JitMethods} jit {JitSeconds:F2} s; gc {Gen0Collections}/{Gen2Collections} paused {GcPauseSeconds * 1000:F0} ms)";
}

/// <summary>One benchmark document: its text (one paragraph per sentence), language and sentence count.</summary>
internal sealed record BenchDocument(string Text, Language Language, int Sentences);
