using System.CommandLine;
using Warta.Coding;
using Warta.Errors;
using Warta.Input;
using Warta.Output.Events;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta code [PATH|-]... [--format jsonl|csv|gdelt|plover|table] [--lang id|en|auto] [--published YYYY-MM-DD]
/// [--all] [--dict DIR]... [--data DIR] [--output FILE]</c>: codes news into events.
/// </summary>
internal static class CodeCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Articles: .txt (one article; id = file name), .jsonl (one {id, text, published?, lang?, title?, url?, source?} " +
                          "per line), a folder (every .txt and .jsonl in it) or '-' (standard input); nothing reads standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string?>("--format")
        {
            Description = "Output: jsonl (the event contract), csv, gdelt (GDELT 2.0 event rows), plover (PLOVER JSON lines) " +
                          "or table; default: table on a terminal, jsonl otherwise",
        };
        format.AcceptOnlyFromAmong([.. EventFormats.All]);
        var lang = CommonOptions.Lang("Language of documents that do not say: id, en or auto (default: identified per document)");
        var published = CommonOptions.Published();
        var all = new Option<bool>("--all")
        {
            Description = "Write every event, negated, hypothetical and intended ones too (see the modality field); default: asserted events only",
        };
        var dict = CommonOptions.Dictionaries();
        var data = CommonOptions.Data();
        var output = new Option<string?>("--output", "-o") { Description = "Write events to FILE instead of standard output" };
        var limits = LimitOptions.ForText();
        var parseOption = CommonOptions.Parse();

        var command = new Command("code", "Code news articles into political events (CAMEO, PLOVER)")
        {
            paths, format, lang, published, all, dict, data, output, parseOption,
        };
        limits.AddTo(command);
        command.SetAction(parse =>
        {
            var outputPath = parse.GetValue(output);
            var chosenFormat = parse.GetValue(format)
                ?? (outputPath is null && io.OutputIsTerminal ? EventFormats.Table : EventFormats.JsonLines);
            var defaults = new InputDefaults(CommonOptions.ToDate(parse.GetValue(published)), CommonOptions.ToLanguage(parse.GetValue(lang)));
            return Run(io, parse.GetValue(paths) ?? [], chosenFormat, defaults, limits.Read(parse), parse.GetValue(all),
                parse.GetValue(dict) ?? [], parse.GetValue(data), outputPath, parse.GetValue(parseOption));
        });
        return command;
    }

    private static int Run(CliIo io, string[] paths, string format, InputDefaults defaults, InputLimits limits, bool all,
        string[] dictionaries, string? dataPath, string? outputPath, bool parseSentences)
    {
        EventCoder coder;
        try { coder = EventCoder.Load(dataPath, dictionaries, limits.MaxSentenceChars, parseSentences); }
        catch (WartaException e) { return ExitCodes.Report(io, e); }

        if (paths.Length == 0) paths = [DocumentReader.StdinName];
        if (outputPath is not null && OutputFile.Conflict(outputPath, paths, DocumentReader.IsDocumentFile) is { } conflict)
        {
            io.Error.WriteLine($"error: {conflict.Message}");
            return ExitCodes.Usage;
        }
        var inputs = RunIds.AdmitAll(new DocumentReader(defaults, io.OpenStdin, limits, InputWarnings.Warn(io)).Read(paths),
            repeated: input => io.Error.WriteLine($"warning: {input.Origin}: the same document as one read before (id '{input.Document!.Id}'); coded once"));

        OutputFile? file = null;
        try { file = outputPath is null ? null : OutputFile.Create(outputPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: {outputPath}: cannot write the output ({e.Message})");
            return ExitCodes.Usage;
        }

        int failed = 0;
        using (file)
        {
            var stream = file?.Stream ?? new BufferedStream(new TextWriterStream(io.Output), 1 << 16);
            var writer = EventFormats.Create(format, stream, DateTime.UtcNow);
            foreach (var outcome in BatchCoder.CodeAll(coder, inputs))
            {
                InputWarnings.Write(io, outcome.Input);
                if (outcome.Coded is not { } coded)
                {
                    io.Error.WriteLine($"error: {outcome.Error}");
                    failed++;
                    continue;
                }
                InputWarnings.Write(io, outcome.Input.Origin, coded.Analysis, limits);
                writer.Write(coded.Input, all ? coded.Events : coded.Asserted.ToList());
            }
            writer.Complete();
            stream.Flush();
            try { file?.Commit(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                io.Error.WriteLine($"error: {outputPath}: cannot put the output in place ({e.Message})");
                return ExitCodes.Usage;
            }
        }
        io.Output.Flush();
        return failed > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Ok;
    }
}
