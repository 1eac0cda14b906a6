using System.CommandLine;
using Warta.Errors;
using Warta.Morphology.Indonesian;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta train lexicon [--ud DIR] [--out DIR]</c>: rebuild data/id/roots.tsv and data/id/lemma-exceptions.tsv from the
/// training treebanks and the project's own root lists.
/// </summary>
internal static class TrainLexiconCommand
{
    public static Command Create(CliIo io)
    {
        var ud = new Option<string?>("--ud") { Description = "Folder of the UD treebanks (holding id/*.conllu); default: ../shared/ud beside the repository" };
        var output = new Option<string?>("--out") { Description = "Indonesian data folder to write to (holding lexicon/); default: the repository's data/id/" };
        var command = new Command("lexicon", "Build the Indonesian root lexicon from the UD training splits and data/id/lexicon/") { ud, output };
        command.SetAction(parse => Run(io, parse.GetValue(ud), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliIo io, string? ud, string? output)
    {
        var repo = FindRepoRoot();
        if ((ud is null || output is null) && repo is null)
        {
            io.Error.WriteLine($"error: no Warta.slnx above {AppContext.BaseDirectory}; pass --ud DIR and --out DIR");
            return ExitCodes.Usage;
        }
        var request = new LexiconBuildRequest(
            Path.GetFullPath(ud ?? Path.Combine(repo!, "..", "shared", "ud")),
            Path.GetFullPath(output ?? Path.Combine(repo!, "data", "id")));
        try
        {
            var result = RootLexiconBuilder.Build(request);
            foreach (var path in result.Written) io.Output.WriteLine($"wrote {path}");
            io.Output.WriteLine($"{result.Roots} roots, {result.Exceptions} learned exceptions; " +
                $"VERB root accuracy on the training files {result.TrainingVerbAccuracy:P2} (sanity check, not a test figure)");
            return ExitCodes.Ok;
        }
        catch (WartaException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.DataMissing;
        }
    }

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warta.slnx"))) return dir.FullName;
        return null;
    }
}
