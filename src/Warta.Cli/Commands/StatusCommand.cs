using System.CommandLine;
using System.Text.Json;
using NATS.Net;
using Warta.Cluster;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta status --nats URL --postgres CONNSTR [--json]</c>: documents and events in PostgreSQL, documents queued,
/// in flight and dead-lettered in JetStream; with --json one object (<see cref="ClusterStatus"/>'s snake_case fields).
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
        io.Output.WriteLine(json
            ? JsonSerializer.Serialize(status)
            : $"status: {status.Documents} documents, {status.Events} events stored; {status.QueueDepth} queued " +
              $"({status.InFlight} in flight, {status.Redelivered} redelivered), {status.WaitingPulls} idle pulls; {status.DeadLetters} dead letters");
        return ExitCodes.Ok;
    }
}
