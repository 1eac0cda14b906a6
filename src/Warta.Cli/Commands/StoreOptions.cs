using System.CommandLine;
using Warta.Errors;
using Warta.Store.DuckDb;

namespace Warta.Cli.Commands;

/// <summary>The <c>--db FILE</c> option of the store commands, and opening the store it names.</summary>
internal static class StoreOptions
{
    /// <param name="what">What the command does with the file, e.g. "to read" or "(created when missing)".</param>
    public static Option<string> Database(string what) => new("--db")
    {
        Description = $"The DuckDB store file {what}; default: {DuckDbEventStore.DefaultFile} in the current folder",
        DefaultValueFactory = _ => DuckDbEventStore.DefaultFile,
    };

    /// <summary>
    /// Opens a store that must exist already: a command that only reads or rewrites one must not create an empty
    /// store where the user mistyped its name. Reports why not and gives the exit code (3).
    /// </summary>
    public static DuckDbEventStore? OpenExisting(CliIo io, string path, out int exitCode)
    {
        if (File.Exists(path)) return Open(io, path, out exitCode);
        io.Error.WriteLine($"error: --db {path}: no such store; ingest articles into it first (warta ingest PATH --db {path})");
        exitCode = ExitCodes.DataMissing;
        return null;
    }

    /// <summary>Opens the store, creating it when missing, or reports why not and gives the exit code (3).</summary>
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
