using Npgsql;
using Warta.Coding;
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
    public async Task Actor_counts_migrated_from_stored_events_give_the_actors_and_counts_of_a_store_that_always_had_them()
    {
        CodedDocument[] before =
        [
            Articles.Code("ru", Articles.RussiaKazakhstanEn, source: "Reuters"),
            Articles.Code("ru-id", Articles.RussiaKazakhstanId, source: "Kompas"),
            Articles.Code("jp", Articles.JapanChinaEn, source: "AP"),
        ];
        var later = Articles.Code("ru", "Russia's foreign ministry summoned Kazakhstan's ambassador in Moscow on Tuesday.");
        // A store of schema version 3 with these documents: saved now, then without what versions 4 and 5 added.
        await using var migrated = await PostgresTempStore.CreateAsync(server);
        await migrated.Store.SaveAsync(before);
        await Strings(migrated, PostgresTempStore.UndoSentencesWithEvents + "; DROP TABLE actor_counts, cluster_outlets; ALTER TABLE documents DROP COLUMN counted_outlet, DROP COLUMN counted_original; DELETE FROM schema_version WHERE version >= 4; SELECT 'v3'");
        Assert.Equal(["3"], await Strings(migrated, "SELECT max(version)::text FROM schema_version WHERE to_regclass('actor_counts') IS NULL"));
        await using var always = await PostgresTempStore.CreateAsync(server);
        await always.Store.SaveAsync(before);

        await using (var reopened = await PostgresEventStore.OpenAsync(migrated.ConnectionString))
        {
            Assert.Equal(await Rows(always), await Rows(migrated));
            await reopened.SaveAsync([later]); // a replaced document's events leave the migrated counts
        }
        await always.Store.SaveAsync([later]);

        Assert.Equal(await Rows(always), await Rows(migrated));
        Assert.NotEmpty(await Strings(migrated, "SELECT code FROM actors WHERE code LIKE 'RUS%'"));
        Assert.Equal(await Strings(always, "SELECT concat_ws('|', code, field, value, n) FROM actor_counts ORDER BY 1"),
            await Strings(migrated, "SELECT concat_ws('|', code, field, value, n) FROM actor_counts ORDER BY 1"));
    }

    [Fact]
    public async Task The_keyword_index_holds_each_sentence_with_events_once_also_in_a_store_migrated_from_version_6()
    {
        CodedDocument[] documents =
        [
            Articles.Code("ru", Articles.RussiaKazakhstanEn, source: "Reuters"),
            Articles.Code("jp", Articles.JapanChinaEn, source: "AP"),
            Articles.Code("kz", "It rained in Astana on Monday. Kazakhstan's foreign ministry criticized Russia on Monday.", source: "AP"),
        ];
        var later = Articles.Code("ru", "Russia's foreign ministry summoned Kazakhstan's ambassador in Moscow on Tuesday.");
        await using var migrated = await PostgresTempStore.CreateAsync(server);
        await migrated.Store.SaveAsync(documents);
        await Strings(migrated, PostgresTempStore.UndoSentencesWithEvents + "; DELETE FROM schema_version WHERE version >= 7; SELECT 'v6'");
        await (await PostgresEventStore.OpenAsync(migrated.ConnectionString)).DisposeAsync();
        await using var always = await PostgresTempStore.CreateAsync(server);
        await always.Store.SaveAsync(documents);

        foreach (var temp in new[] { migrated, always, migrated, always })
        {
            // The marked sentences are those events come from, each once, with the text the events hold.
            Assert.Equal(await Strings(temp, "SELECT DISTINCT concat_ws('|', doc, sentence_index, sentence) FROM events ORDER BY 1"),
                await Strings(temp, """SELECT concat_ws('|', doc, "index", text) FROM sentences WHERE has_events ORDER BY 1"""));
            Assert.NotEmpty(await Strings(temp, "SELECT doc FROM sentences WHERE NOT has_events"));
            Assert.Equal(["sentences_with_events_trgm"], await Strings(temp, "SELECT indexname::text FROM pg_indexes WHERE indexname LIKE '%trgm' AND tablename <> 'documents'"));
            await temp.Store.SaveAsync([later]); // the second time round, the replaced document's marks follow its new events
        }
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

    /// <summary>
    /// Two writers save at the same moment batches that collide on every key a save decides by: one document id in
    /// both, one text under two ids (one content hash), two near-copies (syndication), and articles reporting the same
    /// events (cluster ids, actors). Whatever the interleaving, the store must equal one of the two serial runs.
    /// </summary>
    [Fact]
    public async Task Concurrent_saves_sharing_ids_hashes_copies_and_clusters_equal_a_serial_run()
    {
        const string longer =
            "Russia's foreign ministry summoned Kazakhstan's ambassador in Moscow on Tuesday. " +
            "Japan expelled two Chinese diplomats on Monday after a long dispute over fishing boats near the islands. " +
            "The United Nations criticized Myanmar's military government for the arrests of reporters in the capital. " +
            "Officials in Jakarta said the talks with Malaysia would resume next month once both teams had returned home. " +
            "Farmers in the province waited for the rain that the weather office had promised for the first week of the season.";
        CodedDocument[] first =
        [
            Articles.Code("shared", "Berita bersama. " + Articles.RussiaKazakhstanId, source: "Kompas"),
            Articles.Code("a-dup", Articles.JapanChinaEn, source: "Tempo"),
            Articles.Code("a-copy", longer, source: "Antara"),
            Articles.Code("a-ru-1", "Laporan pagi. " + Articles.RussiaKazakhstanId, source: "Detik"),
            Articles.Code("a-ru-2", "Morning report. " + Articles.RussiaKazakhstanEn, source: "Reuters"),
        ];
        CodedDocument[] second =
        [
            Articles.Code("b-ru-1", "Laporan sore. " + Articles.RussiaKazakhstanId, source: "Kompas"),
            Articles.Code("b-dup", Articles.JapanChinaEn, source: "Jakarta Post"),
            Articles.Code("b-copy", longer + " The story was updated.", source: "Republika"),
            Articles.Code("shared", "Berita bersama. " + Articles.RussiaKazakhstanId, source: "Kompas"),
            Articles.Code("b-ru-en", "Evening report. " + Articles.RussiaKazakhstanEn, source: "AP"),
        ];

        async Task<List<string>> Serial(CodedDocument[] before, CodedDocument[] after)
        {
            await using var temp = await PostgresTempStore.CreateAsync(server);
            await temp.Store.SaveAsync(before);
            await temp.Store.SaveAsync(after);
            return await OrderIndependentRows(temp);
        }
        var firstThenSecond = await Serial(first, second);
        var secondThenFirst = await Serial(second, first);
        Assert.NotEqual(firstThenSecond, secondThenFirst); // the order matters, so a lost conflict would show
        Assert.Contains(firstThenSecond, r => r.StartsWith("b-copy|", StringComparison.Ordinal) && r.EndsWith("|a-copy", StringComparison.Ordinal));
        Assert.DoesNotContain(firstThenSecond, r => r.StartsWith("b-dup|", StringComparison.Ordinal));

        for (int round = 0; round < 4; round++)
        {
            await using var temp = await PostgresTempStore.CreateAsync(server);
            await using var other = await PostgresEventStore.OpenAsync(temp.ConnectionString);
            using var start = new Barrier(2);
            await Task.WhenAll(
                Task.Run(async () => { start.SignalAndWait(); await temp.Store.SaveAsync(first); }),
                Task.Run(async () => { start.SignalAndWait(); await other.SaveAsync(second); }));
            var concurrent = await OrderIndependentRows(temp);
            Assert.True(concurrent.SequenceEqual(firstThenSecond) || concurrent.SequenceEqual(secondThenFirst),
                $"round {round}: the concurrent saves equal neither serial order:\n{string.Join("\n", concurrent.Except(firstThenSecond))}");
        }
    }

    /// <summary>
    /// Different articles (no shared id, text or near-copy) reporting the same events, saved one per transaction by
    /// two writers at once: each save recomputes the same clusters and actors, which must count every article as a
    /// serial run does, whichever save commits first.
    /// </summary>
    [Fact]
    public async Task Concurrent_saves_of_different_articles_on_the_same_events_count_clusters_and_actors_as_a_serial_run()
    {
        string[] asides =
        [
            "Harga beras di pasar induk naik tipis menjelang akhir pekan karena pasokan dari desa berkurang.",
            "Tim sepak bola kota itu menang dua gol tanpa balas di kandang sendiri di depan penonton yang penuh.",
            "Hujan deras sejak pagi membuat beberapa jalan di pinggiran kota tergenang hingga sore.",
            "Pameran buku tahunan dibuka dengan ratusan pengunjung yang antre sejak hari pertama.",
            "Pabrik tekstil di kawasan industri menambah giliran kerja malam untuk memenuhi pesanan ekspor.",
            "Sekolah-sekolah di provinsi itu memulai semester baru lebih awal dari tahun-tahun sebelumnya.",
            "Nelayan setempat melaporkan tangkapan ikan yang lebih besar bulan ini setelah cuaca membaik.",
            "Jembatan baru di tepi sungai akan diresmikan bulan depan oleh pejabat daerah.",
        ];
        var documents = Enumerable.Range(0, asides.Length)
            .Select(i => Articles.Code($"article{i}", $"{asides[i]} {Articles.RussiaKazakhstanId} {asides[(i + 3) % asides.Length]}",
                source: $"outlet{i % 5}"))
            .ToArray();

        await using var serial = await PostgresTempStore.CreateAsync(server);
        foreach (var document in documents) await serial.Store.SaveAsync([document]);
        var expected = await OrderFreeRows(serial);
        Assert.Contains(expected, r => r.EndsWith("|8|5|8|8", StringComparison.Ordinal)); // one cluster counts all eight articles

        for (int round = 0; round < 6; round++)
        {
            await using var temp = await PostgresTempStore.CreateAsync(server);
            await using var other = await PostgresEventStore.OpenAsync(temp.ConnectionString);
            using var start = new Barrier(2);
            async Task SaveEach(IEventStore store, IEnumerable<CodedDocument> mine)
            {
                start.SignalAndWait();
                foreach (var document in mine) await store.SaveAsync([document]);
            }
            await Task.WhenAll(
                Task.Run(() => SaveEach(temp.Store, documents.Where((_, i) => i % 2 == 0))),
                Task.Run(() => SaveEach(other, documents.Where((_, i) => i % 2 == 1))));
            var concurrent = await OrderFreeRows(temp);
            Assert.True(concurrent.SequenceEqual(expected),
                $"round {round}: rows differ from the serial run:\n{string.Join("\n", concurrent.Except(expected))}");
        }
    }

    /// <summary>As <see cref="Rows"/>, without the ingest sequence.</summary>
    private static async Task<List<string>> OrderFreeRows(PostgresTempStore temp) =>
    [
        .. await Strings(temp, "SELECT concat_ws('|', id, outlet, content_hash, syndicated_from) FROM documents ORDER BY id"),
        .. await RowsBesideDocuments(temp),
    ];

    /// <summary>As <see cref="Rows"/>, with a document's ingest sequence as its rank (a sequence may leave gaps).</summary>
    private static async Task<List<string>> OrderIndependentRows(PostgresTempStore temp) =>
    [
        .. await Strings(temp, "SELECT concat_ws('|', id, rank() OVER (ORDER BY seq), outlet, content_hash, syndicated_from) FROM documents ORDER BY id"),
        .. await RowsBesideDocuments(temp),
    ];

    /// <summary>Every stored row that a save writes, except the ingest time, as text in a fixed order.</summary>
    private static async Task<List<string>> Rows(PostgresTempStore temp) =>
    [
        .. await Strings(temp, "SELECT concat_ws('|', id, seq, outlet, content_hash, syndicated_from) FROM documents ORDER BY id"),
        .. await RowsBesideDocuments(temp),
    ];

    private static async Task<List<string>> RowsBesideDocuments(PostgresTempStore temp) =>
    [
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
