using Microsoft.Playwright;

namespace Warta.Web.Tests;

/// <summary>Starts Debian's Chromium (headless) through Playwright once for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private HeadlessChromium? _chromium;

    public WebServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await WebServer.StartAsync();
        _chromium = await HeadlessChromium.LaunchAsync();
        Browser = _chromium.Browser;
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        await Server.DisposeAsync();
    }
}

public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> CodePageAsync()
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await page.AddInitScriptAsync(Payloads.ViolationCounter);
        await FetchQuiet.TrackAsync(page);
        await page.GotoAsync(new Uri(fixture.Server.Address, "/#/code").ToString());
        return page;
    }

    private static async Task CodeAsync(IPage page, string text, bool all = false)
    {
        await page.FillAsync("#code-text", text);
        if (all) await page.CheckAsync("#code-all");
        await page.ClickAsync("#code-submit");
        await page.WaitForSelectorAsync("#code-result .article");
    }

    /// <summary>The events whose trigger is marked in the text (several events may share one trigger).</summary>
    private static async Task<HashSet<string>> MarkedTriggersAsync(IPage page)
    {
        var marks = await page.Locator("mark[data-trigger-of]").EvaluateAllAsync<string[]>("ms => ms.map(m => m.dataset.triggerOf)");
        return marks.SelectMany(m => m.Split(' ')).ToHashSet();
    }

    [Fact]
    public async Task The_seed_article_is_shown_with_a_marked_trigger_for_every_event_in_the_table()
    {
        var page = await CodePageAsync();
        await page.FillAsync("#code-published", "2022-10-06");
        await CodeAsync(page, await File.ReadAllTextAsync(TestPaths.SeedArticle));

        var rows = await page.Locator("table.events tbody tr").CountAsync();
        Assert.True(rows > 0, "the seed article has events");
        Assert.Equal(rows, (await MarkedTriggersAsync(page)).Count);
        Assert.True(await page.Locator("mark.hl-source").CountAsync() > 0, "some sources are marked");

        Directory.CreateDirectory(TestPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Screenshots, "code.png") });
    }

    [Fact]
    public async Task Hovering_a_row_lights_its_words_and_nothing_else()
    {
        var page = await CodePageAsync();
        await CodeAsync(page, "Rusia mengusir dua diplomat Jepang pada Senin. Indonesia memuji Malaysia atas bantuan itu.");

        Assert.Equal(0, await page.Locator("mark.lit").CountAsync());
        await page.HoverAsync("table.events tbody tr[data-event='0']");

        var lit = await page.Locator("mark.lit").AllTextContentsAsync();
        Assert.Contains("mengusir", lit);
        Assert.Contains("Rusia", lit);
        Assert.DoesNotContain("memuji", lit);
    }

    [Fact]
    public async Task Hovering_a_marked_word_lights_its_row()
    {
        var page = await CodePageAsync();
        await CodeAsync(page, "Rusia mengusir dua diplomat Jepang pada Senin.");

        await page.HoverAsync("mark[data-trigger-of]");

        Assert.Equal(1, await page.Locator("table.events tbody tr.lit").CountAsync());
    }

    [Fact]
    public async Task A_negated_event_is_struck_through_when_show_all_is_on()
    {
        var page = await CodePageAsync();
        await CodeAsync(page, "Rusia tidak mengusir diplomat Jepang pada Senin.", all: true);

        Assert.True(await page.Locator("tr.not-asserted").CountAsync() > 0);
        Assert.True(await page.Locator("mark.struck").CountAsync() > 0);
    }

    [Fact]
    public async Task An_article_with_a_script_tag_is_shown_as_text_and_nothing_runs()
    {
        var page = await CodePageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        const string text = "Rusia mengusir dua diplomat Jepang. <script>alert(1)</script> <img src=x onerror=alert(2)>";

        await CodeAsync(page, text + " " + Payloads.Text);

        var shown = await page.Locator(".article-text").TextContentAsync();
        Assert.Contains("<script>alert(1)</script>", shown);
        Assert.Contains("<img src=x onerror=alert(2)>", shown);
        Assert.All(Payloads.All, payload => Assert.Contains(payload, shown));
        Assert.True(await page.Locator("table.events tbody tr").CountAsync() > 0, "the text has events");
        await Payloads.AssertNothingInjectedAsync(page);
        Assert.Equal(0, dialogs);
    }
}
