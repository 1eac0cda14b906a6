using System.Diagnostics;
using Warta.Coding;
using Warta.Languages;

namespace Warta.Benchmarks;

/// <summary>
/// Times full passes of the event coder (analysis included) over a set of documents on the calling thread:
/// one warm-up pass, then the median of the timed passes.
/// </summary>
/// <remarks>
/// Wall time is what a caller waits; on a shared host it also counts the time other processes held the core, so the
/// CPU time of the coding thread and of the whole process (the GC's and the JIT's background threads too) per pass
/// is reported as well.
/// </remarks>
internal sealed record CodeRun(string Label, int Documents, int Sentences, int Events, int Asserted, double MedianSeconds,
    double BestSeconds, double MedianCpuSeconds, double MedianThreadSeconds)
{
    /// <summary>The date every benchmark document is published on, so that relative dates resolve the same way each run.</summary>
    public static readonly DateOnly Published = new(2022, 10, 5);

    public static CodeRun Measure(EventCoder coder, string label, IReadOnlyList<BenchDocument> documents, int passes)
    {
        var news = documents.Select((d, i) => new NewsDocument($"{label}-{i}", d.Text, Published, d.Language)).ToList();
        // Warm-up: the lazily loaded lexicons, the caches, and the JIT's tiering, which recompiles hot methods on a
        // background thread for a while after they first run (one pass was not enough: it still cost the first timed passes).
        var (events, asserted) = Pass(coder, news);
        Pass(coder, news);
        Thread.Sleep(500);
        var times = new List<double>();
        var cpu = new List<double>();
        var thread = new List<double>();
        var process = Process.GetCurrentProcess();
        for (int p = 0; p < passes; p++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            long threadBefore = ThreadClock.NowNanoseconds();
            var clock = Stopwatch.StartNew();
            Pass(coder, news);
            times.Add(clock.Elapsed.TotalSeconds);
            thread.Add((ThreadClock.NowNanoseconds() - threadBefore) / 1e9);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        times.Sort();
        cpu.Sort();
        thread.Sort();
        return new CodeRun(label, news.Count, documents.Sum(d => d.Sentences), events, asserted, times[times.Count / 2], times[0],
            cpu[cpu.Count / 2], thread[thread.Count / 2]);
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
        $"whole process {MedianCpuSeconds:F3} s → {Sentences / MedianCpuSeconds:F0} sentences/s";
}

/// <summary>One benchmark document: its text (one paragraph per sentence), language and sentence count.</summary>
internal sealed record BenchDocument(string Text, Language Language, int Sentences);
