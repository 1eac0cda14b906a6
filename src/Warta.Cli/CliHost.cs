using System.CommandLine;

namespace Warta.Cli;

/// <summary>
/// Runs a command line against a set of commands: the one entry both executables share, the full CLI
/// (<see cref="CliApp"/>) and the slim one of src/Warta.Cli.Slim, so they parse, report and exit alike.
/// </summary>
public static class CliHost
{
    public const string Description = "Warta: political event data from Indonesian and English news.\n\n" + ExitCodes.Help;

    /// <param name="commands">The commands this executable holds, made for the given I/O.</param>
    /// <param name="outputIsTerminal">True when <paramref name="output"/> is a terminal: commands then default to a table.</param>
    /// <param name="errorIsTerminal">True when <paramref name="error"/> is a terminal: progress is then one line rewritten in place.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream> openStdin,
        Func<CliIo, IEnumerable<Command>> commands, bool outputIsTerminal = false, bool errorIsTerminal = false)
    {
        // Synchronized: ingest's readers (feed warnings) run on the coder's worker threads beside the main thread.
        var io = new CliIo(TextWriter.Synchronized(output), TextWriter.Synchronized(error), openStdin, outputIsTerminal, errorIsTerminal);
        var root = new RootCommand(Description);
        foreach (var command in commands(io)) root.Subcommands.Add(command);
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
