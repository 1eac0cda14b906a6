using System.Net;
using System.Net.Sockets;
using Warta.Cli;

namespace Warta.Store.Tests;

/// <summary>
/// A <c>--db</c> that can be no store and a <c>--urls</c> that cannot be served: each is a clear error with its code, no
/// stack trace, and no stray half-made file.
/// </summary>
public sealed class BadStoreAndAddressTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-baddb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Article()
    {
        var path = Path.Combine(_folder, "a.txt");
        File.WriteAllText(path, Tests.Articles.JapanChinaEn);
        return path;
    }

    private static void AssertCleanError((int ExitCode, string Output, string Error) run, int exitCode, string expected)
    {
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("   at ", run.Error); // no stack trace
        Assert.DoesNotContain("Exception", run.Error);
    }

    [Fact]
    public void A_db_that_is_a_folder_is_refused_by_name()
    {
        var folder = Path.Combine(_folder, "store");
        Directory.CreateDirectory(folder);

        AssertCleanError(InProcessCli.Run("ingest", Article(), "--db", folder, "--data", TestPaths.Data), ExitCodes.DataMissing,
            $"error: WRT0401: {folder}: is a folder, not a store file");
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void An_empty_db_value_is_refused()
    {
        AssertCleanError(InProcessCli.Run("ingest", Article(), "--db", "", "--data", TestPaths.Data), ExitCodes.DataMissing,
            "error: WRT0401: --db is empty");
    }

    [Fact]
    public void An_empty_db_file_is_refused_and_left_as_it_is()
    {
        var empty = Path.Combine(_folder, "empty.duckdb");
        File.WriteAllBytes(empty, []);

        AssertCleanError(InProcessCli.Run("ingest", Article(), "--db", empty, "--data", TestPaths.Data), ExitCodes.DataMissing,
            $"error: WRT0401: {empty}: is an empty file (0 bytes)");
        Assert.Equal(0, new FileInfo(empty).Length);
    }

    [Fact]
    public void A_db_under_a_missing_folder_is_refused_and_no_creating_file_is_left()
    {
        var db = Path.Combine(_folder, "missing", "store.duckdb");

        AssertCleanError(InProcessCli.Run("ingest", Article(), "--db", db, "--data", TestPaths.Data), ExitCodes.DataMissing,
            $"the folder {Path.Combine(_folder, "missing")} does not exist");
        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Serve_with_a_missing_db_exits_3_and_creates_nothing()
    {
        var db = Path.Combine(_folder, "mistyped.duckdb");

        AssertCleanError(InProcessCli.Run("serve", "--db", db, "--data", TestPaths.Data, "--urls", "http://127.0.0.1:0"),
            ExitCodes.DataMissing, $"error: --db {db}: no such store");
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("garbage::://x", "Unrecognized scheme")]
    [InlineData("http://127.0.0.1:99999", "port")]
    [InlineData("http://192.0.2.1:5080", "Cannot assign requested address")]
    public void Serve_with_an_address_it_cannot_parse_or_bind_is_WRT0502_without_a_stack_trace(string urls, string reason)
    {
        var run = InProcessCli.Run("serve", "--data", TestPaths.Data, "--urls", urls);

        AssertCleanError(run, ExitCodes.Usage, $"error: WRT0502: cannot listen on {urls}");
        Assert.Contains(reason, run.Error);
    }

    [Fact]
    public void Serve_on_a_port_that_is_taken_is_WRT0502()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var urls = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        AssertCleanError(InProcessCli.Run("serve", "--data", TestPaths.Data, "--urls", urls), ExitCodes.Usage,
            $"error: WRT0502: cannot listen on {urls}");
    }

    [Fact]
    public void Serve_create_makes_the_missing_store_it_is_asked_to()
    {
        var db = Path.Combine(_folder, "new.duckdb");

        // An address that cannot be parsed stops the server right after the store is opened, so the test ends.
        var run = InProcessCli.Run("serve", "--db", db, "--create", "--data", TestPaths.Data, "--urls", "garbage::://x");

        AssertCleanError(run, ExitCodes.Usage, "WRT0502");
        Assert.True(File.Exists(db));
    }
}
