using Warta.Cli.Commands;

namespace Warta.Cli;

/// <summary>The full CLI: every command, each in its own file under Commands/.</summary>
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
        bool errorIsTerminal = false) =>
        CliHost.Run(args, output, error, openStdin, io =>
        [
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
        ], outputIsTerminal, errorIsTerminal);
}
