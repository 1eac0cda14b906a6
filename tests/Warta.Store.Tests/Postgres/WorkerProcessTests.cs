using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NATS.Net;
using Warta.Cli;
using Warta.Cluster;
using Warta.Coding;
using Warta.Store.Postgres;

namespace Warta.Store.Tests.Postgres;

/// <summary>
/// Issue 5's must-show test: 2,000 documents enqueued, three worker processes (the built <c>warta</c> executable) against a
/// real nats-server and PostgreSQL, one of them killed with SIGKILL while it holds documents; every document must be
/// stored once, with exactly the events a separate <c>warta code</c> process writes for it (no loss, no duplicate).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkerProcessTests(PostgresServer postgres) : IDisposable
{
    private const int DocumentCount = 2000;
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-workers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Killing_one_of_three_worker_processes_mid_run_loses_and_duplicates_nothing()
    {
        var documents = ClusterCorpus.Build(DocumentCount);
        var input = Path.Combine(_folder, "documents.jsonl");
        ClusterCorpus.WriteJsonLines(documents, input);
        var expected = await CodeProcessEventsAsync(input);

        await using var nats = await NatsServer.StartAsync();
        await using var temp = await PostgresTempStore.CreateAsync(postgres);
        Assert.Equal(0, CliApp.Run(["enqueue", input, "--nats", nats.Url], TextWriter.Null, TextWriter.Null, () => Stream.Null));

        var workers = Enumerable.Range(0, 3).Select(_ => WartaProcess.StartWorker(nats.Url, temp.ConnectionString)).ToList();
        long atKill;
        try
        {
            // Kill the first worker once a tenth is committed, so it dies holding a batch, long before the end.
            for (int wait = 0; (await temp.Store.StatisticsAsync()).Documents < DocumentCount / 10 && wait < 6000; wait++) await Task.Delay(100);
            atKill = (await temp.Store.StatisticsAsync()).Documents;
            Assert.False(workers[0].HasExited);
            workers[0].Kill(); // SIGKILL: no chance to release what it holds
            foreach (var worker in workers.Skip(1)) await worker.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(12));
        }
        finally
        {
            foreach (var worker in workers.Where(w => !w.HasExited)) worker.Kill(entireProcessTree: true);
        }

        Assert.InRange(atKill, DocumentCount / 10, DocumentCount - 1); // killed mid-run, not after the work was done
        Assert.All(workers.Skip(1), w => Assert.True(w.ExitCode == 0, $"a worker exited with {w.ExitCode}:\n{WartaProcess.LastErrors(w)}"));
        var statistics = await temp.Store.StatisticsAsync();
        Assert.Equal(DocumentCount, statistics.Documents);
        Assert.Equal(expected.Values.Sum(e => e.Count), statistics.Events);
        Assert.True(statistics.Events >= DocumentCount, $"only {statistics.Events} events: the corpus should give every document some");
        foreach (var document in documents)
        {
            var stored = (await temp.Store.EventsOfDocumentAsync(document.Id)).Select(Key).ToList();
            Assert.Equal(expected.GetValueOrDefault(document.Id, []), stored);
        }

        var status = new StringWriter();
        Assert.Equal(0, CliApp.Run(["status", "--nats", nats.Url, "--postgres", temp.ConnectionString, "--json"], status, TextWriter.Null,
            () => Stream.Null));
        using var json = JsonDocument.Parse(status.ToString());
        Assert.Equal(0, json.RootElement.GetProperty("queue_depth").GetInt64());
        Assert.Equal(0, json.RootElement.GetProperty("dead_letters").GetInt64());
        Assert.Equal(DocumentCount, json.RootElement.GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task PostgreSQL_stopping_and_starting_again_mid_run_loses_and_duplicates_nothing()
    {
        const int count = 240;
        var documents = ClusterCorpus.Build(count);
        var input = Path.Combine(_folder, "outage.jsonl");
        ClusterCorpus.WriteJsonLines(documents, input);
        await using var nats = await NatsServer.StartAsync();
        await using var temp = await PostgresTempStore.CreateAsync(postgres);
        Assert.Equal(0, CliApp.Run(["enqueue", input, "--nats", nats.Url], TextWriter.Null, TextWriter.Null, () => Stream.Null));
        // The test server runs with synchronous_commit off, with which a crash can lose commits the workers have already
        // acknowledged; a real deployment keeps it on (the default), and so does this database.
        await using (var connection = new Npgsql.NpgsqlConnection(temp.ConnectionString))
        {
            await connection.OpenAsync();
            await using var durable = new Npgsql.NpgsqlCommand($"ALTER DATABASE \"{connection.Database}\" SET synchronous_commit = on", connection);
            await durable.ExecuteNonQueryAsync();
        }

        // Failures are allowed generously: a document refused while the database is down must come back, not die.
        var workers = Enumerable.Range(0, 2)
            .Select(_ => WartaProcess.StartWorker(nats.Url, temp.ConnectionString, "--max-failures", "1000")).ToList();
        long atStop;
        try
        {
            for (int wait = 0; (await temp.Store.StatisticsAsync()).Documents < count / 8 && wait < 6000; wait++) await Task.Delay(100);
            atStop = (await temp.Store.StatisticsAsync()).Documents;
            await postgres.StopAsync(); // mid-run, as a crash: the batches being saved are rolled back
            await Task.Delay(TimeSpan.FromSeconds(3)); // let the workers fail against the missing database
            Assert.All(workers, w => Assert.False(w.HasExited)); // an outage is not a reason to stop
            await postgres.StartAsync();
            foreach (var worker in workers) await worker.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        }
        finally
        {
            foreach (var worker in workers.Where(w => !w.HasExited)) worker.Kill(entireProcessTree: true);
        }

        Assert.InRange(atStop, count / 8, count - 1);
        Assert.All(workers, w => Assert.True(w.ExitCode == 0, $"a worker exited with {w.ExitCode}:\n{WartaProcess.LastErrors(w)}"));
        // A store opened after the restart (the test's own pool still holds connections the crash cut).
        await using var store = await PostgresEventStore.OpenAsync(temp.ConnectionString);
        Assert.Equal(count, (await store.StatisticsAsync()).Documents);
        foreach (var document in documents)
        {
            var coded = Articles.Coder.Code(new NewsDocument(document.Id, document.Text, document.Published,
                document.Language == "id" ? Warta.Languages.Language.Indonesian : Warta.Languages.Language.English, Source: $"outlet{document.Id[^1]}"));
            Assert.Equal(coded.Events.DistinctBy(e => e.Id).Select(Key), (await store.EventsOfDocumentAsync(document.Id)).Select(Key));
        }
        await using var client = new NatsClient(nats.Url);
        Assert.Equal(0, await WorkQueue.DepthAsync(client.CreateJetStreamContext(), WorkQueue.DeadLetterStream,
            CancellationToken.None));
    }

    /// <summary>Per document, the events of <c>warta code --format jsonl --all</c> (every modality, as the store keeps), each id once.</summary>
    private async Task<Dictionary<string, List<string>>> CodeProcessEventsAsync(string input)
    {
        var output = Path.Combine(_folder, "events.jsonl");
        using var code = WartaProcess.Start(["code", input, "--format", "jsonl", "--all", "--data", TestPaths.Data, "--output", output]);
        await code.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        Assert.Equal(0, code.ExitCode);
        return File.ReadLines(output)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .GroupBy(e => e.GetProperty("doc").GetString()!)
            .ToDictionary(g => g.Key, g => g.DistinctBy(e => e.GetProperty("id").GetString()).Select(Key).ToList());
    }

    /// <summary>What must agree between the store and the code output: id, place, code, dyad, date and modality.</summary>
    private static string Key(JsonElement e)
    {
        string? Code(string actor) => e.GetProperty(actor).ValueKind == JsonValueKind.Null ? null : e.GetProperty(actor).GetProperty("code").GetString();
        return string.Join('|', e.GetProperty("id").GetString(), e.GetProperty("doc").GetString(),
            e.GetProperty("sentence_index").GetInt32().ToString(CultureInfo.InvariantCulture), e.GetProperty("cameo").GetString(),
            Code("source"), Code("target"), e.GetProperty("date").GetString(), e.GetProperty("date_from").GetString(),
            e.GetProperty("modality").GetString(), e.GetProperty("goldstein").GetDouble().ToString("R", CultureInfo.InvariantCulture));
    }

    private static string Key(EventRecord e) =>
        string.Join('|', e.Id, e.Doc, e.SentenceIndex.ToString(CultureInfo.InvariantCulture), e.Cameo, e.Source.Code, e.Target?.Code,
            e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), EventColumns.DateFromName(e.DateFrom), e.Modality,
            e.Goldstein.ToString("R", CultureInfo.InvariantCulture));
}

/// <summary>
/// The built <c>warta</c> executable (beside the test assembly) as a child process, its output read and dropped but for
/// the last lines of its standard error (<see cref="LastErrors"/>), so a failed process can say why.
/// </summary>
internal static class WartaProcess
{
    private const int KeptErrorLines = 20;
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Process, Queue<string>> Errors = [];

    /// <summary>The last lines the process wrote to standard error, one per line.</summary>
    public static string LastErrors(Process process)
    {
        var lines = Errors.GetOrCreateValue(process);
        lock (lines) return string.Join("\n", lines);
    }

    public static Process Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "warta"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        var errors = Errors.GetOrCreateValue(process);
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            lock (errors)
            {
                errors.Enqueue(line.Data);
                if (errors.Count > KeptErrorLines) errors.Dequeue();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// A worker coding one document at a time in batches of 8; a document a dead worker pulled comes back after 5 s, and
    /// the worker stops once the queue stays empty.
    /// </summary>
    public static Process StartWorker(string natsUrl, string connectionString, params string[] more) =>
        Start(["worker", "--nats", natsUrl, "--postgres", connectionString, "--data", TestPaths.Data,
            "--concurrency", "1", "--batch", "8", "--ack-wait", "5", "--drain", .. more]);
}
