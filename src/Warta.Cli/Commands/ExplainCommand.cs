using System.CommandLine;
using Warta.Coding;
using Warta.Errors;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta explain "SENTENCE" [--lang id|en] [--published YYYY-MM-DD] [--dict DIR]... [--data DIR] [--parse]</c>: shows every
/// decision the coder makes on a text: tokens and tags, mentions, dates, clauses, the rule that fired and the ones that did not.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliIo io)
    {
        var text = new Argument<string>("text") { Description = "The sentence or short text to explain ('-' reads standard input)" };
        var lang = CommonOptions.Lang("Language of the text: id, en or auto (default: identified)");
        var published = CommonOptions.Published();
        var dict = CommonOptions.Dictionaries();
        var data = CommonOptions.Data();
        var parseOption = CommonOptions.Parse();
        var limits = LimitOptions.ForText();
        var command = new Command("explain", "Show how a sentence is coded: tokens, tags, actors, clauses, rules and events")
        {
            text, lang, published, dict, data, parseOption,
        };
        limits.AddTo(command);
        command.SetAction(parse => Run(io, parse.GetValue(text)!, CommonOptions.ToLanguage(parse.GetValue(lang)),
            CommonOptions.ToDate(parse.GetValue(published)), parse.GetValue(dict) ?? [], parse.GetValue(data), limits.Read(parse), parse.GetValue(parseOption)));
        return command;
    }

    private static int Run(CliIo io, string text, Languages.Language? language, DateOnly? published, string[] dictionaries, string? dataPath,
        Input.InputLimits limits, bool parseSentences)
    {
        try
        {
            if (text == "-") text = Input.TextInput.ReadStream(io.OpenStdin(), "<stdin>", limits).Text;
            else limits.CheckDocument(text, "the text to explain");
            var coder = EventCoder.Load(dataPath, dictionaries, limits.MaxSentenceChars, parseSentences);
            new Explainer(coder).Explain(new NewsDocument("explain", text, published, language), io.Output);
            io.Output.Flush();
            return ExitCodes.Ok;
        }
        catch (WartaException e) { return ExitCodes.Report(io, e); }
    }
}
