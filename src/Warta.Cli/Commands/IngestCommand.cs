using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Warta.Coding;
using Warta.Errors;
using Warta.Input;
using Warta.Store;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta ingest PATH... [--db FILE] [--lang id|en|auto] [--published YYYY-MM-DD] [--dict DIR]... [--data DIR]</c>:
/// codes documents into the store. A document whose content is stored already is skipped before coding, so running
/// it twice adds nothing; the rest are coded in parallel and saved <see cref="StoreBatches.Size"/> per transaction.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliIo io, DocumentSource? source = null)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Articles: .txt, .jsonl, .html, RSS/Atom feeds (.rss, .atom, .xml), http(s) addresses of pages or feeds, folders of them, or '-' (standard input)",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = StoreOptions.Database("(created when missing)");
        var lang = CommonOptions.Lang("Language of documents that do not say: id, en or auto (default: identified per document)");
        var published = CommonOptions.Published();
        var dict = CommonOptions.Dictionaries();
        var data = CommonOptions.Data();
        var limits = LimitOptions.ForTextAndHtml();
        var command = new Command("ingest", "Code articles and keep them with their events in the store (skips what is stored)")
        {
            paths, db, lang, published, dict, data,
        };
        limits.AddTo(command);
        command.SetAction(parse =>
        {
            var defaults = new InputDefaults(CommonOptions.ToDate(parse.GetValue(published)), CommonOptions.ToLanguage(parse.GetValue(lang)));
            return Run(io, source ?? DocumentSources.Files(io), parse.GetValue(paths) ?? [], defaults, limits.Read(parse), parse.GetValue(db)!,
                parse.GetValue(dict) ?? [], parse.GetValue(data));
        });
        return command;
    }

    private static int Run(CliIo io, DocumentSource source, string[] paths, InputDefaults defaults, InputLimits limits, string dbPath,
        string[] dictionaries, string? dataPath)
    {
        var clock = Stopwatch.StartNew();
        EventCoder coder;
        try { coder = EventCoder.Load(dataPath, dictionaries, limits.MaxSentenceChars); }
        catch (WartaException e) { return ExitCodes.Report(io, e); }
        var store = StoreOptions.Open(io, dbPath, out int exitCode);
        if (store is null) return exitCode;

        int alreadyStored = 0, failed = 0;
        var progress = new IngestProgress(io, "ingest");
        var batches = new StoreBatches(store, saved => progress.Report(saved.Saved + alreadyStored + failed, saved.Events));
        var exit = StoreBatches.Run(io, store, progress, () =>
        {
            // Runs under PLINQ's lock on the source, one document at a time.
            var fresh = source(paths, defaults, limits).Where(input =>
            {
                if (input.Document is null
                    || !store.ContainsAsync(ContentHash.Of(input.Document.Text)).GetAwaiter().GetResult()) return true;
                Interlocked.Increment(ref alreadyStored);
                return false;
            });

            // A store replaces a document whose id it holds (that is how a page is updated), so two different texts
            // under one id in one run (x.txt in two folders) would keep only one: the later is refused, by name.
            var hashByIdOfRun = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var outcome in BatchCoder.CodeAll(coder, fresh))
            {
                if (outcome.Input.Warnings.Count > 0 || outcome.Coded is { Analysis.LongSentencesSplit: > 0 }) progress.Break();
                InputWarnings.Write(io, outcome.Input);
                if (outcome.Coded is { } codedDocument) InputWarnings.Write(io, outcome.Input.Origin, codedDocument.Analysis, limits);
                string? error = outcome.Error;
                if (outcome.Coded is { Input: var document }
                    && ContentHash.Of(document.Text) is var hash && !hashByIdOfRun.TryAdd(document.Id, hash))
                {
                    if (hashByIdOfRun[document.Id] == hash)
                    {
                        Interlocked.Increment(ref alreadyStored); // the same file named twice
                        continue;
                    }
                    error = $"{outcome.Input.Origin}: another document of this run has the id '{document.Id}'; give one of them another id (or file name) to keep both";
                }
                if (error is not null)
                {
                    progress.Break();
                    io.Error.WriteLine($"error: {error}");
                    failed++;
                    continue;
                }
                batches.Add(outcome.Coded!);
            }
            batches.Flush();
        }, () => $"{batches.Added + batches.Replaced} documents were stored before it; run the same ingest again to add the rest");
        if (exit is { } code) return code;
        io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {batches.Added} added, {batches.Replaced} replaced, {alreadyStored + batches.Skipped} skipped (stored already), " +
            $"{failed} failed; {batches.Events} events; {clock.Elapsed.TotalSeconds:0.0} s ({dbPath})"));
        return failed > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Ok;
    }
}
