using System.CommandLine;
using Warta.Errors;
using Warta.Store.DuckDb;

namespace Warta.Cli.Commands;

/// <summary>The <c>--db FILE</c> option of the store commands, and opening the store it names.</summary>
internal static class StoreOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = $"The DuckDB store file (created when missing); default: {DuckDbEventStore.DefaultFile} in the current folder",
        DefaultValueFactory = _ => DuckDbEventStore.DefaultFile,
    };

    /// <summary>Opens the store, or reports why not and gives the exit code (3).</summary>
    public static DuckDbEventStore? Open(CliIo io, string path, out int exitCode)
    {
        exitCode = ExitCodes.Ok;
        try { return DuckDbEventStore.Open(path); }
        catch (WartaException e)
        {
            exitCode = ExitCodes.Report(io, e);
            return null;
        }
    }
}
