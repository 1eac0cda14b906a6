using System.Net.Http.Json;
using System.Text.Json;
using Warta.Cli;
using Warta.Web;

namespace Warta.Store.Tests.Postgres;

/// <summary><c>serve --postgres</c>: the web API over the PostgreSQL store, and the option's refusals.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ServePostgresTests(PostgresServer server)
{
    private static (int ExitCode, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        int code = CliApp.Run(args, TextWriter.Null, error, () => Stream.Null);
        return (code, error.ToString());
    }

    [Fact]
    public void Db_and_postgres_together_are_a_usage_error()
    {
        var run = Run("serve", "--db", "x.duckdb", "--postgres", "Host=/tmp;Database=none");

        Assert.Equal((ExitCodes.Usage, true), (run.ExitCode, run.Error.Contains("not both")));
    }

    [Fact]
    public void An_unreachable_database_is_reported_not_served()
    {
        var run = Run("serve", "--postgres", $"Host={Path.Combine(Path.GetTempPath(), "no-such-socket-folder")};Port=1;Timeout=3",
            "--data", TestPaths.Data);

        Assert.Equal(ExitCodes.DataMissing, run.ExitCode);
        Assert.Contains("PostgreSQL store cannot be opened", run.Error);
    }

    [Fact]
    public async Task The_events_api_answers_from_the_postgres_store()
    {
        await using var temp = await SampleStore.FillAsync(await PostgresTempStore.CreateAsync(server));
        await using var app = WartaWebHost.Build(new WebOptions { Urls = "http://127.0.0.1:0" }, Articles.Coder, temp.Store);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var dyad = await client.GetFromJsonAsync<JsonElement>("/api/events?dyad=KAZ,RUS&page_size=100");
        var health = await client.GetFromJsonAsync<JsonElement>("/api/health");

        Assert.Equal(4, dyad.GetProperty("total").GetInt32());
        Assert.True(health.GetProperty("store").GetBoolean());
        await app.StopAsync();
    }
}
