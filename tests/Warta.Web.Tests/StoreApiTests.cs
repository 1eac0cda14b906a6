using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Warta.Web.Tests;

/// <summary>The store endpoints against a real DuckDB file filled by coding <see cref="StoreArticles"/>.</summary>
public sealed class StoreApiTests(StoreServerFixture fixture) : IClassFixture<StoreServerFixture>
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

    private static string Code(JsonElement item, string role) =>
        item.GetProperty("event").GetProperty(role).GetProperty("code").GetString() ?? "";

    [Fact]
    public async Task Health_says_a_store_is_open()
    {
        var body = await GetJsonAsync("/api/health");
        Assert.True(body.GetProperty("store").GetBoolean());
    }

    [Fact]
    public async Task Events_of_every_stored_article_are_listed_and_the_dyad_filter_keeps_only_kazakhstan_russia()
    {
        var all = await GetJsonAsync("/api/events?page_size=500");
        var docs = Items(all).Select(i => i.GetProperty("event").GetProperty("doc").GetString()).ToHashSet();
        Assert.Contains("kazrus-id", docs);
        Assert.Contains("kazrus-en", docs);
        Assert.Contains("seed", docs);

        var dyad = await GetJsonAsync("/api/events?dyad=KAZ,RUS&page_size=500");
        Assert.True(dyad.GetProperty("total").GetInt32() >= 4);
        Assert.True(dyad.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.All(Items(dyad), i =>
        {
            var pair = new[] { Code(i, "source")[..3], Code(i, "target")[..3] }.Order().ToArray();
            Assert.Equal(["KAZ", "RUS"], pair);
        });
    }

    [Fact]
    public async Task Date_language_and_root_filters_narrow_the_events()
    {
        var march = await GetJsonAsync("/api/events?from=2023-03-20&to=2023-03-31&page_size=500");
        Assert.NotEmpty(Items(march));
        Assert.All(Items(march), i => Assert.Equal("kazrus-en", i.GetProperty("event").GetProperty("doc").GetString()));

        var english = await GetJsonAsync("/api/events?lang=en&page_size=500");
        Assert.NotEmpty(Items(english));
        Assert.All(Items(english), i => Assert.Equal("en", i.GetProperty("event").GetProperty("lang").GetString()));

        var agreements = await GetJsonAsync("/api/events?root=05&page_size=500");
        Assert.NotEmpty(Items(agreements));
        Assert.All(Items(agreements), i => Assert.StartsWith("05", i.GetProperty("event").GetProperty("cameo").GetString()));

        var outlet = await GetJsonAsync("/api/events?outlet=antaranews&page_size=500");
        Assert.NotEmpty(Items(outlet));
        Assert.All(Items(outlet), i => Assert.Equal("antaranews", i.GetProperty("document_source").GetString()));
    }

    [Fact]
    public async Task Pages_split_the_events_without_overlap()
    {
        var total = (await GetJsonAsync("/api/events?page_size=500")).GetProperty("total").GetInt32();
        Assert.True(total >= 4);
        var first = await GetJsonAsync("/api/events?page=1&page_size=2&sort=date&desc=false");
        var second = await GetJsonAsync("/api/events?page=2&page_size=2&sort=date&desc=false");

        Assert.Equal(total, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("page_size").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        var ids1 = Items(first).Select(i => i.GetProperty("event").GetProperty("id").GetString()).ToList();
        var ids2 = Items(second).Select(i => i.GetProperty("event").GetProperty("id").GetString()).ToList();
        Assert.Equal(2, ids1.Count);
        Assert.NotEmpty(ids2);
        Assert.Empty(ids1.Intersect(ids2));
        var dates = Items(first).Concat(Items(second)).Select(i => i.GetProperty("event").GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_that_names_the_parameter()
    {
        var response = await Client.GetAsync("/api/events?quad=9");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quad", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_timeline_whose_from_is_after_its_to_is_a_400_like_the_events_filter()
    {
        var response = await Client.GetAsync("/api/dyads/KAZ/RUS/timeline?from=2023-05-01&to=2023-01-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is after", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_kazakhstan_russia_timeline_has_points_that_add_up_to_the_dyad_events()
    {
        var timeline = await GetJsonAsync("/api/dyads/KAZ/RUS/timeline");
        var events = (await GetJsonAsync("/api/events?dyad=KAZ,RUS&page_size=500")).GetProperty("total").GetInt32();

        var points = timeline.GetProperty("points").EnumerateArray().ToList();
        Assert.True(points.Count >= 2, "articles of different days make different points");
        Assert.Equal(events, points.Sum(p => p.GetProperty("events").GetInt32()));
        Assert.All(points, p => Assert.Equal(p.GetProperty("events").GetInt32(),
            p.GetProperty("verbal_cooperation").GetInt32() + p.GetProperty("material_cooperation").GetInt32()
            + p.GetProperty("verbal_conflict").GetInt32() + p.GetProperty("material_conflict").GetInt32()));

        var weeks = await GetJsonAsync("/api/dyads/kaz/rus/timeline?interval=week");
        Assert.All(weeks.GetProperty("points").EnumerateArray(),
            p => Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(p.GetProperty("period").GetString()!).DayOfWeek));
    }

    [Fact]
    public async Task The_network_has_kazakhstan_and_russia_joined_by_an_edge()
    {
        var network = await GetJsonAsync("/api/network");
        var nodes = network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains("KAZ", nodes);
        Assert.Contains("RUS", nodes);
        var edge = network.GetProperty("edges").EnumerateArray().Single(e =>
            new[] { e.GetProperty("a").GetString(), e.GetProperty("b").GetString() }.Order().SequenceEqual(["KAZ", "RUS"]));
        Assert.True(edge.GetProperty("events").GetInt32() >= 4);
    }

    [Fact]
    public async Task Csv_export_has_the_csv_header_and_one_row_per_filtered_event()
    {
        var total = (await GetJsonAsync("/api/events?dyad=KAZ,RUS&page_size=500")).GetProperty("total").GetInt32();
        var response = await Client.GetAsync("/api/events/export?format=csv&dyad=KAZ,RUS");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,schema,doc,lang,", lines[0]);
        Assert.Equal(total, lines.Length - 1);
    }

    [Fact]
    public async Task Gdelt_export_has_tab_separated_rows_and_parquet_export_is_a_parquet_file()
    {
        var gdelt = await Client.GetStringAsync("/api/events/export?format=gdelt&dyad=KAZ,RUS");
        var rows = gdelt.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Split('\t').Length > 50, "a GDELT 2.0 event row has 61 columns"));

        var parquet = await Client.GetByteArrayAsync("/api/events/export?format=parquet&dyad=KAZ,RUS");
        Assert.True(parquet.Length > 8);
        Assert.Equal("PAR1"u8.ToArray(), parquet[..4]);
        Assert.Equal("PAR1"u8.ToArray(), parquet[^4..]);
    }

    [Fact]
    public async Task A_stored_document_comes_back_with_its_text_events_and_highlights()
    {
        var doc = await GetJsonAsync("/api/documents/kazrus-id");
        Assert.Equal(StoreArticles.KazRusId, doc.GetProperty("text").GetString());
        Assert.Equal("2023-03-08", doc.GetProperty("published").GetString());
        Assert.Equal("antaranews", doc.GetProperty("source").GetString());
        var events = doc.GetProperty("events").GetArrayLength();
        Assert.True(events >= 2);
        Assert.Equal(events, doc.GetProperty("highlights").GetArrayLength());

        var missing = await Client.GetAsync("/api/documents/no-such-doc");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Posting_a_document_with_the_token_stores_it_and_its_events_are_then_listed()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new
            {
                id = "posted-1",
                text = "Rusia mengusir dua diplomat Jepang pada Senin.",
                published = "2023-05-02",
                source = "posted",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StoreServerFixture.Token);

        var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var result = JsonDocument.Parse(body).RootElement;
        Assert.Equal(1, result.GetProperty("documents_added").GetInt32());
        var listed = await GetJsonAsync("/api/events?outlet=posted");
        Assert.Contains(Items(listed), i => i.GetProperty("event").GetProperty("doc").GetString() == "posted-1");
    }

    [Fact]
    public async Task Posting_without_the_token_is_refused_and_stores_nothing()
    {
        var response = await Client.PostAsJsonAsync("/api/documents",
            new { id = "unauthorised", text = "Rusia mengusir dua diplomat Jepang pada Senin.", published = "2023-05-02" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/documents/unauthorised")).StatusCode);
    }

    [Theory]
    [InlineData("https://example.org/news/2023/03/kaz-rus?page=1")]
    [InlineData("feed.xml#2 a%2Fb")]
    public async Task A_document_whose_id_holds_slashes_or_escapes_opens_by_its_escaped_id(string id)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new { id, text = $"Rusia mengkritik Jepang pada Senin ({id.Length}).", published = "2023-05-03" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StoreServerFixture.Token);
        var posted = await Client.SendAsync(request);
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());

        var doc = await GetJsonAsync($"/api/documents/{Uri.EscapeDataString(id)}");

        Assert.Equal(id, doc.GetProperty("id").GetString());
    }
}
