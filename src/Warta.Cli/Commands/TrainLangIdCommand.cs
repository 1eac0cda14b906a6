using System.CommandLine;
using System.Text;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Cli.Commands;

/// <summary><c>warta train langid [--ud DIR] [--out FILE]</c>: rebuild <c>data/langid.tsv</c> and report held-out accuracy.</summary>
internal static class TrainLangIdCommand
{
    public static Command Create(CliIo io)
    {
        var ud = CommonOptions.Ud();
        var output = new Option<string?>("--out") { Description = "Profile to write (default: data/langid.tsv in the repository)" };
        var data = CommonOptions.Data();
        var command = new Command("langid", "Train the Indonesian/English language identifier on the UD training splits") { ud, output, data };
        command.SetAction(parse => Run(io, parse.GetValue(ud), parse.GetValue(output), parse.GetValue(data)));
        return command;
    }

    private static int Run(CliIo io, string? udPath, string? outPath, string? dataPath)
    {
        try
        {
            udPath ??= SourceTree.UdDirectory;
            outPath ??= SourceTree.DataDirectory is { } dataDir ? Path.Combine(dataDir, LanguageProfile.FileName) : null;
            if (udPath is null || outPath is null)
            {
                io.Error.WriteLine("error: not inside the Warta repository; pass --ud DIR and --out FILE");
                return ExitCodes.Usage;
            }
            // Function words come from the repository's data folder when training there, so a fresh list is used.
            var data = DataDirectory.Open(dataPath ?? SourceTree.DataDirectory);
            var temporary = outPath + ".tmp";
            LanguageIdTraining.Result result;
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
                result = LanguageIdTraining.Run(udPath, writer, FunctionWords.Load(data));
            File.Move(temporary, outPath, overwrite: true);

            io.Output.WriteLine($"trained on {result.IndonesianSentences} id and {result.EnglishSentences} en sentences; {result.Ngrams} n-grams → {outPath}");
            foreach (var (file, correct, total) in result.Accuracy)
                io.Output.WriteLine($"held-out {file}: {correct}/{total} = {100.0 * correct / total:0.00}%");
            int all = result.Accuracy.Sum(a => a.Total), right = result.Accuracy.Sum(a => a.Correct);
            io.Output.WriteLine($"held-out overall: {right}/{all} = {100.0 * right / all:0.00}%");
            return ExitCodes.Ok;
        }
        catch (WartaException e)
        {
            return ExitCodes.Report(io, e);
        }
    }

}
