using System.Diagnostics;
using Warta.Store.Tests.Postgres;

namespace Warta.Store.Tests;

/// <summary>
/// <c>warta plot</c> beside a running <c>warta serve</c> process on the same DuckDB file, for real: a server that opened
/// the file read-only lets the plot read it; a server that writes it keeps the plot out, and the plot says why and what to do.
/// </summary>
public sealed class PlotWhileServingTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-plot-serve-").FullName;
    private string Db => Path.Combine(_folder, "store.duckdb");

    private async Task FillAsync()
    {
        await using var store = DuckDb.DuckDbEventStore.Open(Db);
        await SampleStore.FillAsync(new Wrapped(store));
    }

    private sealed class Wrapped(IEventStore store) : ITestStore
    {
        public IEventStore Store => store;
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Starts serve on a free port and waits until it answers, so it holds the file.</summary>
    private static async Task<Process> ServeAsync(string db, params string[] more)
    {
        int port = FreePort.Next();
        var server = WartaProcess.Start(["serve", "--db", db, "--urls", $"http://127.0.0.1:{port}", "--data", TestPaths.Data, .. more]);
        using var http = new HttpClient();
        for (int i = 0; i < 600 && !server.HasExited; i++)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/api/health")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        server.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"warta serve did not answer on port {port}");
    }

    [Fact]
    public async Task A_plot_reads_the_store_a_read_only_server_has_open()
    {
        await FillAsync();
        var server = await ServeAsync(Db, "--read-only");
        try
        {
            var chart = Path.Combine(_folder, "kaz-rus.svg");
            var result = InProcessCli.Run(["plot", "dyad", "KAZ", "RUS", "--db", Db, "--out", chart]);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("4 events", result.Output);
            Assert.True(File.Exists(chart));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_plot_beside_a_writing_server_says_why_it_cannot_read_and_what_to_do()
    {
        await FillAsync();
        var server = await ServeAsync(Db);
        try
        {
            var result = InProcessCli.Run(["plot", "dyad", "KAZ", "RUS", "--db", Db, "--out", Path.Combine(_folder, "x.svg")]);

            Assert.Equal(3, result.ExitCode);
            Assert.Contains("lock", result.Error);
            Assert.Contains("--read-only", result.Error);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
