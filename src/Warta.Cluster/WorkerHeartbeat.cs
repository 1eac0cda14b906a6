using System.Text.Json;
using System.Text.Json.Serialization;

namespace Warta.Cluster;

/// <summary>
/// What a running worker says about itself, every few seconds, in the <see cref="WorkerRegistry"/>: who it is, since when
/// it runs, when it last spoke and what it has done so far.
/// </summary>
public sealed record WorkerHeartbeat(
    [property: JsonPropertyName("worker")] string Worker,
    [property: JsonPropertyName("host")] string Host,
    [property: JsonPropertyName("pid")] int ProcessId,
    [property: JsonPropertyName("started")] DateTimeOffset Started,
    [property: JsonPropertyName("last_seen")] DateTimeOffset LastSeen,
    [property: JsonPropertyName("documents")] long Documents,
    [property: JsonPropertyName("events")] long Events,
    [property: JsonPropertyName("dead_letters")] long DeadLetters)
{
    public byte[] Encode() => JsonSerializer.SerializeToUtf8Bytes(this);

    /// <returns>Null when the value is not a heartbeat (written by something else).</returns>
    public static WorkerHeartbeat? Decode(ReadOnlySpan<byte> value)
    {
        try { return JsonSerializer.Deserialize<WorkerHeartbeat>(value); }
        catch (JsonException) { return null; }
    }
}
