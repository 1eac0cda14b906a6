using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Warta.Coding;
using Warta.Errors;
using Warta.Store;
using Warta.Web;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta serve [--db FILE] [--urls URL] [--token T] [--data DIR] [--dict DIR]...</c>: the web app and JSON API.
/// Without a store (no <c>--db</c>) only coding text works; the store endpoints answer 503.
/// </summary>
internal static class ServeCommand
{
    /// <param name="openStore">Opens the event store at a path; null while this build has no store implementation.</param>
    public static Command Create(CliIo io, Func<string, IEventStore>? openStore)
    {
        var db = new Option<string?>("--db") { Description = "The event store file to query and ingest into" };
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen (default: {WebOptions.DefaultUrls}; keep it on 127.0.0.1 unless a proxy fronts it)",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var token = new Option<string?>("--token")
        {
            Description = "Bearer token that ingest (POST /api/documents) requires; default: $WARTA_TOKEN; none: writes are refused",
        };
        var dict = CommonOptions.Dictionaries();
        var data = CommonOptions.Data();
        var command = new Command("serve", "Serve the web app (Code, Explore, Dyad timeline, Network) and the JSON API")
        {
            db, urls, token, dict, data,
        };
        command.SetAction(parse => Run(io, openStore, parse.GetValue(db), parse.GetValue(urls)!,
            parse.GetValue(token) ?? Environment.GetEnvironmentVariable("WARTA_TOKEN"), parse.GetValue(dict) ?? [], parse.GetValue(data)));
        return command;
    }

    private static int Run(CliIo io, Func<string, IEventStore>? openStore, string? dbPath, string urls, string? token,
        string[] dictionaries, string? dataPath)
    {
        if (dbPath is not null && openStore is null)
        {
            io.Error.WriteLine("error: --db: this build of warta has no event store; serve runs without --db (Code page and API only)");
            return ExitCodes.Usage;
        }
        EventCoder coder;
        try { coder = EventCoder.Load(dataPath, dictionaries); }
        catch (WartaException e) { return ExitCodes.Report(io, e); }

        var store = dbPath is null ? null : openStore!(dbPath);
        try
        {
            var app = WartaWebHost.Build(new WebOptions { Urls = urls, Token = string.IsNullOrEmpty(token) ? null : token }, coder, store);
            app.Start();
            foreach (var url in app.Urls) io.Output.WriteLine($"warta: serving on {url} (store: {dbPath ?? "none"}; writes: {(token is null ? "off" : "token")}); Ctrl+C stops");
            io.Output.Flush();
            app.WaitForShutdown();
            return ExitCodes.Ok;
        }
        catch (IOException e)
        {
            io.Error.WriteLine($"error: cannot listen on {urls}: {e.Message}");
            return ExitCodes.Usage;
        }
        finally
        {
            store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
