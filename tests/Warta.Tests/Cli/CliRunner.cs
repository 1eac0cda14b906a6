using System.Text;
using Warta.Cli;

namespace Warta.Tests.Cli;

/// <summary>Runs the CLI in-process with captured output, as a user would run ./warta.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args) => RunWithStdin("", args);

    public static Result RunWithStdin(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        return new Result(code, output.ToString(), error.ToString());
    }
}
