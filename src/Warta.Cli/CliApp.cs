using System.CommandLine;
using Warta.Cli.Commands;

namespace Warta.Cli;

/// <summary>Wires the commands together; each command lives in its own file under Commands/.</summary>
public static class CliApp
{
    /// <summary>
    /// Opens the event store behind <c>serve --db FILE</c>: the one seam where a store implementation plugs in
    /// (the embedded DuckDB file by default).
    /// </summary>
    public static Func<string, Warta.Store.IEventStore>? OpenStore { get; set; } = path => Warta.Store.DuckDb.DuckDbEventStore.Open(path);

    /// <param name="outputIsTerminal">True when <paramref name="output"/> is a terminal: commands then default to a table.</param>
    /// <param name="errorIsTerminal">True when <paramref name="error"/> is a terminal: progress is then one line rewritten in place.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream> openStdin, bool outputIsTerminal = false,
        bool errorIsTerminal = false)
    {
        // Synchronized: ingest's readers (feed warnings) run on the coder's worker threads beside the main thread.
        var io = new CliIo(TextWriter.Synchronized(output), TextWriter.Synchronized(error), openStdin, outputIsTerminal, errorIsTerminal);
        var root = new RootCommand(
            "Warta: political event data from Indonesian and English news.\n\n" + ExitCodes.Help)
        {
            AnalyzeCommand.Create(io),
            CodeCommand.Create(io),
            EvalCommand.Create(io),
            ExplainCommand.Create(io),
            TrainCommand.Create(io),
            TestCommand.Create(io),
            LintDictCommand.Create(io),
            ServeCommand.Create(io, OpenStore),
            IngestCommand.Create(io, DocumentSources.FilesAndWeb(io)),
            RecodeCommand.Create(io),
            PlotCommand.Create(io),
            EnqueueCommand.Create(io),
            WorkerCommand.Create(io),
            StatusCommand.Create(io),
            RecountClustersCommand.Create(io),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}

/// <summary>Where a command reads and writes, so tests can capture it.</summary>
public sealed record CliIo(TextWriter Output, TextWriter Error, Func<Stream> OpenStdin, bool OutputIsTerminal = false,
    bool ErrorIsTerminal = false);

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int SomeInputFailed = 2;
    public const int DataMissing = 3;

    /// <summary>Reports a user-facing error on standard error and returns its exit code: 2 for a bad input, else 3.</summary>
    public static int Report(CliIo io, Errors.WartaException error)
    {
        io.Error.WriteLine($"error: {error.Message}");
        return Errors.ErrorCodes.IsInputError(error.Code) ? SomeInputFailed : DataMissing;
    }

    public const string Help = "Exit codes: 0 ok; 1 usage error; 2 some inputs failed (each reported, the rest processed); 3 data or model missing or invalid.";
}
