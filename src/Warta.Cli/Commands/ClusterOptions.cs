using System.CommandLine;
using NATS.Net;
using Warta.Errors;
using Warta.Store.Postgres;

namespace Warta.Cli.Commands;

/// <summary>The <c>--nats URL</c> and <c>--postgres CONNSTR</c> options of the cluster commands, and connecting to what they name.</summary>
internal static class ClusterOptions
{
    public static Option<string> Nats() => new("--nats")
    {
        Description = "The NATS server with JetStream, e.g. nats://queue-host:4222",
        Required = true,
    };

    public static Option<string> Postgres() => new("--postgres")
    {
        Description = "The PostgreSQL connection string, e.g. 'Host=db-host;Database=warta;Username=warta;Password=…'",
        Required = true,
    };

    /// <summary>Connects to NATS, or reports why not (exit 3).</summary>
    public static async Task<NatsClient?> ConnectNatsAsync(CliIo io, string url)
    {
        var client = new NatsClient(url);
        try
        {
            await client.ConnectAsync();
            return client;
        }
        catch (Exception e) when (e is NATS.Client.Core.NatsException or TimeoutException)
        {
            await client.DisposeAsync();
            io.Error.WriteLine($"error: NATS at {url} cannot be reached ({e.Message})");
            return null;
        }
    }

    /// <summary>Opens the PostgreSQL store (migrating its schema), or reports why not (exit 3).</summary>
    public static async Task<PostgresEventStore?> OpenPostgresAsync(CliIo io, string connectionString)
    {
        try { return await PostgresEventStore.OpenAsync(connectionString); }
        catch (WartaException e)
        {
            ExitCodes.Report(io, e);
            return null;
        }
        catch (ArgumentException e)
        {
            io.Error.WriteLine($"error: --postgres is not a valid connection string ({e.Message})");
            return null;
        }
    }
}
