using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Warta.Ingest.Tests;

/// <summary>
/// A Kestrel server on 127.0.0.1 (a free port) serving the fixture pages and feeds, an error, a slow page, a large
/// page and a PDF, so fetching is tested over real HTTP without leaving the machine.
/// </summary>
public sealed class LocalNewsServer : IAsyncLifetime
{
    public const int LargePageBytes = 300_000;
    private WebApplication? app;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public Uri At(string path) => new(BaseUrl, path);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        app = builder.Build();

        app.MapGet("/id/artikel", () => Results.Content(Fixtures.Read("article-id.html"), "text/html; charset=utf-8"));
        app.MapGet("/en/story", () => Results.Content(Fixtures.Read("article-en.html"), "text/html"));
        app.MapGet("/old-address", () => Results.Redirect("/en/story"));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/index", () => Results.Content(Fixtures.Read("index-page.html"), "text/html"));
        app.MapGet("/latin1", () => Results.Bytes(Latin1Page(), "text/html; charset=iso-8859-1"));
        app.MapGet("/plain", () => Results.Text("Menteri bertemu di Jakarta.\n\nMereka membahas perdagangan.", "text/plain"));
        app.MapGet("/report.pdf", () => Results.Bytes("%PDF-1.4 not really"u8.ToArray(), "application/pdf"));
        app.MapGet("/large", () => Results.Content(LargePage(), "text/html"));
        app.MapGet("/large-chunked", WriteLargeChunked);
        app.MapGet("/slow", WaitUntilAborted);
        app.MapGet("/feed.rss", () => Results.Content(Feed(), "application/rss+xml"));
        app.MapGet("/feed-as-text-xml", () => Results.Content(Feed(), "text/xml"));
        app.MapGet("/feed-as-html", () => Results.Content(Feed(), "text/html"));
        app.MapGet("/catalog.xml", () => Results.Content(Fixtures.Read("not-a-feed.xml"), "application/xml"));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>An RSS feed whose items link to this server: two articles, a missing page and a PDF.</summary>
    private string Feed() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Local news</title><link>{BaseUrl}</link><description>test</description>
          <item><title>Perbatasan</title><link>{At("id/artikel")}</link><pubDate>Mon, 04 Mar 2024 08:00:00 +0700</pubDate><description>Ringkasan.</description></item>
          <item><title>Border talks</title><link>/en/story</link><description>Talks resume.</description></item>
          <item><title>Menteri bertemu nelayan di Natuna</title><link>{At("missing")}</link><pubDate>Fri, 08 Mar 2024 10:00:00 GMT</pubDate><description>Menteri Kelautan bertemu nelayan di Natuna untuk membahas kapal asing.</description></item>
          <item><title>Laporan tahunan</title><link>{At("report.pdf")}</link><description>Laporan tahunan kementerian.</description></item>
        </channel></rss>
        """;

    private static string LargePage() =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<p>Paragraf panjang tentang pertemuan para menteri.</p>", LargePageBytes / 50)) + "</body></html>";

    private static async Task WriteLargeChunked(HttpContext context)
    {
        context.Response.ContentType = "text/html";
        var chunk = Encoding.UTF8.GetBytes(new string('x', 10_000));
        for (int written = 0; written < LargePageBytes && !context.RequestAborted.IsCancellationRequested; written += chunk.Length)
            await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
    }

    private static async Task WaitUntilAborted(HttpContext context)
    {
        // Bounded either way: the client gives up after its timeout, and the server stops with the test class.
        try { await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted); }
        catch (OperationCanceledException) { }
    }

    private static byte[] Latin1Page()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Le ministre a rencontré son homologue au café du port pour parler de la pêche et des frontières.</p>", 3));
        return Encoding.Latin1.GetBytes($"<html lang='fr'><head><title>Café</title></head><body><article>{body}</article></body></html>");
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
