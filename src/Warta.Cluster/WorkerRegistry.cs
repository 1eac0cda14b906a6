using NATS.Client.JetStream;
using NATS.Client.KeyValueStore;

namespace Warta.Cluster;

/// <summary>
/// The live workers, as a JetStream key-value bucket: each worker writes its <see cref="WorkerHeartbeat"/> under its own
/// key every <see cref="WorkerOptions.HeartbeatInterval"/> and deletes it when it stops. The bucket forgets a value after
/// <see cref="LiveWindow"/>, so a worker that died without a word (SIGKILL, a lost machine) drops out on its own.
/// </summary>
public sealed class WorkerRegistry
{
    public const string Bucket = "WARTA_WORKERS";

    /// <summary>A worker not heard from for this long is gone.</summary>
    public static readonly TimeSpan LiveWindow = TimeSpan.FromSeconds(30);

    private readonly INatsKVStore _store;

    private WorkerRegistry(INatsKVStore store) => _store = store;

    public static async Task<WorkerRegistry> OpenAsync(INatsJSContext js, CancellationToken cancellationToken)
    {
        var store = await new NatsKVContext(js).CreateOrUpdateStoreAsync(new NatsKVConfig(Bucket)
        {
            MaxAge = LiveWindow,
            History = 1,
            Storage = NatsKVStorageType.Memory,
        }, cancellationToken).ConfigureAwait(false);
        return new WorkerRegistry(store);
    }

    public async Task BeatAsync(WorkerHeartbeat heartbeat, CancellationToken cancellationToken) =>
        await _store.PutAsync(heartbeat.Worker, heartbeat.Encode(), cancellationToken: cancellationToken).ConfigureAwait(false);

    public async Task LeaveAsync(string worker, CancellationToken cancellationToken) =>
        await _store.DeleteAsync(worker, cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>The workers heard from within <see cref="LiveWindow"/> of <paramref name="now"/>, by name.</summary>
    public async Task<IReadOnlyList<WorkerHeartbeat>> LiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var live = new List<WorkerHeartbeat>();
        try
        {
            await foreach (var key in _store.GetKeysAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                var entry = await _store.TryGetEntryAsync<byte[]>(key, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (!entry.Success || entry.Value.Value is not { } value) continue;
                if (WorkerHeartbeat.Decode(value) is { } heartbeat && now - heartbeat.LastSeen <= LiveWindow) live.Add(heartbeat);
            }
        }
        catch (NatsKVException)
        {
            // An empty bucket has no keys to list (older servers answer with an error rather than nothing).
        }
        return live.OrderBy(h => h.Worker, StringComparer.Ordinal).ToList();
    }
}
