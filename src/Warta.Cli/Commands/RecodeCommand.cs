using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Warta.Coding;
using Warta.Errors;
using Warta.Input;
using Warta.Languages;
using Warta.Store;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta recode [--db FILE] [--dict DIR]... [--data DIR]</c>: codes every stored document again with the current
/// dictionaries and replaces its events, then says what changed: a line per changed document (events added, removed)
/// and a summary. Event ids are deterministic, so an event the new dictionaries still find keeps its id.
/// </summary>
internal static class RecodeCommand
{
    public static Command Create(CliIo io)
    {
        var db = StoreOptions.Database("to recode (it must exist)");
        var dict = CommonOptions.Dictionaries();
        var data = CommonOptions.Data();
        var command = new Command("recode", "Code every stored document again with the current dictionaries and report what changed")
        {
            db, dict, data,
        };
        command.SetAction(parse => Run(io, parse.GetValue(db)!, parse.GetValue(dict) ?? [], parse.GetValue(data)));
        return command;
    }

    private static int Run(CliIo io, string dbPath, string[] dictionaries, string? dataPath)
    {
        var clock = Stopwatch.StartNew();
        EventCoder coder;
        try { coder = EventCoder.Load(dataPath, dictionaries); }
        catch (WartaException e) { return ExitCodes.Report(io, e); }
        var store = StoreOptions.OpenExisting(io, dbPath, out int exitCode);
        if (store is null) return exitCode;

        int documents = 0, changedDocuments = 0, added = 0, removed = 0, unchanged = 0, failed = 0;
        var progress = new IngestProgress(io, "recode");
        var batches = new StoreBatches(store, _ => progress.Report(documents, added + unchanged));
        var exit = StoreBatches.Run(io, store, progress, () =>
        {
            var inputs = store.DocumentsAsync().ToBlockingEnumerable().Select(ToInput).ToList();
            foreach (var outcome in BatchCoder.CodeAll(coder, inputs))
            {
                documents++;
                if (outcome.Coded is not { } coded)
                {
                    progress.Break();
                    io.Error.WriteLine($"error: {outcome.Error}");
                    failed++;
                    continue;
                }
                var before = store.EventsOfDocumentAsync(coded.Input.Id).GetAwaiter().GetResult().Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                var after = coded.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                int kept = after.Count(before.Contains);
                int gained = after.Count - kept, lost = before.Count - kept;
                (added, removed, unchanged) = (added + gained, removed + lost, unchanged + kept);
                if (gained + lost > 0)
                {
                    changedDocuments++;
                    progress.Break();
                    io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{coded.Input.Id}: +{gained} -{lost} events"));
                }
                batches.Add(coded);
            }
            batches.Flush();
        }, () => "the documents of earlier batches were recoded (each batch is one transaction); run recode again to finish");
        if (exit is { } code) return code;
        io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recode: {documents} documents, {changedDocuments} changed, {failed} failed; events {added} added, {removed} removed, " +
            $"{unchanged} unchanged; {clock.Elapsed.TotalSeconds:0.0} s ({dbPath})"));
        return failed > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Ok;
    }

    private static InputDocument ToInput(StoredDocument d) =>
        InputDocument.Ok(d.Id, new NewsDocument(d.Id, d.Text, d.Published,
            LanguageCodes.TryParse(d.Language, out var language) ? language : null, d.Title, d.Url, d.Source));
}
