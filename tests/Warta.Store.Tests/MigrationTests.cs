using DuckDB.NET.Data;
using Warta.Store.DuckDb;

namespace Warta.Store.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Version_1_and_2_files_are_migrated_to_the_latest_on_open_and_keep_their_rows()
    {
        var folder = Directory.CreateTempSubdirectory("warta-migrate-").FullName;
        var file = Path.Combine(folder, "old.duckdb");
        try
        {
            await using (var v1 = DuckDbEventStore.Open(file, schemaVersion: 1))
                Assert.Equal(1, v1.SchemaVersion);
            using (var connection = new DuckDBConnection($"Data Source={file}"))
            {
                connection.Open();
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO event_clusters VALUES ('c1', DATE '2024-03-11', 'RUS', 'KAZ', '114', 1, 1, 1)";
                insert.ExecuteNonQuery();
                Assert.Empty(Indexes(connection));
            }

            await using (var v2 = DuckDbEventStore.Open(file, schemaVersion: 2))
            {
                Assert.Equal(2, v2.SchemaVersion);
                Assert.Equal(1, (await v2.SaveAsync([Articles.Code("before", Articles.RussiaKazakhstanId)])).DocumentsAdded);
            }
            using (var connection = new DuckDBConnection($"Data Source={file}"))
            {
                connection.Open();
                Assert.Contains("events_doc", Indexes(connection));
            }

            var stored = Articles.Code("before", Articles.RussiaKazakhstanId);
            await using (var store = DuckDbEventStore.Open(file))
            {
                Assert.Equal(SchemaMigrations.Latest, store.SchemaVersion);
                Assert.Equal(Articles.AsStored(stored.Events), await store.EventsOfDocumentAsync("before"));
                Assert.Equal(ContentHash.Of(Articles.RussiaKazakhstanId), (await store.GetDocumentAsync("before"))!.ContentHash);
                Assert.True(await store.ContainsAsync(ContentHash.Of(Articles.RussiaKazakhstanId)));
                Assert.Equal(new SaveResult(0, 0, 1, 0), await store.SaveAsync([Articles.Code("again", Articles.RussiaKazakhstanId)]));
                Assert.Equal(1, (await store.SaveAsync([Articles.Code("after", Articles.JapanChinaEn)])).DocumentsAdded);
                Assert.Equal(2, (await store.StatisticsAsync()).Documents);
            }
            using (var connection = new DuckDBConnection($"Data Source={file}"))
            {
                connection.Open();
                Assert.Empty(Indexes(connection)); // version 3 dropped them: see SchemaMigrations
                Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'UNIQUE'"));
                Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM event_clusters WHERE cluster_id = 'c1'"));
                Assert.Equal(string.Join(",", Enumerable.Range(1, SchemaMigrations.Latest)), Scalar(connection, "SELECT string_agg(CAST(version AS VARCHAR), ',' ORDER BY version) FROM schema_version"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Opening_again_applies_nothing_twice()
    {
        await using var temp = new TempStore();
        await temp.Store.DisposeAsync();

        await using var again = DuckDbEventStore.Open(temp.File);

        Assert.Equal(SchemaMigrations.Latest, again.SchemaVersion);
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<string> Indexes(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT index_name FROM duckdb_indexes() ORDER BY index_name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }
}

public sealed class NewStoreFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-new-store-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_store_file_a_killed_creation_left_half_made_is_replaced_by_the_next_open()
    {
        var file = Path.Combine(_folder, "new.duckdb");
        File.WriteAllBytes(file + ".creating", []); // what a process killed while DuckDB created the file leaves

        await using (var store = DuckDbEventStore.Open(file))
            Assert.Equal(0, (await store.StatisticsAsync()).Documents);

        Assert.False(File.Exists(file + ".creating"));
        await using var readOnly = DuckDbEventStore.OpenReadOnly(file);
        Assert.Equal(SchemaMigrations.Latest, readOnly.SchemaVersion);
    }
}
