using System.Globalization;

namespace Warta.Cli.Commands;

/// <summary>
/// Progress of a long store command on standard error: one line rewritten in place when standard error is a terminal
/// (whatever standard output is), a plain line per batch otherwise (logs stay readable).
/// </summary>
internal sealed class IngestProgress(CliIo io, string verb)
{
    private bool _pending;

    public void Report(int documents, int events)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{verb}: {documents} documents, {events} events");
        if (io.ErrorIsTerminal)
        {
            io.Error.Write($"\r{line}…");
            _pending = true;
        }
        else io.Error.WriteLine(line);
        io.Error.Flush();
    }

    /// <summary>Ends the in-place line before anything else is written.</summary>
    public void Break()
    {
        if (!_pending) return;
        io.Error.WriteLine();
        _pending = false;
    }
}
