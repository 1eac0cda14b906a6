using Warta.Cli;
using Warta.Cli.Commands;

namespace Warta.Store.Tests;

public sealed class IngestProgressTests
{
    private static string Report(bool outputIsTerminal, bool errorIsTerminal)
    {
        var error = new StringWriter();
        var progress = new IngestProgress(new CliIo(new StringWriter(), error, () => Stream.Null, outputIsTerminal, errorIsTerminal), "ingest");
        progress.Report(64, 120);
        progress.Report(128, 250);
        progress.Break();
        return error.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_standard_error_the_line_is_rewritten_in_place_even_when_output_is_redirected()
    {
        Assert.Equal("\ringest: 64 documents, 120 events…\ringest: 128 documents, 250 events…\n",
            Report(outputIsTerminal: false, errorIsTerminal: true));
    }

    [Fact]
    public void A_redirected_standard_error_gets_plain_lines_even_when_output_is_a_terminal()
    {
        Assert.Equal("ingest: 64 documents, 120 events\ningest: 128 documents, 250 events\n",
            Report(outputIsTerminal: true, errorIsTerminal: false));
    }
}
