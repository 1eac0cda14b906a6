using Npgsql;
using Warta.Errors;
using Warta.Store.Postgres;

namespace Warta.Store.Tests.Postgres;

/// <summary>What only the PostgreSQL store has: migrations and indexes in PostgreSQL, row-level upserts, several writers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server)
{
    [Fact]
    public async Task Opening_migrates_once_with_the_query_indexes_and_refuses_a_newer_schema()
    {
        await using var temp = await PostgresTempStore.CreateAsync(server);
        await using (var again = await PostgresEventStore.OpenAsync(temp.ConnectionString))
            Assert.Equal(PostgresMigrations.Latest, await again.SchemaVersionAsync());

        Assert.Equal(PostgresMigrations.Latest, await Scalar<long>(temp, "SELECT count(*) FROM schema_version"));
        var indexes = await Strings(temp, "SELECT indexname FROM pg_indexes WHERE tablename = 'events'");
        Assert.Superset(new HashSet<string> { "events_date", "events_source_target", "events_target_source", "events_cameo", "events_doc" },
            indexes.ToHashSet());

        await Scalar<int>(temp, "INSERT INTO schema_version VALUES (99, now()) RETURNING version");
        var refused = await Assert.ThrowsAsync<WartaException>(() => PostgresEventStore.OpenAsync(temp.ConnectionString));
        Assert.Equal(ErrorCodes.StoreNewerSchema, refused.Code);
    }

    [Fact]
    public async Task Parquet_export_gives_the_rows_a_duckdb_store_exports_for_the_same_documents()
    {
        await using var duck = await SampleStore.CreateAsync();
        await using var postgres = await SampleStore.FillAsync(await PostgresTempStore.CreateAsync(server));
        var filter = new EventFilter { Actor = "KAZ", IncludeAll = true };

        var fromDuck = await ParquetRows(duck.Store, filter, duck.Folder);
        var fromPostgres = await ParquetRows(postgres.Store, filter, duck.Folder);

        Assert.NotEmpty(fromPostgres);
        Assert.Equal(fromDuck, fromPostgres);
    }

    /// <summary>The export read back through DuckDB: the column names and types, then every row as text, in file order.</summary>
    private static async Task<List<string>> ParquetRows(IEventStore store, EventFilter filter, string folder)
    {
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.parquet");
        await using (var stream = File.Create(file)) await store.ExportAsync(filter, ExportFormat.Parquet, stream);
        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet('{file}')";
        using var reader = command.ExecuteReader();
        var rows = new List<string>
        {
            string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}:{reader.GetFieldType(i).Name}")),
        };
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i),
                System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    [Fact]
    public async Task A_redelivered_document_rewrites_the_same_rows()
    {
        await using var temp = await PostgresTempStore.CreateAsync(server);
        var coded = Articles.Code("doc", Articles.RussiaKazakhstanId, source: "Kompas");
        await temp.Store.SaveAsync([coded, Articles.Code("other", Articles.JapanChinaEn)]);
        var before = await Rows(temp);

        var again = await temp.Store.SaveAsync([coded]);

        Assert.Equal(new SaveResult(0, 1, 0, coded.Events.Count), again);
        Assert.Equal(before, await Rows(temp));
    }

    [Fact]
    public async Task A_shorter_text_under_the_same_id_leaves_no_stale_sentence_band_or_event()
    {
        await using var temp = await PostgresTempStore.CreateAsync(server);
        await temp.Store.SaveAsync([Articles.Code("doc", Articles.RussiaKazakhstanEn)]);
        var shorter = Articles.Code("doc", "Russia's foreign ministry summoned Kazakhstan's ambassador in Moscow on Tuesday.");

        await temp.Store.SaveAsync([shorter]);

        Assert.Equal(1, await Scalar<long>(temp, "SELECT count(*) FROM sentences WHERE doc = 'doc'"));
        Assert.Equal(shorter.Events.Select(e => e.Id), (await temp.Store.EventsOfDocumentAsync("doc")).Select(e => e.Id));
        Assert.Equal(shorter.Events.Count, await Scalar<long>(temp, "SELECT count(*) FROM events"));
        Assert.Equal(Syndication.MinHashBands.Bands, await Scalar<long>(temp, "SELECT count(*) FROM document_bands"));
    }

    [Fact]
    public async Task Two_stores_saving_overlapping_batches_at_once_store_each_document_once_with_consistent_clusters()
    {
        await using var temp = await PostgresTempStore.CreateAsync(server);
        await using var second = await PostgresEventStore.OpenAsync(temp.ConnectionString);
        var documents = Enumerable.Range(0, 8)
            .Select(i => Articles.Code($"d{i}", $"Berita {i}. " + Articles.RussiaKazakhstanId, source: $"outlet{i % 3}")).ToArray();

        await Task.WhenAll(
            Task.Run(() => temp.Store.SaveAsync(documents[..6])),
            Task.Run(() => second.SaveAsync(documents[2..])));

        var statistics = await temp.Store.StatisticsAsync();
        Assert.Equal(8, statistics.Documents);
        Assert.Equal(documents.Sum(d => d.Events.Select(e => e.Id).Distinct().Count()), statistics.Events);
        var summons = (await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter { Source = "RUSGOV", Cameo = "114" }, PageSize: 100))).Items;
        Assert.Equal(8, summons.Count);
        Assert.All(summons, s => Assert.Equal((8, 3), (s.NumArticles, s.NumSources)));
    }

    /// <summary>Every stored row that a save writes, except the ingest time, as text in a fixed order.</summary>
    private static async Task<List<string>> Rows(PostgresTempStore temp) =>
    [
        .. await Strings(temp, "SELECT concat_ws('|', id, seq, outlet, content_hash, syndicated_from) FROM documents ORDER BY id"),
        .. await Strings(temp, """SELECT concat_ws('|', doc, "index", "start", "end", text) FROM sentences ORDER BY doc, "index" """),
        .. await Strings(temp, "SELECT concat_ws('|', doc, band, hash) FROM document_bands ORDER BY doc, band"),
        .. await Strings(temp, "SELECT concat_ws('|', id, doc, cluster_id, position, cameo) FROM events ORDER BY id"),
        .. await Strings(temp, "SELECT concat_ws('|', cluster_id, num_mentions, num_sources, num_articles, all_mentions) FROM event_clusters ORDER BY cluster_id"),
        .. await Strings(temp, "SELECT concat_ws('|', code, country, mentions) FROM actors ORDER BY code"),
    ];

    private static async Task<List<string>> Strings(PostgresTempStore temp, string sql)
    {
        await using var connection = new NpgsqlConnection(temp.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    private static async Task<T> Scalar<T>(PostgresTempStore temp, string sql)
    {
        await using var connection = new NpgsqlConnection(temp.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
