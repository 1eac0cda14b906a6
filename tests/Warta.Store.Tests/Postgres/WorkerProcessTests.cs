using System.Diagnostics;
using System.Text.Json;
using Warta.Cli;
using Warta.Coding;

namespace Warta.Store.Tests.Postgres;

/// <summary>
/// Worker processes (the built <c>warta</c> executable) against a real nats-server and PostgreSQL: one is killed with
/// SIGKILL while it holds documents, and every document must still be coded exactly once. A smaller version of issue
/// 5's must-show test (3 workers, 2,000 documents), on the same machinery.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkerProcessTests(PostgresServer postgres) : IDisposable
{
    private const int DocumentCount = 120;
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-workers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Killing_one_of_three_worker_processes_mid_run_loses_and_duplicates_nothing()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var temp = await PostgresTempStore.CreateAsync(postgres);
        var texts = new[] { Articles.RussiaKazakhstanId, Articles.RussiaKazakhstanEn, Articles.JapanChinaEn, SampleStore.KazakhstanRussia };
        var documents = Enumerable.Range(0, DocumentCount)
            .Select(i => new NewsDocument($"n{i:D4}", $"Berita ke-{i} hari ini. " + texts[i % texts.Length], new DateOnly(2024, 3, 1 + i % 28),
                Source: $"outlet{i % 7}"))
            .ToList();
        var file = Path.Combine(_folder, "documents.jsonl");
        File.WriteAllLines(file, documents.Select(d => JsonSerializer.Serialize(new
        {
            id = d.Id, text = d.Text, published = d.Published?.ToString("yyyy-MM-dd"), source = d.Source,
        })));
        Assert.Equal(0, CliApp.Run(["enqueue", file, "--nats", nats.Url], TextWriter.Null, TextWriter.Null, () => Stream.Null));

        var workers = Enumerable.Range(0, 3).Select(_ => StartWorker(nats.Url, temp.ConnectionString)).ToList();
        try
        {
            // Kill the first worker once the cluster has committed something, so it dies holding a batch.
            for (int wait = 0; (await temp.Store.StatisticsAsync()).Documents < 8 && wait < 3000; wait++) await Task.Delay(100);
            long atKill = (await temp.Store.StatisticsAsync()).Documents;
            Assert.False(workers[0].HasExited);
            workers[0].Kill(); // SIGKILL: no chance to release what it holds
            Assert.InRange(atKill, 8, DocumentCount - 1); // killed mid-run, not after the work was done
            foreach (var worker in workers.Skip(1)) await worker.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(8));
        }
        finally
        {
            foreach (var worker in workers.Where(w => !w.HasExited)) worker.Kill(entireProcessTree: true);
        }

        Assert.All(workers.Skip(1), w => Assert.Equal(0, w.ExitCode));
        var statistics = await temp.Store.StatisticsAsync();
        Assert.Equal(DocumentCount, statistics.Documents);
        var expected = documents.SelectMany(d => Articles.Coder.Code(d).Events.DistinctBy(e => e.Id)).ToList();
        Assert.Equal(expected.Count, statistics.Events);
        foreach (var document in documents)
            Assert.Equal(expected.Where(e => e.Doc == document.Id), await temp.Store.EventsOfDocumentAsync(document.Id));
    }

    /// <summary>A worker that codes one document at a time in batches of 4 and gets a document back 3 s after a dead worker pulled it.</summary>
    private static Process StartWorker(string natsUrl, string connectionString)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "warta"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "worker", "--nats", natsUrl, "--postgres", connectionString, "--data", TestPaths.Data,
                     "--concurrency", "1", "--batch", "4", "--ack-wait", "3", "--drain" })
            start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
