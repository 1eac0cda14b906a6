using Warta.Cli;

namespace Warta.Store.Tests;

/// <summary>Runs the CLI in this process, with empty standard input, and returns its exit code and what it wrote.</summary>
internal static class InProcessCli
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error, () => Stream.Null);
        return (code, output.ToString(), error.ToString());
    }
}
