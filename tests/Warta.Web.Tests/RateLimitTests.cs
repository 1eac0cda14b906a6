using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Warta.Web.Tests;

/// <summary>
/// The per-client budgets: exceeding one is a 429 with Retry-After and a problem body, the other budget is untouched,
/// and once the window has passed a request works again. Nothing here asserts how fast anything is.
/// </summary>
public sealed class RateLimitTests
{
    private static readonly object ShortText = new { text = "Rusia mengusir dua diplomat Jepang pada Senin." };

    private static async Task<string?> DetailOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
    }

    [Fact]
    public async Task Coding_past_its_budget_is_a_429_with_retry_after_while_reads_still_answer()
    {
        await using var server = await WebServer.StartAsync(configure: o => o with
        {
            CodingRequestsPerWindow = 2, ReadRequestsPerWindow = 50, RateLimitWindow = TimeSpan.FromMinutes(10),
        });

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++) answers.Add(await server.Client.PostAsJsonAsync("/api/code", ShortText));
        var read = await server.Client.GetAsync("/api/health");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        var retryAfter = answers[2].Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Assert.Contains("Too many coding requests", await DetailOf(answers[2]));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Reads_past_their_budget_are_a_429_while_coding_still_answers()
    {
        await using var server = await WebServer.StartAsync(configure: o => o with
        {
            CodingRequestsPerWindow = 5, ReadRequestsPerWindow = 3, RateLimitWindow = TimeSpan.FromMinutes(10),
        });

        var reads = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) reads.Add((await server.Client.GetAsync("/api/health")).StatusCode);
        var limited = await server.Client.GetAsync("/api/events");
        var coded = await server.Client.PostAsJsonAsync("/api/code", ShortText);
        var page = await server.Client.GetAsync("/");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], reads);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Too many read requests", await DetailOf(limited));
        Assert.Equal(HttpStatusCode.OK, coded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task After_the_window_passes_a_limited_client_is_answered_again()
    {
        await using var server = await WebServer.StartAsync(configure: o => o with
        {
            CodingRequestsPerWindow = 1, RateLimitWindow = TimeSpan.FromSeconds(1),
        });

        // With a one-second window the budget may refill between two requests, so send until one is refused.
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10 && refused is null; i++)
        {
            var answer = await server.Client.PostAsJsonAsync("/api/code", ShortText);
            if (answer.StatusCode == HttpStatusCode.TooManyRequests) refused = answer;
        }
        Assert.NotNull(refused);

        var wait = refused.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5 && !statuses.Contains(HttpStatusCode.OK); attempt++)
        {
            await Task.Delay(wait);
            statuses.Add((await server.Client.PostAsJsonAsync("/api/code", ShortText)).StatusCode);
        }
        Assert.Contains(HttpStatusCode.OK, statuses);
    }
}
