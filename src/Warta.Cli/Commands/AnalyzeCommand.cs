using System.CommandLine;
using Warta.Errors;
using Warta.Input;
using Warta.Output;

namespace Warta.Cli.Commands;

/// <summary><c>warta analyze [PATH|-]... [--lang id|en|auto] [--format conllu|json]</c>: the language layer's output.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Text files to analyse (UTF-8, one article each); '-' or nothing reads standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var lang = CommonOptions.Lang("Language of the input: id, en or auto (default: identified per document)");
        var format = new Option<string>("--format")
        {
            Description = "Output format: conllu (one sentence per block) or json (one object per document per line)",
            DefaultValueFactory = _ => "conllu",
        };
        format.AcceptOnlyFromAmong("conllu", "json");
        var data = CommonOptions.Data();
        var limits = LimitOptions.ForText();

        var command = new Command("analyze", "Segment, tokenize, analyse the morphology of and tag news text") { paths, lang, format, data };
        limits.AddTo(command);
        command.SetAction(parse => Run(io, parse.GetValue(paths) ?? [], CommonOptions.ToLanguage(parse.GetValue(lang)),
            parse.GetValue(format)!, parse.GetValue(data), limits.Read(parse)));
        return command;
    }

    private static int Run(CliIo io, string[] paths, Languages.Language? language, string format, string? dataPath, InputLimits limits)
    {
        TextAnalyzer analyzer;
        try { analyzer = TextAnalyzer.Load(dataPath, limits.MaxSentenceChars); }
        catch (WartaException e) { return ExitCodes.Report(io, e); }

        if (paths.Length == 0) paths = ["-"];
        int failed = 0;
        using var stdout = format == "json" ? OpenStdout(io) : null;
        foreach (var path in paths)
        {
            try
            {
                var decoded = path == "-" ? TextInput.ReadStream(io.OpenStdin(), "stdin", limits) : TextInput.ReadFile(path, limits);
                if (decoded.Warning is not null) io.Error.WriteLine($"warning: {decoded.Warning}");
                var doc = analyzer.Analyze(decoded.Text, id: path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path), language);
                InputWarnings.Write(io, path == "-" ? "stdin" : path, doc, limits);
                if (stdout is not null) JsonAnalysisWriter.Write(doc, stdout);
                else ConlluWriter.Write(doc, io.Output);
            }
            catch (WartaException e) when (ErrorCodes.IsInputError(e.Code))
            {
                ExitCodes.Report(io, e);
                failed++;
            }
            catch (WartaException e)
            {
                return ExitCodes.Report(io, e);
            }
        }
        io.Output.Flush();
        return failed > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Ok;
    }

    /// <summary>JSON is written as UTF-8 bytes; on a captured writer (tests) it goes through the writer instead.</summary>
    private static Stream OpenStdout(CliIo io) => new TextWriterStream(io.Output);
}
