using NATS.Client.JetStream;
using Warta.Coding;

namespace Warta.Cluster;

/// <summary>Publishes documents to the work-queue stream, each with its id as the message id so a repeated publish is dropped.</summary>
public sealed class Enqueuer(INatsJSContext js)
{
    /// <returns>False when the server dropped the document as a duplicate: the same id was published within the stream's duplicate window.</returns>
    public async Task<bool> EnqueueAsync(NewsDocument document, CancellationToken cancellationToken = default)
    {
        var ack = await js.PublishAsync(WorkQueue.Subject, QueuedDocument.Encode(document),
            opts: new NatsJSPubOpts { MsgId = document.Id }, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (ack.Duplicate) return false;
        ack.EnsureSuccess();
        return true;
    }
}
