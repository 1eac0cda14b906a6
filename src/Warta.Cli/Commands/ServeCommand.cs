using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Warta.Coding;
using Warta.Errors;
using Warta.Store;
using Warta.Store.DuckDb;
using Warta.Web;
using Warta.Web.Security;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta serve [--db FILE | --postgres CONNSTR] [--urls URL] [--token T] [--cors-origin O]... [limits] [--data DIR]
/// [--dict DIR]...</c>: the web app and JSON API. Without <c>--db</c> or <c>--postgres</c> it opens <c>warta.duckdb</c> when the current folder has
/// one; with no store at all only coding text works and the store endpoints answer 503. Its security settings and their
/// defaults are in docs/security.md.
/// </summary>
internal static class ServeCommand
{
    /// <param name="openStore">Opens the event store at a path; null while this build has no store implementation.</param>
    public static Command Create(CliIo io, Func<string, IEventStore>? openStore)
    {
        var db = new Option<string?>("--db")
        {
            Description = $"The event store file to query and ingest into; default: {DuckDbEventStore.DefaultFile} when the current folder has one, else no store",
        };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "Serve the cluster's PostgreSQL store (a connection string) instead of a DuckDB file",
        };
        var web = new ServeOptions();
        var dict = CommonOptions.Dictionaries();
        var data = CommonOptions.Data();
        var command = new Command("serve", "Serve the web app (Code, Explore, Dyad timeline, Network) and the JSON API")
        {
            db, postgres, dict, data,
        };
        web.AddTo(command);
        command.SetAction(parse =>
        {
            var connectionString = parse.GetValue(postgres);
            if (connectionString is not null && parse.GetValue(db) is not null)
            {
                io.Error.WriteLine("error: give --db or --postgres, not both");
                return ExitCodes.Usage;
            }
            var (open, location) = connectionString is null
                ? (openStore, StorePath(parse.GetValue(db), Environment.CurrentDirectory, openStore is not null))
                : (OpenPostgres, connectionString);
            return Run(io, open, location, connectionString is null ? location : "postgres", web.Read(parse), parse.GetValue(dict) ?? [],
                parse.GetValue(data));
        });
        return command;
    }

    /// <summary>
    /// The store file to serve: the one given, else the default file when <paramref name="folder"/> holds it (and a store
    /// can be opened), else none. The default is only opened when it exists, so <c>serve</c> never creates an empty store.
    /// </summary>
    internal static string? StorePath(string? given, string folder, bool canOpenStores)
    {
        if (given is not null) return given;
        var fallback = Path.Combine(folder, DuckDbEventStore.DefaultFile);
        return canOpenStores && File.Exists(fallback) ? fallback : null;
    }

    /// <summary>Opens the PostgreSQL store (migrating its schema) for <c>--postgres</c>.</summary>
    private static IEventStore OpenPostgres(string connectionString) =>
        Store.Postgres.PostgresEventStore.OpenAsync(connectionString).GetAwaiter().GetResult();

    /// <param name="storeName">What the start-up line calls the store (the file, or "postgres": never the connection string and its password).</param>
    private static int Run(CliIo io, Func<string, IEventStore>? openStore, string? dbPath, string? storeName, WebOptions options,
        string[] dictionaries, string? dataPath)
    {
        try { options.Validate(); }
        catch (WartaException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        if (dbPath is not null && openStore is null)
        {
            io.Error.WriteLine("error: --db: this build of warta has no event store; serve runs without --db (Code page and API only)");
            return ExitCodes.Usage;
        }
        EventCoder coder;
        try { coder = EventCoder.Load(dataPath, dictionaries); }
        catch (WartaException e) { return ExitCodes.Report(io, e); }

        IEventStore? store;
        try { store = dbPath is null ? null : openStore!(dbPath); }
        catch (WartaException e) { return ExitCodes.Report(io, e); }
        try
        {
            var app = WartaWebHost.Build(options, coder, store);
            foreach (var warning in ListenAddresses.Warnings(options.Urls, options.Token is not null)) io.Error.WriteLine(warning);
            app.Start();
            foreach (var url in app.Urls)
                io.Output.WriteLine($"warta: serving on {url} (store: {storeName ?? "none"}; writes: {(options.Token is null ? "off" : "token")}); Ctrl+C stops");
            io.Output.Flush();
            app.WaitForShutdown();
            return ExitCodes.Ok;
        }
        catch (IOException e)
        {
            io.Error.WriteLine($"error: {ErrorCodes.ServerCannotListen}: cannot listen on {options.Urls}: {e.Message}");
            return ExitCodes.Usage;
        }
        finally
        {
            store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
