using Warta.Cli.Commands;
using Warta.Store.DuckDb;

namespace Warta.Store.Tests;

public sealed class ServeStorePathTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-serve-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Without_db_serve_uses_the_default_store_when_the_folder_has_one()
    {
        var file = Path.Combine(_folder, DuckDbEventStore.DefaultFile);
        File.WriteAllBytes(file, []);

        Assert.Equal(file, ServeCommand.StorePath(null, _folder, canOpenStores: true));
    }

    [Fact]
    public void Without_db_and_without_the_default_file_serve_runs_with_no_store()
    {
        Assert.Null(ServeCommand.StorePath(null, _folder, canOpenStores: true));
        Assert.False(File.Exists(Path.Combine(_folder, DuckDbEventStore.DefaultFile)));
    }

    [Fact]
    public void A_given_db_wins_and_a_build_without_stores_never_picks_the_default()
    {
        File.WriteAllBytes(Path.Combine(_folder, DuckDbEventStore.DefaultFile), []);

        Assert.Equal("other.duckdb", ServeCommand.StorePath("other.duckdb", _folder, canOpenStores: true));
        Assert.Null(ServeCommand.StorePath(null, _folder, canOpenStores: false));
    }
}
