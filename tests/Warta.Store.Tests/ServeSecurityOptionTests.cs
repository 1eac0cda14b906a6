using Warta.Cli;
using Warta.Cli.Commands;

namespace Warta.Store.Tests;

/// <summary><c>serve</c>'s token precedence and its refusal of settings that cannot work, before anything is loaded.</summary>
public sealed class ServeSecurityOptionTests
{
    private static (int ExitCode, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        int code = CliApp.Run(args, TextWriter.Null, error, () => Stream.Null);
        return (code, error.ToString());
    }

    [Fact]
    public void The_token_option_wins_over_the_environment_and_an_empty_token_turns_writes_off()
    {
        Assert.Equal("from-option", ServeOptions.WriteToken("from-option", "from-env"));
        Assert.Equal("from-env", ServeOptions.WriteToken(null, "from-env"));
        Assert.Null(ServeOptions.WriteToken("", "from-env"));
        Assert.Null(ServeOptions.WriteToken(null, null));
    }

    [Theory]
    [InlineData("--cors-origin", "https://news.example.org/path", "WRT0501")]
    [InlineData("--cors-origin", "*", "not an origin")]
    [InlineData("--max-body-bytes", "10", "request body limit")]
    [InlineData("--max-documents", "0", "documents-per-request")]
    [InlineData("--rate-limit-code", "-1", "coding rate limit")]
    [InlineData("--rate-limit-window", "0", "window")]
    public void A_setting_that_cannot_work_is_a_usage_error_that_names_it(string option, string value, string expected)
    {
        var run = Run("serve", option, value, "--data", TestPaths.Data);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(expected, run.Error);
    }
}
