using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Warta.Store.DuckDb;

namespace Warta.Web.Tests;

/// <summary>A real failure inside a running server: the client gets a correlation id only, the log gets the exception.</summary>
public sealed class ErrorAnswerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-web-failure-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_store_file_replaced_by_garbage_under_the_server_is_a_500_with_a_correlation_id_and_no_internals()
    {
        var file = Path.Combine(_folder, "broken.duckdb");
        var store = DuckDbEventStore.Open(file);
        var log = new CapturedLog();
        await using var server = await WebServer.StartAsync(store: store, log: log);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/events")).StatusCode);

        // The store is closed and its file overwritten while the server still serves it: the next query must open it again.
        await store.DisposeAsync();
        foreach (var path in Directory.GetFiles(_folder)) File.Delete(path);
        await File.WriteAllBytesAsync(file, Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 31 % 251)).ToArray());
        var response = await server.Client.GetAsync("/api/events?dyad=RUS,KAZ");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("correlation_id").GetString();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("DuckDB", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_folder, body);
        Assert.DoesNotContain("at Warta.", body);
        Assert.DoesNotContain(".cs:line", body);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

        var logged = Assert.Single(log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(id!));
        Assert.NotNull(logged.Exception);
    }
}
