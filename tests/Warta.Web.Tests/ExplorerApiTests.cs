using System.Net;
using System.Text.Json;

namespace Warta.Web.Tests;

/// <summary>The API parameters and endpoints the explorer added: q, area, interval, /api/map, /api/actors, export names.</summary>
public sealed class ExplorerApiTests(StoreServerFixture fixture) : IClassFixture<StoreServerFixture>
{
    private HttpClient Client => fixture.Server.Client;

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task Typing_a_name_or_a_demonym_or_a_code_offers_its_code_first()
    {
        foreach (var typed in new[] { "Kazakh", "kazakhstan", "KAZ" })
        {
            var actors = (await GetJsonAsync($"/api/actors?q={typed}")).GetProperty("actors").EnumerateArray().ToList();
            Assert.Equal("KAZ", actors[0].GetProperty("code").GetString());
        }
        var un = (await GetJsonAsync("/api/actors?q=United%20Nations")).GetProperty("actors").EnumerateArray();
        Assert.Contains(un, a => a.GetProperty("code").GetString() == "IGOUNO");
        // The store adds actors the dictionaries do not list as names of their own: KAZGOV, seen in the articles.
        var stored = (await GetJsonAsync("/api/actors?q=KAZG")).GetProperty("actors").EnumerateArray();
        Assert.Contains(stored, a => a.GetProperty("code").GetString() == "KAZGOV" && a.GetProperty("from").GetString() == "store");
        Assert.Empty((await GetJsonAsync("/api/actors?q=")).GetProperty("actors").EnumerateArray());
    }

    [Fact]
    public async Task The_keyword_filter_keeps_events_whose_sentence_or_title_holds_the_words()
    {
        var gas = await GetJsonAsync("/api/events?q=GAS&page_size=500");
        var all = await GetJsonAsync("/api/events?page_size=500");

        Assert.InRange(gas.GetProperty("total").GetInt32(), 1, all.GetProperty("total").GetInt32() - 1);
        Assert.All(Items(gas), i => Assert.True(
            i.GetProperty("event").GetProperty("sentence").GetString()!.Contains("gas", StringComparison.OrdinalIgnoreCase)
            || i.GetProperty("document_title").GetString()!.Contains("gas", StringComparison.OrdinalIgnoreCase)));
        var tooLong = await Client.GetAsync("/api/events?q=" + new string('a', 201));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var problem = JsonDocument.Parse(await tooLong.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("\"q\" is 201 characters long", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_map_counts_events_per_country_and_area_lists_them()
    {
        var areas = (await GetJsonAsync("/api/map")).GetProperty("areas").EnumerateArray().ToList();
        var kaz = areas.Single(a => a.GetProperty("country").GetString() == "KAZ");
        int events = kaz.GetProperty("events").GetInt32();

        Assert.Equal(events, kaz.GetProperty("by_place").GetInt32() + kaz.GetProperty("by_target").GetInt32() + kaz.GetProperty("by_source").GetInt32());
        Assert.Equal(events, (await GetJsonAsync("/api/events?area=KAZ")).GetProperty("total").GetInt32());
        var agreements = (await GetJsonAsync("/api/map?root=05")).GetProperty("areas").EnumerateArray().Sum(a => a.GetProperty("events").GetInt32());
        Assert.InRange(agreements, 1, areas.Sum(a => a.GetProperty("events").GetInt32()) - 1);
    }

    [Fact]
    public async Task A_timeline_picks_its_interval_for_the_range_fills_quiet_periods_and_takes_filters()
    {
        var month = await GetJsonAsync("/api/dyads/KAZ/RUS/timeline?interval=month&from=2023-01-01&to=2023-04-30");
        Assert.Equal(["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"],
            month.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        Assert.Equal(0, month.GetProperty("points")[0].GetProperty("events").GetInt32());

        var march = await GetJsonAsync("/api/dyads/KAZ/RUS/timeline?from=2023-03-01&to=2023-03-31");
        Assert.Equal("day", march.GetProperty("interval").GetString());
        Assert.Equal(31, march.GetProperty("points").GetArrayLength());
        var year = await GetJsonAsync("/api/dyads/KAZ/RUS/timeline?from=2020-01-01&to=2023-12-31");
        Assert.Equal("month", year.GetProperty("interval").GetString());
        Assert.Equal(48, year.GetProperty("points").GetArrayLength());

        int Events(JsonElement t) => t.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("events").GetInt32());
        var agreements = await GetJsonAsync("/api/dyads/KAZ/RUS/timeline?root=05");
        Assert.Equal((await GetJsonAsync("/api/events?dyad=KAZ,RUS&root=05")).GetProperty("total").GetInt32(), Events(agreements));
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/dyads/KAZ/RUS/timeline?interval=fortnight")).StatusCode);
    }

    [Fact]
    public async Task An_export_file_is_named_by_its_filters_and_a_copied_article_names_its_second_outlet()
    {
        var response = await Client.GetAsync("/api/events/export?format=parquet&dyad=KAZ,RUS&root=05&from=2023-03-01");
        Assert.Equal("warta-events_dyad-KAZ-RUS_root-05_from-2023-03-01.parquet", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var plain = await Client.GetAsync("/api/events/export?format=csv");
        Assert.Equal("warta-events.csv", plain.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.EndsWith(",title,url,outlet,published", (await plain.Content.ReadAsStringAsync()).Split("\r\n")[0]);

        var original = await GetJsonAsync("/api/documents/kazrus-en");
        Assert.Equal(["mirror"], original.GetProperty("carried_by").EnumerateArray().Select(o => o.GetString()));
        var copy = await GetJsonAsync("/api/documents/kazrus-en-copy");
        Assert.Equal("kazrus-en", copy.GetProperty("syndicated_from").GetString());
        var gas = Items(await GetJsonAsync("/api/events?q=gas+supplies")).First();
        Assert.Equal(2, gas.GetProperty("num_sources").GetInt32());
        Assert.Equal(1, gas.GetProperty("num_articles").GetInt32());
    }

    [Fact]
    public async Task The_app_serves_its_favicon()
    {
        var response = await Client.GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }
}
