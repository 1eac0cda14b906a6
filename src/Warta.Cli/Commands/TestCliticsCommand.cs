using System.CommandLine;
using Warta.Conllu;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;
using Warta.Morphology.Indonesian;
using Warta.Tokenization;

namespace Warta.Cli.Commands;

/// <summary><c>warta test clitics FILE.conllu...</c>: how often Indonesian clitic splits agree with the treebank's multiword tokens.</summary>
internal static class TestCliticsCommand
{
    public static Command Create(CliIo io)
    {
        var files = new Argument<string[]>("files") { Description = "Indonesian CoNLL-U files with multiword tokens", Arity = ArgumentArity.OneOrMore };
        var data = CommonOptions.Data();
        var command = new Command("clitics", "Agreement of Indonesian clitic splitting with UD multiword tokens") { files, data };
        command.SetAction(p => Run(io, p.GetValue(files)!, p.GetValue(data)));
        return command;
    }

    private static int Run(CliIo io, string[] files, string? dataPath)
    {
        try
        {
            var data = DataDirectory.Open(dataPath);
            var tokenizer = Tokenizer.Load(data, Language.Indonesian, IndonesianMorphology.Load(data));
            var r = CliticEvaluation.Evaluate(tokenizer, files.SelectMany(f => ConlluReader.Read(f)));
            io.Output.WriteLine($"clitic agreement: {r.Agreement:P2} ({r.Agreed:N0}/{r.Candidates:N0} candidate words)");
            io.Output.WriteLine($"splits: precision {r.Precision:P2} ({r.CorrectSplits:N0}/{r.PredictedSplits:N0}), " +
                $"recall {r.Recall:P2} ({r.CorrectSplits:N0}/{r.GoldSplits:N0})");
            io.Output.WriteLine("top disagreements (form: treebank ≠ tokenizer, count):");
            foreach (var d in r.Disagreements.Take(25))
                io.Output.WriteLine($"  {d.Form}: {d.Gold} ≠ {d.Predicted} ({d.Count})");
            return ExitCodes.Ok;
        }
        catch (WartaException e)
        {
            return ExitCodes.Report(io, e);
        }
    }
}
