using System.Globalization;
using System.Threading.Channels;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Warta.Coding;
using Warta.Store;

namespace Warta.Cluster;

/// <param name="Concurrency">Documents coded at once in this process.</param>
/// <param name="BatchSize">Documents pulled, then saved, in one transaction.</param>
/// <param name="MaxFailures">Deliveries of a document that fail before it goes to the dead letters.</param>
/// <param name="AckWait">How long the server waits for an acknowledgement before it delivers a document again.</param>
/// <param name="Drain">Stop as soon as no document is there to pull and the stream holds none (every document
/// acknowledged, by this worker or another), instead of waiting for more (batch jobs, tests).</param>
public sealed record WorkerOptions(int Concurrency, int BatchSize = 64, int MaxFailures = 3, TimeSpan? AckWait = null, bool Drain = false)
{
    /// <summary>How long one pull waits for a document before it asks again (not with <see cref="Drain"/>).</summary>
    public TimeSpan IdleWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>With <see cref="Drain"/>: how long the worker waits before pulling again when nothing is there to pull
    /// but the stream still holds documents (in a saver, or held by another worker or for redelivery).</summary>
    public TimeSpan DrainPoll { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often the worker writes its <see cref="WorkerHeartbeat"/> (well within <see cref="WorkerRegistry.LiveWindow"/>).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the worker waits before pulling again after NATS failed it (the client reconnects meanwhile).</summary>
    public TimeSpan NatsRetryPause { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan EffectiveAckWait => AckWait ?? TimeSpan.FromMinutes(1);

    /// <summary>How long a refused document waits before its first redelivery; each further refusal doubles it, up to
    /// <see cref="MaxNakDelay"/>.</summary>
    public TimeSpan NakDelay { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxNakDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The pause before redelivering a document refused on its <paramref name="delivery"/>-th delivery (1 = first).</summary>
    public TimeSpan NakDelayAfter(ulong delivery)
    {
        var doublings = (int)Math.Min(delivery - 1, 30);
        var delay = NakDelay.TotalMilliseconds * Math.Pow(2, doublings);
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxNakDelay.TotalMilliseconds));
    }
}

public sealed record WorkerTotals(int Documents, int Events, int Retried, int DeadLettered);

/// <summary>
/// Pulls documents from the work queue, codes them in parallel, saves each pulled batch in one transaction and
/// acknowledges its messages only after the commit. Saving a batch overlaps with pulling and coding the next one (at most
/// one coded batch waits for the saver), so the cores code while the database writes. A worker that dies before
/// acknowledging leaves its documents to be delivered again; since a save is an upsert by deterministic ids, the second save rewrites the same rows
/// (at-least-once delivery, exactly-once results). A document that fails is negatively acknowledged (delivered again
/// after a pause) until it has failed <see cref="WorkerOptions.MaxFailures"/> times; then it is published to the dead-letter
/// subject with its error and acknowledged. The pause before a redelivery doubles with each refusal
/// (<see cref="WorkerOptions.NakDelayAfter"/>), so a database outage does not spin through the deliveries.
/// </summary>
public sealed class Worker(INatsJSContext js, EventCoder coder, IEventStore store, WorkerOptions options, TextWriter log)
{
    private int _documents, _events, _retried, _deadLettered;

