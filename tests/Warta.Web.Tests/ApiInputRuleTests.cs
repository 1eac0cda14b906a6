using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Warta.Web.Tests;

/// <summary>
/// What the API refuses with 400 and a message naming the culprit: JSON text that is no text in any field, two
/// documents under one id, a blank id, and query parameters an endpoint does not take.
/// </summary>
public sealed class ApiInputRuleTests(StoreServerFixture fixture) : IClassFixture<StoreServerFixture>
{
    private HttpClient Client => fixture.Server.Client;

    private static readonly byte[] InvalidUtf8 = [0xFF, 0xFE, 0xC3];

    private static byte[] Body(string before, byte[]? raw = null, string after = "")
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(before));
        if (raw is not null) bytes.AddRange(raw);
        bytes.AddRange(Encoding.UTF8.GetBytes(after));
        return [.. bytes];
    }

    private async Task<(HttpStatusCode Status, string Detail)> PostAsync(string path, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StoreServerFixture.Token);
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var detail = response.StatusCode == HttpStatusCode.OK ? text : JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!;
        return (response.StatusCode, detail);
    }

    public static TheoryData<string, byte[], string> BadTextBodies => new()
    {
        { "/api/code", Body("""{"text": "Rusia \ud800 mengusir."}"""), "\"text\" is not valid text" },
        { "/api/code", Body("""{"text": "Rusia mengusir diplomat.", "lang": "\udc00"}"""), "\"lang\" is not valid text" },
        { "/api/code", Body("""{"text": "Rusia """, InvalidUtf8, """ mengusir."}"""), "\"text\" is not valid text" },
        { "/api/code", Body("""{"text": "Rusia mengusir.", "id": "a""", InvalidUtf8, "\"}"), "\"id\" is not valid text" },
        { "/api/code", Body("""{"text": "Rusia mengusir.", "\ud800": 1}"""), "a field name is not valid text" },
        { "/api/documents", Body("""{"text": "Rusia mengusir.", "title": "\ud83d x"}"""), "\"title\" is not valid text" },
        { "/api/documents", Body("""{"text": "Rusia mengusir.", "source": "x""", InvalidUtf8, "\"}"), "\"source\" is not valid text" },
        { "/api/documents", Body("""[{"text": "Rusia mengusir."}, {"text": "Jepang \udfff memprotes."}]"""), "article 2 \"text\" is not valid text" },
        { "/api/documents", Body("""{"text": "Rusia mengusir.", "extra": {"note": ["ok", "\ud800"]}}"""), "\"extra.note[1]\" is not valid text" },
    };

    [Theory]
    [MemberData(nameof(BadTextBodies))]
    public async Task A_body_with_a_field_that_is_no_text_is_a_400_naming_the_field(string path, byte[] body, string expected)
    {
        var (status, detail) = await PostAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, detail);
    }

    [Fact]
    public async Task Two_articles_under_one_id_in_a_request_are_refused_naming_both_and_nothing_is_stored()
    {
        var (status, detail) = await PostAsync("/api/documents", Body("""
            [{"id": "dup-1", "text": "Rusia mengusir dua diplomat Jepang pada Senin."},
             {"id": "dup-1", "text": "Jepang memprotes Rusia pada Selasa."}]
            """));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("WRT0207: article 2: the id 'dup-1' is already the id of another document of this run (article 1)", detail);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/documents/dup-1")).StatusCode);
    }

    [Fact]
    public async Task The_very_same_article_twice_in_a_request_is_stored_once()
    {
        var (status, body) = await PostAsync("/api/documents", Body("""
            [{"id": "twice-1", "text": "Rusia mengusir dua diplomat Jepang pada Rabu."},
             {"id": "twice-1", "text": "Rusia mengusir dua diplomat Jepang pada Rabu."}]
            """));

        Assert.Equal(HttpStatusCode.OK, status);
        var result = JsonDocument.Parse(body).RootElement;
        Assert.Equal(["twice-1"], result.GetProperty("ids").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(1, result.GetProperty("documents_added").GetInt32());
    }

    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/api/code")]
    public async Task A_blank_id_is_refused(string path)
    {
        var (status, detail) = await PostAsync(path, Body("""{"id": " ", "text": "Rusia mengusir dua diplomat Jepang."}"""));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("\"id\": the document's id is blank", detail);
    }

    [Theory]
    [InlineData("/api/events?limit=-1", "\"limit\"")]
    [InlineData("/api/events?date=", "\"date\"")]
    [InlineData("/api/events?page_size=5&sortby=date&limit=3", "unknown query parameters \"limit\", \"sortby\"")]
    [InlineData("/api/network?page=2", "\"page\"")]
    [InlineData("/api/events/export?format=csv&fromm=2024-01-01", "\"fromm\"")]
    [InlineData("/api/dyads/RUS/KAZ/timeline?step=week", "\"step\"")]
    [InlineData("/api/documents/seed?full=1", "this endpoint takes no query parameters")]
    [InlineData("/api/health?verbose=1", "\"verbose\"")]
    public async Task A_query_parameter_the_endpoint_does_not_take_is_a_400_naming_it(string url, string expected)
    {
        var response = await Client.GetAsync(url);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, detail);
    }

    [Theory]
    [InlineData("/api/events?page_size=5&Sort=date&dyad=RUS,KAZ&from=&all=true")]
    [InlineData("/api/network?from=2020-01-01&quad=4")]
    [InlineData("/api/dyads/RUS/KAZ/timeline?interval=week&all=false")]
    public async Task Every_declared_parameter_is_still_accepted(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/events?page_size=-1", "\"page_size\" '-1'")]
    [InlineData("/api/events?page=0", "\"page\" '0'")]
    [InlineData("/api/events?from=yesterday", "\"from\" 'yesterday'")]
    public async Task An_invalid_value_of_a_declared_parameter_is_a_400_naming_it(string url, string expected)
    {
        var response = await Client.GetAsync(url);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, detail);
    }
}
