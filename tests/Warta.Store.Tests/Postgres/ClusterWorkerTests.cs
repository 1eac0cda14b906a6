using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NATS.Client.JetStream;
using NATS.Net;
using Warta.Cli;
using Warta.Cluster;
using Warta.Coding;

namespace Warta.Store.Tests.Postgres;

/// <summary>enqueue and worker against a real nats-server and the test run's PostgreSQL server, run in-process through the CLI.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterWorkerTests(PostgresServer postgres) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-cluster-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] Texts =
    [
        Articles.RussiaKazakhstanId, Articles.RussiaKazakhstanEn, Articles.JapanChinaEn, SampleStore.KazakhstanRussia,
    ];

    /// <summary>Twelve documents: the four test articles, each under three ids with a different opening sentence.</summary>
    private string JsonLines(out List<NewsDocument> documents)
    {
        documents = [];
        for (int i = 0; i < 12; i++)
            documents.Add(new NewsDocument($"doc{i:D2}", $"Laporan nomor {i}. " + Texts[i % Texts.Length], new DateOnly(2024, 3, 11 + i % 5),
                Source: $"outlet{i % 3}"));
        var file = Path.Combine(_folder, "documents.jsonl");
        File.WriteAllLines(file, documents.Select(d => JsonSerializer.Serialize(new
        {
            id = d.Id, text = d.Text, published = d.Published?.ToString("yyyy-MM-dd"), source = d.Source,
        })));
        return file;
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => InProcessCli.Run(args);

    [Fact]
    public async Task Workers_code_every_enqueued_document_once_as_the_coder_does_and_a_repeated_enqueue_adds_nothing()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var temp = await PostgresTempStore.CreateAsync(postgres);
        var file = JsonLines(out var documents);

        var enqueued = Run("enqueue", file, "--nats", nats.Url);
        var worked = Run("worker", "--nats", nats.Url, "--postgres", temp.ConnectionString, "--data", TestPaths.Data,
            "--concurrency", "2", "--batch", "5", "--drain");
        var again = Run("enqueue", file, "--nats", nats.Url);
        var idle = Run("worker", "--nats", nats.Url, "--postgres", temp.ConnectionString, "--data", TestPaths.Data, "--drain");

        Assert.Equal((0, "enqueue: 12 published, 0 duplicates (queued already), 0 failed"), (enqueued.ExitCode, enqueued.Output.Split(" (nats")[0]));
        Assert.True(worked.ExitCode == 0, worked.Error);
        Assert.StartsWith("worker: 12 documents", worked.Output);
        // The progress lines the throughput script sums: every coded batch, with where the coding loop's time went.
        var codedLines = Regex.Matches(worked.Error,
            @"^worker: coded (\d+) documents in \d+\.\d ms \(waited \d+\.\d ms for them, \d+\.\d ms for the saver\)$", RegexOptions.Multiline);
        Assert.Equal(12, codedLines.Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        Assert.Equal((0, "enqueue: 0 published, 12 duplicates (queued already), 0 failed"), (again.ExitCode, again.Output.Split(" (nats")[0]));
        Assert.StartsWith("worker: 0 documents", idle.Output);
        Assert.Equal(12, (await temp.Store.StatisticsAsync()).Documents);
        foreach (var document in documents)
            Assert.Equal(Articles.AsStored(Articles.Coder.Code(document).Events.DistinctBy(e => e.Id)), await temp.Store.EventsOfDocumentAsync(document.Id));
        await using var client = new NatsClient(nats.Url);
        Assert.Equal(0, await WorkQueue.DepthAsync(client.CreateJetStreamContext(), WorkQueue.Stream, CancellationToken.None));
    }

    [Fact]
    public async Task A_message_that_always_fails_goes_to_the_dead_letters_with_its_error_and_the_rest_are_saved()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var temp = await PostgresTempStore.CreateAsync(postgres);
        await using var client = new NatsClient(nats.Url);
        var js = client.CreateJetStreamContext();
        await WorkQueue.EnsureStreamsAsync(js, CancellationToken.None);
        await new Enqueuer(js).EnqueueAsync(new NewsDocument("good", Articles.RussiaKazakhstanEn, Articles.Monday));
        (await js.PublishAsync(WorkQueue.Subject, "not json"u8.ToArray())).EnsureSuccess();

        var worked = Run("worker", "--nats", nats.Url, "--postgres", temp.ConnectionString, "--data", TestPaths.Data,
            "--max-failures", "2", "--nak-delay", "0.5", "--drain");

        Assert.Equal(0, worked.ExitCode);
        Assert.StartsWith("worker: 1 documents", worked.Output);
        Assert.Contains("1 dead letters", worked.Output);
        Assert.NotNull(await temp.Store.GetDocumentAsync("good"));
        Assert.Equal(0, await WorkQueue.DepthAsync(js, WorkQueue.Stream, CancellationToken.None));
        Assert.Equal(1, await WorkQueue.DepthAsync(js, WorkQueue.DeadLetterStream, CancellationToken.None));
        var reader = await js.CreateOrderedConsumerAsync(WorkQueue.DeadLetterStream);
        var letters = new List<INatsJSMsg<byte[]>>();
        await foreach (var message in reader.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1, Expires = TimeSpan.FromSeconds(30) }))
            letters.Add(message);
        var letter = Assert.Single(letters);
        Assert.Equal("not json", System.Text.Encoding.UTF8.GetString(letter.Data!));
        Assert.Contains("not a queued document", letter.Headers![WorkQueue.ErrorHeader].ToString());

        var status = Run("status", "--nats", nats.Url, "--postgres", temp.ConnectionString, "--json");
        Assert.Equal(0, status.ExitCode);
        using var json = JsonDocument.Parse(status.Output);
        var statistics = await temp.Store.StatisticsAsync();
        Assert.Equal((statistics.Documents, statistics.Events, 0L, 1L),
            (json.RootElement.GetProperty("documents").GetInt64(), json.RootElement.GetProperty("events").GetInt64(),
             json.RootElement.GetProperty("queue_depth").GetInt64(), json.RootElement.GetProperty("dead_letters").GetInt64()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("121")]
    [InlineData("NaN")]
    public void A_nak_delay_that_is_not_a_pause_up_to_the_back_offs_cap_is_a_usage_error(string seconds)
    {
        var run = Run("worker", "--nats", "nats://127.0.0.1:1", "--postgres", "Host=/nowhere", "--nak-delay", seconds);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--nak-delay must be more than 0 and at most 120 seconds", run.Error);
    }

    [Fact]
    public async Task A_batch_larger_than_the_servers_lock_table_holds_is_refused_at_start_naming_the_setting()
    {
        await using var temp = await PostgresTempStore.CreateAsync(postgres);
        var budget = await temp.Postgres.LockBudgetAsync();
        int tooLarge = budget.LargestBatch + 1;

        // NATS is never reached: the check comes first.
        var run = Run("worker", "--nats", "nats://127.0.0.1:1", "--postgres", temp.ConnectionString, "--data", TestPaths.Data,
            "--batch", tooLarge.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("WRT0405", run.Error);
        Assert.Contains($"set max_locks_per_transaction to at least {budget.NeededFor(tooLarge, 1)}", run.Error);
        Assert.Contains($"--batch {budget.LargestBatch} or less", run.Error);
    }

    [Fact]
    public async Task A_document_delivered_more_often_than_failures_allow_without_an_ack_is_dead_lettered_uncoded()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var temp = await PostgresTempStore.CreateAsync(postgres);
        await using var client = new NatsClient(nats.Url);
        var js = client.CreateJetStreamContext();
        await WorkQueue.EnsureStreamsAsync(js, CancellationToken.None);
        await new Enqueuer(js).EnqueueAsync(new NewsDocument("crasher", Articles.RussiaKazakhstanEn, Articles.Monday));
        // A worker that pulls the document and dies without a word: the server delivers it again after the ack wait.
        var consumer = await WorkQueue.ConsumerAsync(js, TimeSpan.FromSeconds(1), CancellationToken.None);
        var held = new List<INatsJSMsg<byte[]>>();
        await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1, Expires = TimeSpan.FromSeconds(30) }))
            held.Add(message);
        Assert.Single(held);

        var worked = Run("worker", "--nats", nats.Url, "--postgres", temp.ConnectionString, "--data", TestPaths.Data,
            "--max-failures", "1", "--ack-wait", "1", "--drain");

        Assert.Equal(0, worked.ExitCode);
        Assert.True(worked.Output.StartsWith("worker: 0 documents, 0 events, 0 retried, 1 dead letters"), worked.Output + worked.Error);
        Assert.Contains("without an acknowledgement", worked.Error);
        Assert.Null(await temp.Store.GetDocumentAsync("crasher"));
        Assert.Equal(1, await WorkQueue.DepthAsync(js, WorkQueue.DeadLetterStream, CancellationToken.None));
    }

    [Fact]
    public async Task Status_lists_a_running_worker_with_its_counts_and_the_recent_throughput_and_forgets_it_once_it_stops()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var temp = await PostgresTempStore.CreateAsync(postgres);
        await using var client = new NatsClient(nats.Url);
        var js = client.CreateJetStreamContext();
        await WorkQueue.EnsureStreamsAsync(js, CancellationToken.None);
        var enqueuer = new Enqueuer(js);
        await enqueuer.EnqueueAsync(new NewsDocument("first", Articles.RussiaKazakhstanEn, Articles.Monday));
        await enqueuer.EnqueueAsync(new NewsDocument("second", Articles.JapanChinaEn, Articles.Monday));
        var worker = new Worker(js, Articles.Coder, temp.Store, new WorkerOptions(Concurrency: 1) { HeartbeatInterval = TimeSpan.FromMilliseconds(200) },
            TextWriter.Null);
        using var stop = new CancellationTokenSource();
        var running = worker.RunAsync(stop.Token);

        JsonElement status = default;
        for (int wait = 0; wait < 600; wait++) // a failure guard (a minute), not a timing
        {
            var json = Run("status", "--nats", nats.Url, "--postgres", temp.ConnectionString, "--json");
            Assert.Equal(0, json.ExitCode);
            status = JsonDocument.Parse(json.Output).RootElement.Clone();
            // status reads the database before the heartbeats, so one reading can fall between a commit and its beat.
            if (status.GetProperty("workers").EnumerateArray().Any(w => w.GetProperty("documents").GetInt64() == 2)
                && status.GetProperty("documents").GetInt64() == 2) break;
            await Task.Delay(100);
        }
        var human = Run("status", "--nats", nats.Url, "--postgres", temp.ConnectionString);
        await stop.CancelAsync();
        var totals = await running;
        var after = Run("status", "--nats", nats.Url, "--postgres", temp.ConnectionString, "--json");

        var listed = Assert.Single(status.GetProperty("workers").EnumerateArray());
        Assert.Equal(worker.Name, listed.GetProperty("worker").GetString());
        Assert.Equal((2L, Environment.ProcessId), (listed.GetProperty("documents").GetInt64(), listed.GetProperty("pid").GetInt32()));
        Assert.Equal(2, status.GetProperty("documents").GetInt64());
        Assert.Equal(Math.Round(2 / 60.0, 2), status.GetProperty("documents_per_second").GetDouble());
        Assert.Contains("; 1 workers", human.Output);
        Assert.Contains($"  {worker.Name}: 2 documents", human.Output);
        Assert.Equal(2, totals.Documents);
        using var afterJson = JsonDocument.Parse(after.Output);
        Assert.Empty(afterJson.RootElement.GetProperty("workers").EnumerateArray());
    }
}
