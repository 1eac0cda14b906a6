using Microsoft.Playwright;

namespace Warta.Web.Tests;

/// <summary>The app over a filled DuckDB store (<see cref="StoreServerFixture"/>) and Debian's Chromium, headless.</summary>
public sealed class StoreBrowserFixture : IAsyncLifetime
{
    private readonly StoreServerFixture _store = new();
    private HeadlessChromium? _chromium;

    public WebServer Server => _store.Server;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        _chromium = await HeadlessChromium.LaunchAsync();
        Browser = _chromium.Browser;
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        await _store.DisposeAsync();
    }
}

public sealed class StoreBrowserTests(StoreBrowserFixture fixture) : IClassFixture<StoreBrowserFixture>
{
    private async Task<IPage> OpenAsync(string route)
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            AcceptDownloads = true,
        });
        await page.GotoAsync(new Uri(fixture.Server.Address, "/" + route).ToString());
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(TestPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Screenshots, name), FullPage = true });
    }

    /// <summary>Pixels of the chart canvas that something was drawn on (not fully transparent).</summary>
    private static Task<int> DrawnPixelsAsync(IPage page) => page.EvaluateAsync<int>("""
        () => {
          const c = document.getElementById('dyad-chart');
          const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++;
          return n;
        }
        """);

    private static async Task WaitForChartAsync(IPage page)
    {
        await page.WaitForSelectorAsync("text=Click a bar to list them");
        // Chart.js draws in the frame after the chart is made; wait until the canvas has pixels.
        await page.WaitForFunctionAsync("""
            () => { const c = document.getElementById('dyad-chart');
                    return c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v !== 0); }
            """);
    }

    private static Task<IReadOnlyList<string>> TableRowsAsync(IPage page) =>
        page.Locator("#explore-table table.events tbody tr").AllTextContentsAsync();

    [Fact]
    public async Task The_kazakhstan_russia_timeline_draws_a_chart_of_its_events()
    {
        var page = await OpenAsync("#/timeline?a=KAZ&b=RUS");
        await WaitForChartAsync(page);

        var status = await page.Locator("text=Click a bar to list them").TextContentAsync();
        var events = int.Parse(status!.Split(' ')[0]);
        Assert.True(events >= 4, status);
        Assert.True(await DrawnPixelsAsync(page) > 1000, "the bars, axes and line are drawn");

        await ScreenshotAsync(page, "dyad.png");
    }

    [Fact]
    public async Task An_explore_filter_changes_the_table_and_the_csv_export_holds_the_filtered_rows()
    {
        var page = await OpenAsync("#/explore");
        await page.WaitForSelectorAsync("#explore-table table.events tbody tr");
        var before = await TableRowsAsync(page);

        await page.FillAsync("input[name=dyad]", "KAZ,RUS");
        await page.FillAsync("input[name=root]", "05");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForFunctionAsync("""
            n => { const rows = document.querySelectorAll('#explore-table table.events tbody tr').length; return rows > 0 && rows !== n; }
            """, before.Count);

        var after = await TableRowsAsync(page);
        Assert.NotEmpty(after);
        Assert.True(after.Count < before.Count, $"{after.Count} rows after the filter, {before.Count} before");
        var cameos = await page.Locator("#explore-table table.events tbody tr td:nth-child(3)").AllTextContentsAsync();
        Assert.All(cameos, cameo => Assert.StartsWith("05", cameo));
        await ScreenshotAsync(page, "explore.png");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("p.exports a:text-is('CSV')"));
        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path)).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("id,schema,doc,lang,", lines[0]);
        Assert.Equal(after.Count, lines.Count - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",05", l));
    }

    [Fact]
    public async Task The_network_draws_countries_and_clicking_the_kazakhstan_russia_edge_opens_its_timeline()
    {
        var page = await OpenAsync("#/network");
        await page.WaitForSelectorAsync("svg.network g.node");

        var nodes = await page.Locator("svg.network g.node text").AllTextContentsAsync();
        Assert.Contains("KAZ", nodes);
        Assert.Contains("RUS", nodes);
        await ScreenshotAsync(page, "network.png");

        // A horizontal or vertical line has an empty bounding box, which Playwright calls invisible: click its middle as a user would.
        var edge = page.Locator("svg.network line.edge[aria-label^='KAZ–RUS'], svg.network line.edge[aria-label^='RUS–KAZ']").First;
        var middle = await edge.EvaluateAsync<double[]>("""
            line => { line.scrollIntoView({ block: 'center' });
                      const p = line.ownerSVGElement.createSVGPoint();
                      p.x = (line.x1.baseVal.value + line.x2.baseVal.value) / 2; p.y = (line.y1.baseVal.value + line.y2.baseVal.value) / 2;
                      const q = p.matrixTransform(line.getScreenCTM()); return [q.x, q.y]; }
            """);
        await page.Mouse.ClickAsync((float)middle[0], (float)middle[1]);

        await page.WaitForFunctionAsync("() => location.hash.startsWith('#/timeline?')");
        Assert.Contains("KAZ", page.Url);
        Assert.Contains("RUS", page.Url);
        await WaitForChartAsync(page);
        Assert.True(await DrawnPixelsAsync(page) > 1000);
    }

    [Fact]
    public async Task An_article_link_in_explore_opens_the_stored_article_with_its_events_marked()
    {
        var page = await OpenAsync("#/explore");
        await page.FillAsync("input[name=outlet]", "antaranews");
        await page.ClickAsync("form.filters button[type=submit]");
        // The unfiltered table is on the page until the filtered one replaces it: wait for that, not just for a link.
        await page.WaitForFunctionAsync("""
            () => { const rows = [...document.querySelectorAll('#explore-table tbody tr')];
                    return rows.length > 0 && rows.every(r => r.textContent.includes('antaranews')); }
            """);

        await page.Locator("#explore-table td.sentence a").First.ClickAsync();
        await page.WaitForSelectorAsync(".article");

        Assert.Equal("Rusia memanggil duta besar Kazakhstan", await page.Locator("h1").TextContentAsync());
        Assert.Contains("antaranews", await page.Locator("p.meta").TextContentAsync());
        var rows = await page.Locator("table.events tbody tr").CountAsync();
        Assert.True(rows >= 2, $"{rows} event rows");
        Assert.True(await page.Locator("mark[data-trigger-of]").CountAsync() >= 2);
    }

    [Fact]
    public async Task Clicking_a_bar_of_the_timeline_lists_that_periods_events_with_their_sentences()
    {
        var page = await OpenAsync("#/timeline?a=KAZ&b=RUS");
        await WaitForChartAsync(page);
        // Chart.js keeps its bars in the canvas only: find a pixel of the verbal-conflict colour, from the bottom up so
        // that it is a bar and not the legend's swatch, and click it.
        var bar = await page.EvaluateAsync<double[]?>("""
            () => { const c = document.getElementById('dyad-chart'), r = c.getBoundingClientRect();
                    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                    for (let i = d.length - 4; i >= 0; i -= 4)
                      if (d[i] === 240 && d[i + 1] === 178 && d[i + 2] === 122 && d[i + 3] === 255) {
                        const p = i / 4, x = p % c.width, y = Math.floor(p / c.width);
                        return [r.left + (x - 4) * r.width / c.width, r.top + (y - 4) * r.height / c.height]; }
                    return null; }
            """);
        Assert.NotNull(bar);

        await page.Mouse.ClickAsync((float)bar[0], (float)bar[1]);
        await page.WaitForSelectorAsync("#dyad-events ul.event-list li");

        var heading = await page.Locator("#dyad-events h2").TextContentAsync();
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}: [1-9]\d* events$", heading);
        var items = await page.Locator("#dyad-events li").AllTextContentsAsync();
        Assert.All(items, item => Assert.Contains("KAZ", item));
        Assert.All(items, item => Assert.Contains("RUS", item));
        Assert.True(await page.Locator("#dyad-events li a[href^='#/article/']").CountAsync() == items.Count);
    }
}
