using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Warta.Store.DuckDb;

namespace Warta.Web.Tests;

/// <summary>Markup a hostile article may carry; each would set <c>window.__xss</c> if a page ever ran it.</summary>
internal static class Payloads
{
    public const string Script = "<script>window.__xss=1</script>";
    public const string Image = "<img src=x onerror=\"window.__xss=1\">";
    public const string Svg = "\"><svg onload=\"window.__xss=1\">";
    public static readonly string[] All = [Script, Image, Svg];

    public const string Title = "Rusia dan Jepang " + Script + Image + Svg;
    public const string Outlet = "kabar" + Image + Svg + Script;

    public const string Text =
        "Rusia mengusir dua diplomat Jepang pada Senin " + Script + ". " +
        "Jepang mengkritik Rusia atas pengusiran itu " + Image + ". " +
        "Kementerian Luar Negeri Rusia memanggil duta besar Jepang " + Svg + " di Moskow.";

    /// <summary>
    /// Counts Content-Security-Policy violations: markup let into a page would be blocked by the policy and counted
    /// here, so a test sees an escaping bug even though the policy kept it from running.
    /// </summary>
    public const string ViolationCounter =
        "window.__violations = 0; document.addEventListener('securitypolicyviolation', () => window.__violations++);";

    /// <summary>Nothing ran, nothing was blocked, and no element a payload would make is in the page's content.</summary>
    public static async Task AssertNothingInjectedAsync(IPage page)
    {
        await FetchQuiet.WaitAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), "a payload ran");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__violations"));
        Assert.Equal(0, await page.Locator("#page script, #page img, #page iframe, #page [onload], #page [onerror]").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
    }
}

/// <summary>A server over an empty store into which the fixture ingests one hostile article through the API, and Chromium.</summary>
public sealed class HostileStoreFixture : IAsyncLifetime
{
    public const string Token = "hostile-test-token";
    public const string ArticleId = "hostile-1";
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-web-hostile-").FullName;
    private DuckDbEventStore? _store;
    private HeadlessChromium? _chromium;

    public WebServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public HttpStatusCode IngestStatus { get; private set; }

    public async Task InitializeAsync()
    {
        _store = DuckDbEventStore.Open(Path.Combine(_folder, "hostile.duckdb"));
        Server = await WebServer.StartAsync(Token, _store);
        var ingest = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new
            {
                id = ArticleId, text = Payloads.Text, lang = "id", published = "2024-03-12", title = Payloads.Title,
                source = Payloads.Outlet, url = "javascript:window.__xss=1",
            }),
        };
        ingest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        IngestStatus = (await Server.Client.SendAsync(ingest)).StatusCode;

        _chromium = await HeadlessChromium.LaunchAsync();
        Browser = _chromium.Browser;
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        await Server.DisposeAsync();
        if (_store is not null) await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>
/// Every page that shows a stored article's words shows the hostile markup as text, and none of it runs (the Code
/// page's test is in <see cref="BrowserTests"/>).
/// </summary>
public sealed class HostileArticleBrowserTests(HostileStoreFixture fixture) : IClassFixture<HostileStoreFixture>
{
    private async Task<IPage> OpenAsync(string route)
    {
        Assert.Equal(HttpStatusCode.OK, fixture.IngestStatus);
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await page.AddInitScriptAsync(Payloads.ViolationCounter);
        await FetchQuiet.TrackAsync(page);
        await page.GotoAsync(new Uri(fixture.Server.Address, "/" + route).ToString());
        return page;
    }

    [Fact]
    public async Task The_article_view_shows_title_outlet_and_text_literally()
    {
        var page = await OpenAsync($"#/article/{HostileStoreFixture.ArticleId}");
        await page.WaitForSelectorAsync(".article");

        Assert.Equal(Payloads.Title, await page.Locator("h1").TextContentAsync());
        Assert.Contains(Payloads.Outlet, await page.Locator("p.meta").TextContentAsync());
        var text = await page.Locator(".article-text").TextContentAsync();
        Assert.All(Payloads.All, payload => Assert.Contains(payload, text));
        Assert.True(await page.Locator("table.events tbody tr").CountAsync() > 0, "the article has events");
        await Payloads.AssertNothingInjectedAsync(page);
    }

    [Fact]
    public async Task The_explore_table_shows_sentences_title_and_outlet_literally()
    {
        var page = await OpenAsync("#/explore");
        await page.WaitForSelectorAsync("#explore-table table.events tbody tr");

        var rows = string.Concat(await page.Locator("#explore-table tbody tr").AllTextContentsAsync());
        Assert.All(Payloads.All, payload => Assert.Contains(payload, rows));
        Assert.Contains(Payloads.Title, await page.Locator("#explore-table a.article-link").First.TextContentAsync());
        Assert.Contains(Payloads.Outlet, rows);
        await Payloads.AssertNothingInjectedAsync(page);
    }

    [Fact]
    public async Task The_timeline_event_list_shows_sentences_and_title_literally()
    {
        var page = await OpenAsync("#/timeline?a=RUS&b=JPN");
        await page.WaitForSelectorAsync("text=Click a bar to list them");
        // A period with events: its column is a focusable, clickable rect.
        await page.Locator("#dyad-chart rect.period:not([aria-label*=': 0 events'])").First.ClickAsync();
        await page.WaitForSelectorAsync("#dyad-events ul.event-list li");

        var items = string.Concat(await page.Locator("#dyad-events li").AllTextContentsAsync());
        Assert.Contains(Payloads.Title, items);
        Assert.Contains(Payloads.Outlet, items);
        Assert.Contains(Payloads.All, payload => items.Contains(payload, StringComparison.Ordinal));
        await Payloads.AssertNothingInjectedAsync(page);
    }

    [Fact]
    public async Task The_network_labels_its_countries_and_runs_nothing()
    {
        var page = await OpenAsync("#/network");
        await page.WaitForSelectorAsync("svg.network g.node text");

        var labels = await page.Locator("svg.network g.node text").AllTextContentsAsync();
        Assert.Contains("RUS", labels);
        Assert.Contains("JPN", labels);
        await Payloads.AssertNothingInjectedAsync(page);
    }
}