    /// <summary>This worker's key in the <see cref="WorkerRegistry"/>: host, process id and a random suffix.</summary>
    public string Name { get; } = WorkerName();

    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    public async Task<WorkerTotals> RunAsync(CancellationToken cancellationToken)
    {
        await WorkQueue.EnsureStreamsAsync(js, cancellationToken).ConfigureAwait(false);
        var consumer = await WorkQueue.ConsumerAsync(js, options.EffectiveAckWait, cancellationToken).ConfigureAwait(false);
        var registry = await WorkerRegistry.OpenAsync(js, cancellationToken).ConfigureAwait(false);
        using var stopBeating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var beating = BeatAsync(registry, stopBeating.Token);
        try
        {
            await PullLoopAsync(consumer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stopBeating.CancelAsync().ConfigureAwait(false);
            await beating.ConfigureAwait(false);
            try { await registry.LeaveAsync(Name, CancellationToken.None).ConfigureAwait(false); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not fatal: the registry forgets a silent worker after its live window.
            }
        }
        return new WorkerTotals(_documents, _events, _retried, _deadLettered);
    }

    /// <summary>Writes a heartbeat now and every interval until stopped; a failed write is logged, never fatal.</summary>
    private async Task BeatAsync(WorkerRegistry registry, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await registry.BeatAsync(new WorkerHeartbeat(Name, Environment.MachineName, Environment.ProcessId, _started, DateTimeOffset.UtcNow,
                    Volatile.Read(ref _documents), Volatile.Read(ref _events), Volatile.Read(ref _deadLettered)), cancellationToken).ConfigureAwait(false);
                await Task.Delay(options.HeartbeatInterval, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.WriteLine($"worker: heartbeat failed ({e.Message.ReplaceLineEndings(" ")})");
                try { await Task.Delay(options.HeartbeatInterval, cancellationToken).ConfigureAwait(false); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private static string WorkerName()
    {
        // Registry keys allow letters, digits, '-', '_', '=' and '.'.
        var host = new string(Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"{host}-{Environment.ProcessId}-{Random.Shared.Next(0x10000):x4}");
    }

    private sealed record CodedBatch(List<INatsJSMsg<byte[]>> Messages, List<CodedDocument> Documents);

    private async Task PullLoopAsync(INatsJSConsumer consumer, CancellationToken cancellationToken)
    {
        var coded = Channel.CreateBounded<CodedBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var saving = SaveLoopAsync(coded.Reader, cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    if (!await PullOnceAsync(consumer, coded.Writer, cancellationToken).ConfigureAwait(false)) return;
                }
                catch (Exception e) when (e is NatsException or TimeoutException && !cancellationToken.IsCancellationRequested)
                {
                    // The client reconnects by itself; what this worker held and did not acknowledge is delivered again
                    // after its ack wait (a save already committed is rewritten identically).
                    await PauseForNatsAsync(e, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the batch being coded is left unacknowledged and goes to another worker.
        }
        finally
        {
            coded.Writer.TryComplete();
            await saving.ConfigureAwait(false);
        }
    }

    private async Task PauseForNatsAsync(Exception e, CancellationToken cancellationToken)
    {
        log.WriteLine($"worker: NATS unavailable ({e.Message.ReplaceLineEndings(" ")}); trying again in {options.NatsRetryPause.TotalSeconds:0} s");
        try { await Task.Delay(options.NatsRetryPause, cancellationToken).ConfigureAwait(false); }
        catch (OperationCanceledException) { }
    }

    /// <summary>Saves the coded batches in turn, each in one transaction, acknowledging its messages after the commit.</summary>
    private async Task SaveLoopAsync(ChannelReader<CodedBatch> batches, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in batches.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await SaveBatchAsync(batch, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is NatsException or TimeoutException && !cancellationToken.IsCancellationRequested)
                {
                    // Unacknowledged documents are delivered again after their ack wait; saving them again is harmless.
                    await PauseForNatsAsync(e, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Whatever went wrong, the saver must keep taking batches, or the coder would wait for it forever;
                    // the batch's unacknowledged documents are delivered again after their ack wait.
                    log.WriteLine($"worker: a batch of {batch.Documents.Count} was left unacknowledged ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")})");
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: a save in progress is rolled back, its documents are delivered again.
        }
    }

    /// <summary>Pulls one batch, codes it and hands it to the saver.</summary>
    /// <returns>False when the worker should stop (stopped, or drained).</returns>
    private async Task<bool> PullOnceAsync(INatsJSConsumer consumer, ChannelWriter<CodedBatch> saver, CancellationToken cancellationToken)
    {
        // Wait for one document (draining, do not: that wait would be the last thing every worker does), then take what
        // else is there now: a message never sits in an open pull request while its ack wait runs (it would be
        // delivered again before this worker even starts on it).
        var messages = new List<INatsJSMsg<byte[]>>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var first = options.Drain ? null : await consumer.NextAsync<byte[]>(opts: new NatsJSNextOpts { Expires = options.IdleWait },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            if (first is { } one) messages.Add(one);
            if ((options.Drain || messages.Count > 0) && messages.Count < options.BatchSize)
                await foreach (var message in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = options.BatchSize - messages.Count },
                                   cancellationToken: cancellationToken).ConfigureAwait(false))
                    messages.Add(message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false; // unacknowledged messages are delivered again to another worker
        }
        if (messages.Count == 0)
        {
            if (!options.Drain) return true;
            // A work-queue stream keeps a message until it is acknowledged, so an empty stream means nothing is
            // left anywhere, not even in a dead worker's hands waiting for redelivery (nor in this worker's saver).
            if (await WorkQueue.DepthAsync(js, WorkQueue.Stream, cancellationToken).ConfigureAwait(false) == 0) return false;
            await Task.Delay(options.DrainPoll, cancellationToken).ConfigureAwait(false);
            return true;
        }
        var pulled = clock.Elapsed;
        var batch = await CodeAsync(messages, cancellationToken).ConfigureAwait(false);
        var coded = clock.Elapsed;
        if (batch is not null) await saver.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        // Where the coding loop's time goes: a worker that waits for its saver is held back by the database, one that
        // waits for documents by the queue; the rest is coding (the throughput script sums these lines).
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"worker: coded {messages.Count} documents in {(coded - pulled).TotalMilliseconds:0.0} ms " +
            $"(waited {pulled.TotalMilliseconds:0.0} ms for them, {(clock.Elapsed - coded).TotalMilliseconds:0.0} ms for the saver)"));
        return true;
    }

    /// <summary>Codes a pulled batch; documents that are poison or fail to code are dead-lettered or refused here.</summary>
    private async Task<CodedBatch?> CodeAsync(List<INatsJSMsg<byte[]>> messages, CancellationToken cancellationToken)
    {
        // A document delivered more often than failures are allowed was never acknowledged nor refused: the workers that
        // had it died on it (a crash or a kill while coding it). It goes to the dead letters before it can kill another.
        var poison = messages.Where(m => (m.Metadata?.NumDelivered ?? 1) > (ulong)options.MaxFailures).ToList();
        foreach (var message in poison)
            await DeadLetterAsync(message, $"delivered {message.Metadata?.NumDelivered} times without an acknowledgement (workers died on it)",
                cancellationToken).ConfigureAwait(false);
        messages = messages.Except(poison).ToList();

        var outcomes = new (CodedDocument? Coded, string? Error)[messages.Count];
        Parallel.For(0, messages.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, i =>
        {
            try { outcomes[i] = (coder.Code(QueuedDocument.Decode(messages[i].Data ?? [])), null); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                outcomes[i] = (null, $"{e.GetType().Name}: {e.Message}");
            }
        });
        for (int i = 0; i < messages.Count; i++)
            if (outcomes[i].Error is { } error) await FailAsync(messages[i], error, cancellationToken).ConfigureAwait(false);

        var coded = Enumerable.Range(0, messages.Count).Where(i => outcomes[i].Coded is not null).ToList();
        return coded.Count == 0 ? null : new CodedBatch(coded.Select(i => messages[i]).ToList(), coded.Select(i => outcomes[i].Coded!).ToList());
    }

    private async Task SaveBatchAsync(CodedBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await SaveAndAckAsync(batch.Messages, batch.Documents, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not NatsException)
        {
            // One bad document must not fail its batch-mates: save them one by one, so only it is retried.
            log.WriteLine($"worker: a batch of {batch.Documents.Count} failed to save ({e.Message.ReplaceLineEndings(" ")}); saving one by one");
            for (int i = 0; i < batch.Documents.Count; i++)
            {
                try { await SaveAndAckAsync([batch.Messages[i]], [batch.Documents[i]], cancellationToken).ConfigureAwait(false); }
                catch (Exception single) when (single is not OperationCanceledException and not NatsException)
                {
                    await FailAsync(batch.Messages[i], single.Message.ReplaceLineEndings(" "), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task SaveAndAckAsync(List<INatsJSMsg<byte[]>> messages, List<CodedDocument> documents, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await store.SaveAsync(documents, cancellationToken).ConfigureAwait(false);
        var saved = clock.Elapsed;
        foreach (var message in messages) await message.AckAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _documents, documents.Count);
        Interlocked.Add(ref _events, result.EventsWritten);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"worker: saved {documents.Count} documents ({result.DocumentsAdded} added, {result.DocumentsReplaced} replaced, " +
            $"{result.DocumentsSkipped} skipped), {result.EventsWritten} events in {saved.TotalMilliseconds:0.0} ms"));
    }

    private async Task FailAsync(INatsJSMsg<byte[]> message, string error, CancellationToken cancellationToken)
    {
        var delivered = message.Metadata?.NumDelivered ?? 1;
        if (delivered < (ulong)options.MaxFailures)
        {
            Interlocked.Increment(ref _retried);
            await message.NakAsync(new AckOpts { NakDelay = options.NakDelayAfter(delivered) }, cancellationToken).ConfigureAwait(false);
            return;
        }
        await DeadLetterAsync(message, error, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeadLetterAsync(INatsJSMsg<byte[]> message, string error, CancellationToken cancellationToken)
    {
        var delivered = message.Metadata?.NumDelivered ?? 1;
        var headers = new NatsHeaders
        {
            [WorkQueue.ErrorHeader] = error,
            ["Warta-Deliveries"] = delivered.ToString(CultureInfo.InvariantCulture),
        };
        var ack = await js.PublishAsync(WorkQueue.DeadLetterSubject, message.Data ?? [], headers: headers, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        ack.EnsureSuccess();
        await message.AckAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _deadLettered);
        log.WriteLine($"worker: dead letter after {delivered} deliveries: {error}");
    }
}
