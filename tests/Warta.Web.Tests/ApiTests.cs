using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Warta.Coding;
using Warta.Output.Events;

namespace Warta.Web.Tests;

public sealed class ApiTests(ServerFixture servers) : IClassFixture<ServerFixture>
{
    private HttpClient Client => servers.Open.Client;

    private static string SeedText => File.ReadAllText(TestPaths.SeedArticle);

    private static IReadOnlyList<string> JsonLinesOf(IReadOnlyList<EventRecord> events)
    {
        using var buffer = new MemoryStream();
        var writer = new JsonLinesEventWriter(buffer);
        writer.Write(new NewsDocument("text", ""), events);
        writer.Complete();
        return Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Code_on_the_seed_article_returns_the_events_of_the_coder_library_as_jsonl_objects()
    {
        var expected = JsonLinesOf(WebServer.SharedCoder.Code(new NewsDocument("text", SeedText, new DateOnly(2022, 10, 6))).Asserted.ToList());

        var response = await Client.PostAsJsonAsync("/api/code", new { text = SeedText, published = "2022-10-06" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonOf(response);
        var events = body.GetProperty("events").EnumerateArray().Select(e => e.GetRawText()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, events);
        Assert.Equal("id", body.GetProperty("lang").GetString());
        Assert.Equal(events.Count, body.GetProperty("highlights").GetArrayLength());
    }

    [Fact]
    public async Task Code_highlights_point_at_the_trigger_and_the_actor_words_in_the_text()
    {
        const string text = "Rusia mengusir dua diplomat Jepang pada Senin.";
        var body = await JsonOf(await Client.PostAsJsonAsync("/api/code", new { text, published = "2024-03-12" }));

        var e = body.GetProperty("events")[0];
        var h = body.GetProperty("highlights")[0];
        string Slice(string role) => text[h.GetProperty(role).GetProperty("start").GetInt32()..h.GetProperty(role).GetProperty("end").GetInt32()];
        Assert.Equal(e.GetProperty("evidence").GetProperty("trigger").GetString(), Slice("trigger"));
        Assert.Equal(e.GetProperty("source").GetProperty("text").GetString(), Slice("source"));
        Assert.Equal(e.GetProperty("target").GetProperty("text").GetString(), Slice("target"));
    }

    [Fact]
    public async Task Code_with_all_returns_the_events_that_are_not_asserted_too()
    {
        const string text = "Rusia tidak mengusir diplomat Jepang pada Senin.";
        var asserted = await JsonOf(await Client.PostAsJsonAsync("/api/code", new { text, published = "2024-03-12" }));
        var all = await JsonOf(await Client.PostAsJsonAsync("/api/code", new { text, published = "2024-03-12", all = true }));

        Assert.Equal(0, asserted.GetProperty("events").GetArrayLength());
        Assert.Contains(all.GetProperty("events").EnumerateArray(), e => e.GetProperty("negated").GetBoolean());
    }

    [Theory]
    [InlineData("{\"text\": ", "not valid JSON")]
    [InlineData("{}", "\"text\" is required")]
    [InlineData("{\"text\": \"   \"}", "\"text\" is required")]
    [InlineData("{\"text\": 5}", "\"text\" must be a string")]
    [InlineData("{\"text\": \"Rusia.\", \"lang\": \"fr\"}", "unknown \"lang\"")]
    [InlineData("{\"text\": \"Rusia.\", \"published\": \"yesterday\"}", "is not a date")]
    [InlineData("{\"text\": \"Rusia.\", \"all\": \"yes\"}", "\"all\" must be true or false")]
    [InlineData("[1, 2]", "JSON object")]
    public async Task Code_answers_a_bad_request_with_a_problem_that_names_the_mistake(string body, string expected)
    {
        var response = await Client.PostAsync("/api/code", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await JsonOf(response)).GetProperty("detail").GetString()!;
        Assert.Contains(expected, detail);
        Assert.DoesNotContain(" at Warta.", detail);
    }

    [Fact]
    public async Task Health_says_ok_and_that_there_is_no_store()
    {
        var body = await JsonOf(await Client.GetAsync("/api/health"));

        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.False(body.GetProperty("store").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("version").GetString()));
    }

    [Theory]
    [InlineData("/api/events")]
    [InlineData("/api/events/export?format=csv")]
    [InlineData("/api/dyads/RUS/KAZ/timeline")]
    [InlineData("/api/network")]
    [InlineData("/api/documents/seed")]
    public async Task Store_endpoints_answer_503_with_a_message_when_there_is_no_store(string path)
    {
        var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("no event store", (await JsonOf(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Ingest_is_refused_with_403_when_no_token_is_configured()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = "Rusia." }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "anything");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData(ServerFixture.Token + "x")]
    [InlineData("s3cret-test-toke")]
    public async Task Ingest_without_the_right_token_is_unauthorized(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = "Rusia." }) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await servers.WithToken.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Ingest_with_the_right_token_passes_the_check_and_then_needs_a_store()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = "Rusia." }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.Token);

        var response = await servers.WithToken.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var body = await JsonOf(await Client.GetAsync("/openapi/v1.json"));
        var paths = body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["/api/code", "/api/documents", "/api/documents/{id}", "/api/dyads/{a}/{b}/timeline", "/api/events",
            "/api/events/export", "/api/health", "/api/network"], paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem()
    {
        var response = await Client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_front_end_is_served_by_the_app_with_a_policy_that_forbids_inline_scripts()
    {
        var response = await Client.GetAsync("/");
        var script = await Client.GetAsync("/app.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("app.js", await response.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
