using System.Text.Json.Serialization;
using NATS.Client.JetStream;
using Warta.Store;

namespace Warta.Cluster;

/// <summary>
/// A snapshot of the cluster: what PostgreSQL holds and what the work queue holds. <see cref="QueueDepth"/> counts every
/// document not yet acknowledged, including the <see cref="InFlight"/> ones a worker has pulled; <see cref="WaitingPulls"/>
/// is the number of pull requests workers have open (idle workers).
/// </summary>
public sealed record ClusterStatus(
    [property: JsonPropertyName("documents")] long Documents,
    [property: JsonPropertyName("events")] long Events,
    [property: JsonPropertyName("queue_depth")] long QueueDepth,
    [property: JsonPropertyName("in_flight")] long InFlight,
    [property: JsonPropertyName("waiting_pulls")] long WaitingPulls,
    [property: JsonPropertyName("redelivered")] long Redelivered,
    [property: JsonPropertyName("dead_letters")] long DeadLetters)
{
    public static async Task<ClusterStatus> ReadAsync(INatsJSContext js, IEventStore store, CancellationToken cancellationToken)
    {
        var statistics = await store.StatisticsAsync(cancellationToken).ConfigureAwait(false);
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
        return new ClusterStatus(statistics.Documents, statistics.Events, depth, inFlight, waiting, redelivered, dead);
    }
}
