using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NATS.Net;
using Warta.Cluster;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta status --nats URL --postgres CONNSTR [--json]</c>: documents and events in PostgreSQL, documents queued,
/// in flight and dead-lettered in JetStream, the live workers and the documents stored per second over the last minute; with --json one object (<see cref="ClusterStatus"/>'s snake_case fields).
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliIo io)
    {
        var nats = ClusterOptions.Nats();
        var postgres = ClusterOptions.Postgres();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a line" };
        var command = new Command("status", "Show the cluster: stored documents and events, queue depth, workers' documents in flight, dead letters")
        {
            nats, postgres, json,
        };
        command.SetAction(parse => RunAsync(io, parse.GetValue(nats)!, parse.GetValue(postgres)!, parse.GetValue(json)).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(CliIo io, string url, string connectionString, bool json)
    {
        await using var store = await ClusterOptions.OpenPostgresAsync(io, connectionString);
        if (store is null) return ExitCodes.DataMissing;
        await using var client = await ClusterOptions.ConnectNatsAsync(io, url);
        if (client is null) return ExitCodes.DataMissing;
        var status = await ClusterStatus.ReadAsync(client.CreateJetStreamContext(), store, CancellationToken.None);
        if (json)
        {
            io.Output.WriteLine(JsonSerializer.Serialize(status));
            return ExitCodes.Ok;
        }
        io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"status: {status.Documents} documents, {status.Events} events stored ({status.DocumentsPerSecond:0.##} documents/s over the " +
            $"last minute); {status.QueueDepth} queued ({status.InFlight} in flight, {status.Redelivered} redelivered), " +
            $"{status.WaitingPulls} idle pulls; {status.DeadLetters} dead letters; {status.Workers.Count} workers"));
        foreach (var w in status.Workers)
            io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {w.Worker}: {w.Documents} documents, {w.Events} events, {w.DeadLetters} dead letters; " +
                $"up since {w.Started:yyyy-MM-dd HH:mm:ss}Z, last seen {w.LastSeen:HH:mm:ss}Z"));
        return ExitCodes.Ok;
    }
}
