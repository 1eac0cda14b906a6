using System.Text.Json;
using Microsoft.Playwright;
using Warta.Store;

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

/// <summary>
/// Every explorer page at a desktop (1400×900) and a phone (390×844) size: what each shows, that its state is in the
/// address, and that no page is wider than the screen. They save the screenshots of docs/web.md.
/// </summary>
public sealed class StoreBrowserTests(StoreBrowserFixture fixture) : IClassFixture<StoreBrowserFixture>, IAsyncLifetime
{
    public const string Desktop = "desktop", Phone = "phone";

    /// <summary>The pages this test opened, closed when it ends, so the shared Chromium does not pile up pages.</summary>
    private readonly List<IPage> _pages = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in _pages.Where(p => !p.IsClosed)) await page.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string route, string viewport = Desktop, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = viewport == Phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1400, Height = 900 },
            IsMobile = viewport == Phone,
            HasTouch = viewport == Phone,
            AcceptDownloads = true,
            ColorScheme = scheme,
        });
        _pages.Add(page);
        await FetchQuiet.TrackAsync(page);
        await page.GotoAsync(new Uri(fixture.Server.Address, "/" + route).ToString());
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name, string viewport = Desktop)
    {
        Directory.CreateDirectory(TestPaths.Screenshots);
        var file = viewport == Phone ? name.Replace(".png", "-phone.png", StringComparison.Ordinal) : name;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Screenshots, file), FullPage = true });
    }

    /// <summary>No page scrolls sideways: the document is no wider than the viewport.</summary>
    private static async Task AssertFitsTheScreenAsync(IPage page)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scroll, width) = (sizes[0], sizes[1]);
        Assert.True(scroll <= width, $"{page.Url}: the page is {scroll} px wide in a {width} px viewport");
    }

    private async Task<JsonElement> ApiAsync(string path) =>
        JsonDocument.Parse(await fixture.Server.Client.GetStringAsync(path)).RootElement;

    /// <summary>The first and last date of the KAZ–RUS events, from the events API.</summary>
    private async Task<(DateOnly First, DateOnly Last)> DyadSpanAsync()
    {
        var items = (await ApiAsync("/api/events?dyad=KAZ,RUS&page_size=500")).GetProperty("items").EnumerateArray()
            .Select(i => DateOnly.Parse(i.GetProperty("event").GetProperty("date").GetString()!)).ToList();
        return (items.Min(), items.Max());
    }

    private static List<DateOnly> PeriodsBetween(DateOnly first, DateOnly last, TimelineInterval interval)
    {
        var periods = new List<DateOnly>();
        for (var p = TimelineIntervals.Start(first, interval); p <= last; p = TimelineIntervals.Next(p, interval)) periods.Add(p);
        return periods;
    }

    private static Task<IReadOnlyList<string>> TableRowsAsync(IPage page) =>
        page.Locator("#explore-table table.events tbody tr").AllTextContentsAsync();

    /// <summary>Waits until the hash is <paramref name="predicate"/>-true and the table below has rendered for it.</summary>
    private static async Task WaitForRowsAsync(IPage page, string rowCheck = "true")
    {
        await page.WaitForFunctionAsync($$"""
            () => { const rows = [...document.querySelectorAll('#explore-table tbody tr')];
                    return rows.length > 0 && rows.every(r => { return {{rowCheck}}; }); }
            """);
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task The_timeline_draws_every_period_on_a_date_axis_with_the_goldstein_line_above_the_bars_and_a_tooltip(string viewport)
    {
        var page = await OpenAsync("#/timeline?a=KAZ&b=RUS", viewport);
        await page.WaitForSelectorAsync("#dyad-chart rect.period");
        var api = await ApiAsync("/api/dyads/KAZ/RUS/timeline");
        var points = api.GetProperty("points").EnumerateArray().ToList();

        // Every period from the first event to the last, quiet ones as zero, at the interval the rule picks for the span.
        var (first, last) = await DyadSpanAsync();
        var interval = TimelineIntervals.Pick(first, last);
        Assert.Equal(TimelineIntervals.Name(interval), api.GetProperty("interval").GetString());
        Assert.Equal(PeriodsBetween(first, last, interval), points.Select(p => DateOnly.Parse(p.GetProperty("period").GetString()!)));
        Assert.Contains(points, p => p.GetProperty("events").GetInt32() == 0);
        Assert.Equal(points.Count, await page.Locator("#dyad-chart rect.period").CountAsync());
        Assert.Equal(1, await page.Locator("#dyad-chart line.zero-line").CountAsync());
        // Drawn after the bars, so above them; bars carry a pattern as well as a colour.
        Assert.True(await page.EvaluateAsync<bool>("""
            () => { const bars = document.querySelector('#dyad-chart g.bars'), line = document.querySelector('#dyad-chart path.goldstein-line');
                    return !!(bars.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING); }
            """));
        var fills = await page.Locator("#dyad-chart rect.bar").EvaluateAllAsync<string[]>("bars => bars.map(b => b.getAttribute('fill'))");
        Assert.NotEmpty(fills);
        Assert.All(fills, f => Assert.Matches(@"^url\(#quad-pattern-[1-4]\)$", f));
        Assert.Equal(4 + 1, await page.Locator(".quad-legend .legend-item").CountAsync());

        var busy = page.Locator("#dyad-chart rect.period:not([aria-label*=': 0 events'])").First;
        await busy.HoverAsync();
        var tooltip = await page.Locator("#dyad-tooltip").TextContentAsync();
        foreach (var series in new[] { "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict", "Goldstein sum" })
            Assert.Contains(series, tooltip);
        await AssertFitsTheScreenAsync(page);
        await ScreenshotAsync(page, "dyad.png", viewport);
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task The_timeline_brush_zooms_in_the_interval_can_be_chosen_and_back_returns(string viewport)
    {
        var page = await OpenAsync("#/timeline?a=KAZ&b=RUS", viewport);
        await page.WaitForSelectorAsync("#dyad-chart g.brush rect.overlay");
        var box = (await page.Locator("#dyad-chart g.brush rect.overlay").BoundingBoxAsync())!;

        // Drag over the first half of the whole range.
        await page.Mouse.MoveAsync(box.X + 2, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.45f, box.Y + box.Height / 2, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.WaitForFunctionAsync("() => location.hash.includes('from=') && location.hash.includes('to=')");
        await page.WaitForSelectorAsync("#dyad-chart rect.period");
        var (first, last) = await DyadSpanAsync();
        int whole = PeriodsBetween(first, last, TimelineIntervals.Pick(first, last)).Count;
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Fragment.Split('?', 2)[1]);
        var (from, to) = (DateOnly.Parse(query["from"]!), DateOnly.Parse(query["to"]!));
        Assert.True(from >= TimelineIntervals.Start(first, TimelineIntervals.Pick(first, last)) && to.DayNumber - from.DayNumber < last.DayNumber - first.DayNumber,
            $"zoomed to {from}–{to} within {first}–{last}");
        var shown = await page.Locator("#dyad-chart rect.period").EvaluateAllAsync<string[]>("r => r.map(x => x.dataset.period)");
        Assert.All(shown, p => Assert.InRange(DateOnly.Parse(p), TimelineIntervals.Start(from, TimelineInterval.Year), to));
        Assert.Equal(TimelineIntervals.Start(from, TimelineIntervals.Pick(from, to)), DateOnly.Parse(shown[0]));
        Assert.Equal(1, await page.Locator("a.reset-zoom").CountAsync());

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => !location.hash.includes('from=')");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#dyad-chart rect.period').length === {whole}");

        await page.SelectOptionAsync("#dyad-interval", "month");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForFunctionAsync("() => location.hash.includes('interval=month')");
        int months = PeriodsBetween(first, last, TimelineInterval.Month).Count;
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#dyad-chart rect.period').length === {months}");
        var starts = await page.Locator("#dyad-chart rect.period").EvaluateAllAsync<string[]>("r => r.map(x => x.dataset.period)");
        Assert.All(starts, m => Assert.Equal(1, DateOnly.Parse(m).Day));

        // Enter on a focused period lists its events.
        var busy = page.Locator("#dyad-chart rect.period:not([aria-label*=': 0 events'])").First;
        await busy.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#dyad-events ul.event-list li");
        Assert.Matches(@"^\d{4}-\d{2}-01 – \d{4}-\d{2}-\d{2}: [1-9]\d* events$", await page.Locator("#dyad-events h2").TextContentAsync());
        Assert.All(await page.Locator("#dyad-events li").AllTextContentsAsync(), item => Assert.Contains("RUS", item));
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task Explore_filters_sort_and_page_live_in_the_address_so_a_link_and_back_reopen_the_view(string viewport)
    {
        var page = await OpenAsync("#/explore", viewport);
        await page.WaitForSelectorAsync("#explore-table table.events tbody tr");
        var before = await TableRowsAsync(page);

        await page.FillAsync("input[name=dyad]", "KAZ,RUS");
        await page.FillAsync("input[name=root]", "05");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForFunctionAsync("() => location.hash.includes('root=05')");
        await WaitForRowsAsync(page, "r.querySelector('td:nth-child(3)').textContent.includes('05')");
        var filtered = await TableRowsAsync(page);
        Assert.True(filtered.Count < before.Count, $"{filtered.Count} rows after the filter, {before.Count} before");
        Assert.Contains("dyad=KAZ%2CRUS", page.Url);
        Assert.All(await page.Locator("#explore-table td:nth-child(3)").AllTextContentsAsync(), c => Assert.Contains("05", c));
        // Each actor shows the words it was read from beside its code; each QuadClass has its short name as text.
        Assert.True(await page.Locator("#explore-table .actor-words").CountAsync() > 0);
        Assert.True(await page.Locator("#explore-table .quad-tag").CountAsync() == filtered.Count);
        await AssertFitsTheScreenAsync(page);
        await ScreenshotAsync(page, "explore.png", viewport);

        await page.ClickAsync("#explore-table th button.sort:has-text('Goldstein')");
        await page.WaitForFunctionAsync("() => location.hash.includes('sort=goldstein')");
        await page.WaitForSelectorAsync("#explore-table th[aria-sort=descending]:has-text('Goldstein')");

        var copied = await OpenAsync(page.Url[page.Url.IndexOf('#')..], viewport);
        await copied.WaitForSelectorAsync("#explore-table th[aria-sort=descending]:has-text('Goldstein')");
        Assert.Equal(await TableRowsAsync(page), await TableRowsAsync(copied));
        Assert.Equal("05", await copied.InputValueAsync("input[name=root]"));

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => !location.hash.includes('sort=')");
        await page.WaitForSelectorAsync("#explore-table th[aria-sort=descending]:has-text('Date')");
        Assert.Equal(filtered.OrderBy(r => r), (await TableRowsAsync(page)).OrderBy(r => r));
        if (viewport == Phone)
            Assert.Equal("block", await page.Locator("#explore-table tbody tr").First.EvaluateAsync<string>("r => getComputedStyle(r).display"));
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task An_actor_field_takes_a_name_offers_codes_and_applies_the_code(string viewport)
    {
        var page = await OpenAsync("#/explore", viewport);
        await page.WaitForSelectorAsync("#explore-table table.events tbody tr");

        await page.Locator("input[name=actor]").PressSequentiallyAsync("Kazakh");
        await page.WaitForSelectorAsync("#actor-options option[value=KAZ]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.FillAsync("input[name=actor]", "Kazakhstan");
        await page.ClickAsync("form.filters button[type=submit]");

        await page.WaitForFunctionAsync("() => location.hash.includes('actor=KAZ')");
        Assert.Equal("KAZ", await page.InputValueAsync("input[name=actor]"));
        await WaitForRowsAsync(page, "r.textContent.includes('KAZ')");
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task A_keyword_search_finds_sentences_and_titles_and_an_empty_result_offers_a_reset_and_no_export(string viewport)
    {
        var page = await OpenAsync("#/explore?q=gas", viewport);
        await WaitForRowsAsync(page, "/gas/i.test(r.textContent)");
        Assert.True(await page.Locator("p.exports a").CountAsync() == 3);

        await page.FillAsync("input[name=q]", "no article says this");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForSelectorAsync(".empty:has-text('No events match these filters')");
        Assert.Equal(0, await page.Locator("p.exports a").CountAsync());
        await ScreenshotAsync(page, "explore-empty.png", viewport);

        await page.ClickAsync(".empty a.reset");
        await page.WaitForFunctionAsync("() => location.hash === '#/explore'");
        await page.WaitForSelectorAsync("#explore-table table.events tbody tr");
        Assert.Equal("", await page.InputValueAsync("input[name=q]"));
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task Explore_rows_link_the_article_and_its_original_and_the_csv_says_what_was_filtered_and_where_it_was_read(string viewport)
    {
        var page = await OpenAsync("#/explore?outlet=example&q=gas", viewport);
        await WaitForRowsAsync(page, "r.textContent.includes('Gas deal')");

        Assert.Equal("https://example.org/gas", await page.Locator("#explore-table a.original-link").First.GetAttributeAsync("href"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("p.exports a:text-is('CSV')"));
        Assert.Equal("warta-events_outlet-example_q-gas.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync())).Where(l => l.Length > 0).ToList();
        Assert.EndsWith(",title,url,outlet,published", lines[0]);
        Assert.Equal((await TableRowsAsync(page)).Count, lines.Count - 1);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",Gas deal,https://example.org/gas,example,2023-03-21", l));

        await page.Locator("#explore-table a.article-link").First.ClickAsync();
        await page.WaitForSelectorAsync(".article");
        Assert.Equal("Gas deal", await page.Locator("h1").TextContentAsync());
        // The same article came from a second outlet too: the copy is recorded as carried by it.
        Assert.Equal("Also carried by: mirror", await page.Locator("p.carried-by").TextContentAsync());
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task The_map_draws_a_circle_per_country_sized_by_count_and_lists_a_countrys_events_on_click(string viewport)
    {
        var page = await OpenAsync("#/map", viewport);
        await page.WaitForSelectorAsync("#map g.area[data-country=KAZ]");
        var areas = (await ApiAsync("/api/map")).GetProperty("areas").EnumerateArray()
            .ToDictionary(a => a.GetProperty("country").GetString()!, a => a.GetProperty("events").GetInt32());

        Assert.True(await page.Locator("#map path.country").CountAsync() > 200, "the shipped world layer is drawn");
        Assert.Equal(areas.Count, await page.Locator("#map g.area").CountAsync());
        var radii = await page.Locator("#map g.area").EvaluateAllAsync<JsonElement>(
            "gs => gs.map(g => [g.dataset.country, +g.querySelector('circle').getAttribute('r'), g.querySelector('circle').getAttribute('fill')])");
        var byCountry = radii.EnumerateArray().ToDictionary(r => r[0].GetString()!, r => (R: r[1].GetDouble(), Fill: r[2].GetString()!));
        var (most, least) = (areas.MaxBy(a => a.Value).Key, areas.MinBy(a => a.Value).Key);
        if (areas[most] > areas[least]) Assert.True(byCountry[most].R > byCountry[least].R);
        Assert.All(byCountry.Values, v => Assert.Matches(@"^url\(#quad-pattern-[1-4]\)$", v.Fill));
        await AssertFitsTheScreenAsync(page);
        await ScreenshotAsync(page, "map.png", viewport);

        await page.Locator("#map g.area[data-country=KAZ]").ClickAsync(new LocatorClickOptions { Force = true });
        await page.WaitForFunctionAsync("() => location.hash.includes('area=KAZ')");
        await page.WaitForSelectorAsync("#map-events h2");
        Assert.Equal($"Kazakhstan (KAZ): {areas["KAZ"]} events", await page.Locator("#map-events h2").TextContentAsync());
        Assert.Equal(Math.Min(areas["KAZ"], 100), await page.Locator("#map-events li").CountAsync());
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task The_network_zooms_keeps_labels_apart_focuses_nodes_and_opens_a_filtered_timeline(string viewport)
    {
        var page = await OpenAsync("#/network?root=05", viewport);
        await page.WaitForSelectorAsync("svg.network g.node");
        var open = await OpenAsync("#/network", viewport);
        await open.WaitForSelectorAsync("svg.network g.node");

        // Every label's box is clear of every other's.
        var boxes = await open.Locator("svg.network text.node-label").EvaluateAllAsync<double[][]>(
            "ts => ts.map(t => { const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })");
        Assert.True(boxes.Length >= 4);
        for (int i = 0; i < boxes.Length; i++)
            for (int j = i + 1; j < boxes.Length; j++)
                Assert.False(boxes[i][0] < boxes[j][2] && boxes[j][0] < boxes[i][2] && boxes[i][1] < boxes[j][3] && boxes[j][1] < boxes[i][3],
                    $"labels {i} and {j} overlap");
        var labels = await open.Locator("svg.network text.node-label").AllTextContentsAsync();
        Assert.True(labels.Any(l => l.EndsWith("(IGOUNO)", StringComparison.Ordinal) && l.Length > "(IGOUNO)".Length + 1),
            "the UN is named with its code: " + string.Join(" | ", labels));
        await AssertFitsTheScreenAsync(open);
        await ScreenshotAsync(open, "network.png", viewport);

        var before = await open.Locator("svg.network g.scene").GetAttributeAsync("transform");
        await open.ClickAsync(".zoom-controls button:has-text('Zoom in')");
        Assert.NotEqual(before, await open.Locator("svg.network g.scene").GetAttributeAsync("transform"));

        var node = open.Locator("svg.network g.node[data-id=KAZ]");
        await node.FocusAsync();
        Assert.Equal("KAZ", await open.EvaluateAsync<string>("() => document.activeElement.dataset.id"));
        await open.Keyboard.PressAsync("Enter");
        await open.WaitForFunctionAsync("() => location.hash.includes('actor=KAZ')");

        var edge = page.Locator("svg.network line.edge[aria-label^='KAZ–RUS'], svg.network line.edge[aria-label^='RUS–KAZ']").First;
        await edge.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.hash.startsWith('#/timeline?')");
        Assert.Contains("root=05", page.Url);
        await page.WaitForSelectorAsync("#dyad-status:has-text('filtered: root=05')");
        var total = (await ApiAsync("/api/dyads/KAZ/RUS/timeline?root=05")).GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("events").GetInt32());
        Assert.StartsWith($"{total} events", await page.Locator("#dyad-status p").First.TextContentAsync());
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task No_page_is_wider_than_the_screen_and_on_a_phone_the_article_and_its_events_stack(string viewport)
    {
        foreach (var route in new[] { "#/code", "#/explore", "#/timeline", "#/network", "#/map", "#/article/seed" })
        {
            var page = await OpenAsync(route, viewport);
            await FetchQuiet.WaitAsync(page);
            await AssertFitsTheScreenAsync(page);
            if (route == "#/article/seed")
            {
                await page.WaitForSelectorAsync(".events-pane");
                var text = (await page.Locator(".article-pane").BoundingBoxAsync())!;
                var events = (await page.Locator(".events-pane").BoundingBoxAsync())!;
                if (viewport == Phone) Assert.True(events.Y >= text.Y + text.Height, "the events come below the article");
                else Assert.True(events.X >= text.X + text.Width, "the events stand beside the article");
                await ScreenshotAsync(page, "article.png", viewport);
            }
            var top = (await page.Locator("header.top").BoundingBoxAsync())!;
            var width = viewport == Phone ? 390 : 1400;
            Assert.True(top.Width <= width);
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task Dark_mode_follows_the_system_and_the_app_has_a_favicon(string viewport)
    {
        var page = await OpenAsync("#/explore", viewport, ColorScheme.Dark);
        await page.WaitForSelectorAsync("#explore-table table.events tbody tr");

        var background = await page.EvaluateAsync<int[]>("() => getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number)");
        Assert.True(background.Take(3).Sum() < 150, $"a dark background, not rgb({string.Join(",", background)})");
        var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        var response = await fixture.Server.Client.GetAsync("/" + icon);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync());
        await ScreenshotAsync(page, "explore-dark.png", viewport);
        await AssertFitsTheScreenAsync(page);
    }
}
