using System.CommandLine;
using System.Globalization;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta recount-clusters --postgres CONNSTR</c>: recounts the PostgreSQL store's cluster counts from its stored
/// events, replacing the counts the saves adjusted (a repair; workers' saves wait meanwhile, readers do not).
/// </summary>
internal static class RecountClustersCommand
{
    public static Command Create(CliIo io)
    {
        var postgres = ClusterOptions.Postgres();
        var command = new Command("recount-clusters", "Recount the PostgreSQL store's event clusters from its events (a repair)") { postgres };
        command.SetAction(parse => RunAsync(io, parse.GetValue(postgres)!).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(CliIo io, string connectionString)
    {
        await using var store = await ClusterOptions.OpenPostgresAsync(io, connectionString);
        if (store is null) return ExitCodes.DataMissing;
        var clusters = await store.RecountClustersAsync();
        io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recount-clusters: {clusters} clusters recounted"));
        return ExitCodes.Ok;
    }
}
