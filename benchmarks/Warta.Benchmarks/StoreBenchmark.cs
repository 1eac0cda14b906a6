using System.Diagnostics;
using DuckDB.NET.Data;
using Warta.Coding;
using Warta.Input;
using Warta.Languages;
using Warta.Store;
using Warta.Store.DuckDb;

namespace Warta.Benchmarks;

/// <summary>
/// The <c>ingest</c> run: <see cref="Documents"/> article-sized documents of UD sentences (both languages, alternating,
/// ten outlets, published over two months) coded in parallel and saved 64 per transaction into a fresh DuckDB file,
/// as <c>warta ingest</c> does; then the median time of a weekly dyad timeline and of a filtered Explore page. The
/// queries are timed again after the events are multiplied fiftyfold in SQL (copies under new ids, shifted by weeks),
/// to see them at tens of thousands of events.
/// </summary>
internal static class StoreBenchmark
{
    private const int Documents = 500;
    /// <summary>16 sentences a document: the UD sentences make a little over 500 documents.</summary>
    private const int SentencesPerDocument = 16;
    private const int BatchSize = 64;
    private const int QueryRuns = 9;

    public static async Task RunAsync(BenchmarkOptions options, UdCorpus corpus)
    {
        var coder = EventCoder.Load();
        var inputs = corpus.MixedCoderDocuments(LanguageCodes.Supported, SentencesPerDocument).Take(Documents)
            .Select((d, i) => InputDocument.Ok($"ud-{i}", new NewsDocument($"ud-{i}", d.Text, CodeRun.Published.AddDays(i % 60),
                d.Language, Source: $"outlet-{i % 10}")))
            .ToList();
        coder.Code(inputs[0].Document!); // the JIT and the language packs, outside the timing

        var folder = Directory.CreateTempSubdirectory("warta-bench-").FullName;
        var file = Path.Combine(folder, "bench.duckdb");
        try
        {
            await using var store = DuckDbEventStore.Open(file);
            var clock = Stopwatch.StartNew();
            var saving = new Stopwatch();
            int events = 0;
            var batch = new List<CodedDocument>(BatchSize);
            foreach (var outcome in BatchCoder.CodeAll(coder, inputs))
            {
                batch.Add(outcome.Coded!);
                if (batch.Count == BatchSize) events += await SaveAsync(store, batch, saving);
            }
            events += await SaveAsync(store, batch, saving);
            var total = clock.Elapsed.TotalSeconds;
            var statistics = await store.StatisticsAsync();
            Console.WriteLine($"ingest: {inputs.Count} documents, {inputs.Sum(i => i.Document!.Text.Length) / 1024} KB, {events} events " +
                              $"({statistics.EventClusters} clusters) in {total:F2} s on {Environment.ProcessorCount} cores: " +
                              $"{events / total:F0} events/s, {inputs.Count / total:F0} documents/s; saving {saving.Elapsed.TotalMilliseconds:F0} ms " +
                              $"({saving.Elapsed.TotalMilliseconds / Math.Ceiling(inputs.Count / (double)BatchSize):F1} ms per 64-document transaction)");
            await TimeQueriesAsync(store, "as ingested");

            Multiply(file, 50);
            Console.WriteLine($"events multiplied: {(await store.StatisticsAsync()).Events}");
            await TimeQueriesAsync(store, "x50");
            await store.DisposeAsync();
            Console.WriteLine($"file: {new FileInfo(file).Length / 1024} KB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> SaveAsync(DuckDbEventStore store, List<CodedDocument> batch, Stopwatch saving)
    {
        saving.Start();
        var result = await store.SaveAsync(batch);
        saving.Stop();
        batch.Clear();
        return result.EventsWritten;
    }

    private static async Task TimeQueriesAsync(DuckDbEventStore store, string label)
    {
        var network = await store.NetworkAsync(new EventFilter());
        var edge = network.Edges[0];
        var timeline = await Median(() => store.DyadTimelineAsync(new DyadQuery(edge.A, edge.B, Interval: TimelineInterval.Week)));
        var explore = await Median(() => store.QueryEventsAsync(new EventQuery(
            new EventFilter { Actor = edge.A, Cameo = "0", From = CodeRun.Published, To = CodeRun.Published.AddDays(400) },
            Sort: EventSort.Date)));
        var first = await Median(() => store.QueryEventsAsync(new EventQuery(new EventFilter())));
        Console.WriteLine($"{label}: dyad timeline {edge.A}-{edge.B} (weekly, {timeline.Result.Points.Count} weeks): {timeline.Ms:F1} ms; " +
                          $"explore (actor {edge.A}, CAMEO 0*, dates, page 1 of {explore.Result.Total}): {explore.Ms:F1} ms; " +
                          $"unfiltered page 1 of {first.Result.Total}: {first.Ms:F1} ms; network: {network.Nodes.Count} nodes, {network.Edges.Count} edges");
    }

    private static async Task<(T Result, double Ms)> Median<T>(Func<Task<T>> query)
    {
        var times = new List<double>();
        T result = await query();
        for (int i = 0; i < QueryRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            result = await query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (result, times[times.Count / 2]);
    }

    /// <summary>Copies every event (k−1) times under new ids with dates k weeks later: a bigger store without more coding.</summary>
    private static void Multiply(string file, int factor)
    {
        using var connection = new DuckDBConnection($"Data Source={file}");
        connection.Open();
        for (int k = 1; k < factor; k++)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO events SELECT * REPLACE (id || '-' || $k AS id, date + 7 * $k AS date) FROM events WHERE NOT contains(id, '-')";
            command.Parameters.Add(new DuckDBParameter("k", k));
            command.ExecuteNonQuery();
        }
    }
}
