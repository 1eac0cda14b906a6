using System.CommandLine;
using Warta.Conllu;
using Warta.Errors;
using Warta.Languages;
using Warta.Morphology.English;
using Warta.Morphology.Indonesian;
using Warta.Tagging;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta train lexicon [--lang id|en] [--ud DIR] [--out DIR]</c>: rebuild the lexicon a language's analyser loads from
/// the training treebanks (id: data/id/roots.tsv and lemma-exceptions.tsv, with the project's own root lists; en:
/// data/en/lemmas.tsv).
/// </summary>
internal static class TrainLexiconCommand
{
    public static Command Create(CliIo io)
    {
        var lang = new Option<string>("--lang") { Description = "Language: id (default) or en", DefaultValueFactory = _ => "id" };
        lang.AcceptOnlyFromAmong("id", "en");
        var ud = CommonOptions.Ud();
        var output = new Option<string?>("--out") { Description = "Language data folder to write to (for id, holding lexicon/); default: the repository's data/<lang>/" };
        var command = new Command("lexicon", "Build the morphology lexicon (id roots and exceptions, en lemma table) from the UD training splits")
        {
            lang, ud, output,
        };
        command.SetAction(parse => Run(io, LanguageCodes.Parse(parse.GetValue(lang)!), parse.GetValue(ud), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliIo io, Language language, string? ud, string? output)
    {
        if ((ud is null || output is null) && SourceTree.Root is null)
        {
            io.Error.WriteLine($"error: no Warta.slnx above {AppContext.BaseDirectory}; pass --ud DIR and --out DIR");
            return ExitCodes.Usage;
        }
        var udDir = Path.GetFullPath(ud ?? SourceTree.UdDirectory!);
        var outDir = Path.GetFullPath(output ?? Path.Combine(SourceTree.DataDirectory!, language.ToCode()));
        try
        {
            if (language == Language.English) return BuildEnglish(io, udDir, outDir);
            var result = RootLexiconBuilder.Build(new LexiconBuildRequest(udDir, outDir));
            foreach (var path in result.Written) io.Output.WriteLine($"wrote {path}");
            io.Output.WriteLine($"{result.Roots} roots, {result.Exceptions} learned exceptions; " +
                $"VERB root accuracy on the training files {result.TrainingVerbAccuracy:P2} (sanity check, not a test figure)");
            return ExitCodes.Ok;
        }
        catch (WartaException e)
        {
            return ExitCodes.Report(io, e);
        }
    }

    /// <summary>data/en/lemmas.tsv from the English files but the test one (ewt-train, ewt-dev, pud), never the test file.</summary>
    private static int BuildEnglish(CliIo io, string udDir, string outDir)
    {
        var files = TreebankSplit.EnglishLexiconFiles.Select(f => Path.Combine(udDir, f)).ToList();
        foreach (var f in files.Where(f => !File.Exists(f)))
            throw new WartaException(ErrorCodes.TrainingDataMissing, $"training file '{f}' not found; pass --ud DIR");
        var table = EnglishLemmaTable.FromTreebank(files.SelectMany(ConlluReader.Read));
        var path = Path.Combine(outDir, EnglishLemmaTable.FileName);
        table.Write(path);
        io.Output.WriteLine($"wrote {path}");
        io.Output.WriteLine($"{table.Count} lemmas");
        return ExitCodes.Ok;
    }
}
