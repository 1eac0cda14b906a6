using System.CommandLine;
using Warta.Data;
using Warta.Errors;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta lint-dict [DIR]</c>: checks every dictionary file in DIR (default: the data folder) with each registered
/// validator and prints <c>file:line: message</c> per problem. Exit 0 when clean, 2 when problems were found.
/// </summary>
internal static class LintDictCommand
{
    public static Command Create(CliIo io)
    {
        var folder = new Argument<string?>("dir")
        {
            Description = "A folder laid out like the data folder (actors/…); default: the data folder",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var data = CommonOptions.Data();
        var command = new Command("lint-dict", "Check dictionary files (actors, lexicons) and list every problem as file:line: message") { folder, data };
        command.SetAction(parse => Run(io, parse.GetValue(folder), parse.GetValue(data)));
        return command;
    }

    private static int Run(CliIo io, string? folder, string? dataPath)
    {
        DataDirectory? shipped;
        try { shipped = DataDirectory.Open(dataPath); }
        catch (WartaException) when (folder is not null) { shipped = null; }
        catch (WartaException e) { return ExitCodes.Report(io, e); }

        var root = folder ?? shipped!.Root;
        if (!Directory.Exists(root))
        {
            io.Error.WriteLine($"error: {ErrorCodes.DictionaryInvalid}: dictionary folder '{root}' not found");
            return ExitCodes.Usage;
        }
        int problems = 0;
        foreach (var validator in DictionaryValidators.Create(shipped))
        {
            foreach (var problem in validator.Validate(root))
            {
                io.Output.WriteLine(problem.ToString());
                problems++;
            }
        }
        io.Error.WriteLine(problems == 0 ? $"{root}: no problems" : $"{root}: {problems} problem(s)");
        return problems == 0 ? ExitCodes.Ok : ExitCodes.SomeInputFailed;
    }
}
