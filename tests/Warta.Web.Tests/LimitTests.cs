using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Warta.Store.DuckDb;

namespace Warta.Web.Tests;

/// <summary>The request body and documents-per-request limits: a clear 413 problem, and requests within them still work.</summary>
public sealed class LimitTests : IAsyncLifetime
{
    private const string Token = "limit-test-token";
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-web-limits-").FullName;
    private DuckDbEventStore _store = null!;
    private WebServer _server = null!;

    public async Task InitializeAsync()
    {
        _store = DuckDbEventStore.Open(Path.Combine(_folder, "limits.duckdb"));
        _server = await WebServer.StartAsync(Token, _store, o => o with { MaxRequestBodyBytes = 4096, MaxDocumentsPerIngest = 2 });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private HttpRequestMessage Ingest(object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return request;
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_that_names_the_limit_and_a_small_one_is_coded()
    {
        var big = new StringBuilder();
        while (big.Length < 10_000) big.Append("Rusia mengusir dua diplomat Jepang pada Senin. ");

        var tooLarge = await _server.Client.PostAsJsonAsync("/api/code", new { text = big.ToString() });
        var small = await _server.Client.PostAsJsonAsync("/api/code", new { text = "Rusia mengusir dua diplomat Jepang pada Senin." });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("larger than 4096 bytes", (await ProblemOf(tooLarge)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task More_documents_than_allowed_in_one_ingest_are_a_413_and_nothing_is_stored()
    {
        var three = Enumerable.Range(1, 3).Select(i => new { id = $"many-{i}", text = $"Rusia mengusir {i} diplomat Jepang." }).ToArray();

        var refused = await _server.Client.SendAsync(Ingest(three));
        var accepted = await _server.Client.SendAsync(Ingest(three[..2]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("3 articles in one request; at most 2", (await ProblemOf(refused)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Null(await _store.GetDocumentAsync("many-3"));
        Assert.NotNull(await _store.GetDocumentAsync("many-2"));
    }
}

/// <summary>
/// POST bodies must say they are JSON: the types a page of another site can send without a preflight are refused
/// (the coding endpoints only match application/json, so such a request reaches the API's not-found answer).
/// </summary>
public sealed class ContentTypeTests(ServerFixture servers) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=json")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Code_refuses_a_body_that_is_not_declared_json_before_coding_it(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"text\": \"Rusia mengusir dua diplomat Jepang.\"}"));
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await servers.Open.Client.PostAsync("/api/code", content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("needs Content-Type application/json", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/problem+json")]
    public async Task Code_accepts_json_content_types(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"text\": \"Rusia mengusir dua diplomat Jepang.\"}"));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await servers.Open.Client.PostAsync("/api/code", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
