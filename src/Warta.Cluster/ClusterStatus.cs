using System.Text.Json.Serialization;
using NATS.Client.JetStream;
using Warta.Store.Postgres;

namespace Warta.Cluster;

/// <summary>
/// A snapshot of the cluster: what PostgreSQL holds and what the work queue holds. <see cref="QueueDepth"/> counts every
/// document not yet acknowledged, including the <see cref="InFlight"/> ones a worker has pulled; <see cref="WaitingPulls"/>
/// is the number of pull requests workers have open (idle workers). <see cref="Workers"/> are the workers heard from
/// within <see cref="WorkerRegistry.LiveWindow"/>; <see cref="DocumentsPerSecond"/> is the documents stored in the last
/// <see cref="ThroughputWindow"/>, per second.
/// </summary>
public sealed record ClusterStatus(
    [property: JsonPropertyName("documents")] long Documents,
    [property: JsonPropertyName("events")] long Events,
    [property: JsonPropertyName("queue_depth")] long QueueDepth,
    [property: JsonPropertyName("in_flight")] long InFlight,
    [property: JsonPropertyName("waiting_pulls")] long WaitingPulls,
    [property: JsonPropertyName("redelivered")] long Redelivered,
    [property: JsonPropertyName("dead_letters")] long DeadLetters,
    [property: JsonPropertyName("documents_per_second")] double DocumentsPerSecond,
    [property: JsonPropertyName("workers")] IReadOnlyList<WorkerHeartbeat> Workers)
{
    public static readonly TimeSpan ThroughputWindow = TimeSpan.FromMinutes(1);

    public static async Task<ClusterStatus> ReadAsync(INatsJSContext js, PostgresEventStore store, CancellationToken cancellationToken)
    {
        var statistics = await store.StatisticsAsync(cancellationToken).ConfigureAwait(false);
        long recent = await store.DocumentsStoredWithinAsync(ThroughputWindow, cancellationToken).ConfigureAwait(false);
        await WorkQueue.EnsureStreamsAsync(js, cancellationToken).ConfigureAwait(false);
        long depth = await WorkQueue.DepthAsync(js, WorkQueue.Stream, cancellationToken).ConfigureAwait(false);
        long dead = await WorkQueue.DepthAsync(js, WorkQueue.DeadLetterStream, cancellationToken).ConfigureAwait(false);
        long inFlight = 0, waiting = 0, redelivered = 0;
        try
        {
            var consumer = await js.GetConsumerAsync(WorkQueue.Stream, WorkQueue.Consumer, cancellationToken).ConfigureAwait(false);
            (inFlight, waiting, redelivered) = (consumer.Info.NumAckPending, consumer.Info.NumWaiting, consumer.Info.NumRedelivered);
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            // No worker has started yet: nothing is in flight.
        }
        var registry = await WorkerRegistry.OpenAsync(js, cancellationToken).ConfigureAwait(false);
        var workers = await registry.LiveAsync(DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
        return new ClusterStatus(statistics.Documents, statistics.Events, depth, inFlight, waiting, redelivered, dead,
            Math.Round(recent / ThroughputWindow.TotalSeconds, 2), workers);
    }
}
