using System.CommandLine;
using Warta.Cluster;
using Warta.Errors;
using Warta.Input;
using NATS.Net;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta enqueue PATH... --nats URL [--lang id|en|auto] [--published YYYY-MM-DD]</c>: reads documents as <c>code</c>
/// does and publishes each to the JetStream work queue for <c>warta worker</c> (docs/cluster.md).
/// </summary>
internal static class EnqueueCommand
{
    public static Command Create(CliIo io, DocumentSource? source = null)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Articles: .txt, .jsonl, folders of them, or '-' (standard input)",
            Arity = ArgumentArity.OneOrMore,
        };
        var nats = ClusterOptions.Nats();
        var lang = CommonOptions.Lang("Language of documents that do not say: id, en or auto (default: identified per document)");
        var published = CommonOptions.Published();
        var limits = LimitOptions.ForDocuments();
        var command = new Command("enqueue", "Publish articles to the cluster's work queue (NATS JetStream) for the workers")
        {
            paths, nats, lang, published,
        };
        limits.AddTo(command);
        command.SetAction(parse =>
        {
            var defaults = new InputDefaults(CommonOptions.ToDate(parse.GetValue(published)), CommonOptions.ToLanguage(parse.GetValue(lang)));
            return RunAsync(io, source ?? DocumentSources.Files(io), parse.GetValue(paths) ?? [], defaults, limits.Read(parse), parse.GetValue(nats)!)
                .GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> RunAsync(CliIo io, DocumentSource source, string[] paths, InputDefaults defaults, InputLimits limits,
        string url)
    {
        await using var client = await ClusterOptions.ConnectNatsAsync(io, url);
        if (client is null) return ExitCodes.DataMissing;
        var js = client.CreateJetStreamContext();
        await WorkQueue.EnsureStreamsAsync(js, CancellationToken.None);
        var enqueuer = new Enqueuer(js);
        int published = 0, duplicates = 0, failed = 0;
        foreach (var input in source(paths, defaults, limits))
        {
            InputWarnings.Write(io, input);
            if (input.Document is null)
            {
                io.Error.WriteLine($"error: {input.Error?.Message}");
                failed++;
                continue;
            }
            try
            {
                if (await enqueuer.EnqueueAsync(input.Document)) published++;
                else duplicates++;
            }
            catch (Exception e) when (e is NATS.Client.Core.NatsException or TimeoutException)
            {
                io.Output.WriteLine($"enqueue: {published} published, {duplicates} duplicates (queued already), {failed} failed ({url}) before it stopped");
                return ExitCodes.Report(io, new WartaException(ErrorCodes.QueuePublishFailed,
                    $"publishing document '{input.Document.Id}' to NATS at {url} failed ({e.Message.ReplaceLineEndings(" ")}); " +
                    "the documents before it are queued: run the same enqueue again to publish the rest", e));
            }
        }
        io.Output.WriteLine($"enqueue: {published} published, {duplicates} duplicates (queued already), {failed} failed ({url})");
        return failed > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Ok;
    }
}
