using System.Net;

namespace Warta.Web.Tests;

/// <summary>No CORS unless origins are configured, then exactly those; the security headers on every kind of answer.</summary>
public sealed class CorsAndHeaderTests(ServerFixture servers) : IClassFixture<ServerFixture>
{
    private const string Allowed = "https://news.example.org";
    private const string Other = "https://evil.example.net";

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/code");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static HttpRequestMessage CrossOriginGet(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static string? AllowedOrigin(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;

    [Fact]
    public async Task Without_configured_origins_no_answer_allows_another_origin()
    {
        var preflight = await servers.Open.Client.SendAsync(Preflight(Allowed));
        var get = await servers.Open.Client.SendAsync(CrossOriginGet(Allowed));

        Assert.Null(AllowedOrigin(preflight));
        Assert.Null(AllowedOrigin(get));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task A_configured_origin_is_allowed_and_any_other_is_not()
    {
        await using var server = await WebServer.StartAsync(configure: o => o with { CorsOrigins = [Allowed] });

        var preflight = await server.Client.SendAsync(Preflight(Allowed));
        var get = await server.Client.SendAsync(CrossOriginGet(Allowed));
        var otherPreflight = await server.Client.SendAsync(Preflight(Other));
        var otherGet = await server.Client.SendAsync(CrossOriginGet(Other));

        Assert.Equal(Allowed, AllowedOrigin(preflight));
        Assert.Contains("POST", preflight.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Equal(Allowed, AllowedOrigin(get));
        Assert.Null(AllowedOrigin(otherPreflight));
        Assert.Null(AllowedOrigin(otherGet));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/health")]
    [InlineData("/api/nothing-here")]
    [InlineData("/api/events")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await servers.Open.Client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline'; img", policy.Replace("style-src 'self' 'unsafe-inline'", ""));
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Every_problem_answer_carries_a_correlation_id_and_no_trace_internals()
    {
        var response = await servers.Open.Client.GetAsync("/api/events");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"correlation_id\"", body);
        Assert.DoesNotContain("traceId", body);
    }
}

/// <summary>The Host header check that keeps a DNS-rebinding page from reading a loopback server.</summary>
public sealed class HostCheckTests(ServerFixture servers) : IClassFixture<ServerFixture>
{
    private static async Task<HttpResponseMessage> GetAsHostAsync(WebServer server, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Host = host;
        return await server.Client.SendAsync(request);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task A_loopback_server_answers_loopback_names(string host)
    {
        var port = servers.Open.Address.Port;

        Assert.Equal(HttpStatusCode.OK, (await GetAsHostAsync(servers.Open, $"{host}:{port}")).StatusCode);
    }

    [Fact]
    public async Task A_loopback_server_refuses_another_host_name_with_a_problem_naming_the_option()
    {
        var response = await GetAsHostAsync(servers.Open, "rebind.attacker.example");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("--allowed-host", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_allowed_host_is_answered_besides_the_loopback_names_and_others_are_not()
    {
        await using var server = await WebServer.StartAsync(configure: o => o with { AllowedHosts = ["news.example.org"] });

        Assert.Equal(HttpStatusCode.OK, (await GetAsHostAsync(server, "news.example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsHostAsync(server, "127.0.0.1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsHostAsync(server, "other.example.org")).StatusCode);
    }

    [Fact]
    public void A_server_listening_beyond_loopback_without_allowed_hosts_answers_any_name()
    {
        var check = new Security.HostCheck([], "http://0.0.0.0:5080");

        Assert.True(check.Allows("news.example.org"));
        Assert.False(new Security.HostCheck([], "http://127.0.0.1:5080").Allows("news.example.org"));
        Assert.False(new Security.HostCheck([], "http://127.0.0.1:5080").Allows(""));
    }
}
