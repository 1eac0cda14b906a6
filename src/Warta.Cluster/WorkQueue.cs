using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Warta.Cluster;

/// <summary>
/// The JetStream names the producer and the workers agree on: a work-queue stream of documents (a message is removed
/// once a worker acknowledges it), one durable pull consumer the workers share, and a stream of dead letters (documents
/// that failed too often, kept with their error).
/// </summary>
public static class WorkQueue
{
    public const string Stream = "WARTA_DOCUMENTS";
    public const string Subject = "warta.documents";
    public const string Consumer = "warta-workers";
    public const string DeadLetterStream = "WARTA_DEAD_LETTERS";
    public const string DeadLetterSubject = "warta.dead";

    /// <summary>The header of a dead letter that says why the document failed.</summary>
    public const string ErrorHeader = "Warta-Error";

    /// <summary>Creates both streams, or leaves them as they are when they exist.</summary>
    public static async Task EnsureStreamsAsync(INatsJSContext js, CancellationToken cancellationToken)
    {
        await js.CreateOrUpdateStreamAsync(new StreamConfig(Stream, [Subject])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            // Publishing a document id again within this window is dropped by the server (Nats-Msg-Id).
            DuplicateWindow = TimeSpan.FromMinutes(10),
        }, cancellationToken).ConfigureAwait(false);
        await js.CreateOrUpdateStreamAsync(new StreamConfig(DeadLetterStream, [DeadLetterSubject])
        {
            Retention = StreamConfigRetention.Limits,
            Storage = StreamConfigStorage.File,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The shared consumer; <paramref name="ackWait"/> is how long a worker may hold a document before it is redelivered.</summary>
    public static Task<INatsJSConsumer> ConsumerAsync(INatsJSContext js, TimeSpan ackWait, CancellationToken cancellationToken) =>
        js.CreateOrUpdateConsumerAsync(Stream, new ConsumerConfig(Consumer)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = ackWait,
            MaxAckPending = 10_000,
        }, cancellationToken).AsTask();

    public static async Task<long> DepthAsync(INatsJSContext js, string stream, CancellationToken cancellationToken)
    {
        var info = await js.GetStreamAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return info.Info.State.Messages;
    }
}
