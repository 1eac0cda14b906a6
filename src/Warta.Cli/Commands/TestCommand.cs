using System.CommandLine;

namespace Warta.Cli.Commands;

/// <summary><c>warta test tagger</c>, <c>warta test parser</c>, <c>warta test clitics</c>: measure the shipped models on gold treebank files.</summary>
internal static class TestCommand
{
    public static Command Create(CliIo io) => new("test", "Measure the shipped models on gold data")
    {
        // Subcommands are added here by the tagger work.
        TestTaggerCommand.Create(io),
        TestParserCommand.Create(io),
        TestCliticsCommand.Create(io),
    };
}
