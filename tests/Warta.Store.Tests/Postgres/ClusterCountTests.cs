using Npgsql;
using Warta.Coding;
using Warta.Store.Postgres;

namespace Warta.Store.Tests.Postgres;

/// <summary>
/// The PostgreSQL store's cluster counts are adjusted by each save (not recounted): whatever the saves and their
/// interleaving, they must equal what a full recount of the stored events gives.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterCountTests(PostgresServer server)
{
    private const string Longer =
        "Russia's foreign ministry summoned Kazakhstan's ambassador in Moscow on Tuesday. " +
        "Japan expelled two Chinese diplomats on Monday after a long dispute over fishing boats near the islands. " +
        "The United Nations criticized Myanmar's military government for the arrests of reporters in the capital. " +
        "Indonesia did not sign the agreement with Malaysia after the talks in Jakarta ended without a deal. " +
        "Farmers in the province waited for the rain that the weather office had promised for the first week of the season.";

    private static readonly string[] Openings =
    [
        "Laporan pagi.", "Morning report.", "Evening report.", "Laporan sore.", "Late edition.", "Berita malam.",
    ];

    private static readonly string[] Texts =
    [
        Articles.RussiaKazakhstanId, Articles.RussiaKazakhstanEn, Articles.JapanChinaEn, SampleStore.KazakhstanRussia,
    ];

    /// <summary>
    /// Two writers' documents: articles on the same events from six outlets, some ids in both (a redelivery to
    /// another worker), one id with a different text and outlet in each (a replacement, whichever commits last),
    /// a near-copy pair (one becomes a syndicated copy of the other) and events that are not asserted.
    /// </summary>
    private static (CodedDocument[] First, CodedDocument[] Second) Writers()
    {
        var first = new List<CodedDocument>();
        var second = new List<CodedDocument>();
        for (int i = 0; i < 12; i++)
        {
            var document = Articles.Code($"article{i}", $"{Openings[i % Openings.Length]} {i}. {Texts[i % Texts.Length]}", source: $"outlet{i % 6}");
            (i % 2 == 0 ? first : second).Add(document);
            if (i % 5 == 0) (i % 2 == 0 ? second : first).Add(document);
        }
        first.Add(Articles.Code("changing", $"Kabar pertama. {Articles.RussiaKazakhstanId}", source: "Kompas"));
        second.Add(Articles.Code("changing", $"Second take. {Articles.JapanChinaEn}", source: "Reuters"));
        first.Add(Articles.Code("original", Longer, source: "Antara"));
        second.Add(Articles.Code("copy", Longer + " The story was updated.", source: "Republika"));
        return (first.ToArray(), second.ToArray());
    }

    [Fact]
    public async Task Two_writers_saving_documents_that_share_clusters_leave_the_counts_a_full_recount_gives()
    {
        var (first, second) = Writers();
        Assert.Contains(first.Concat(second).SelectMany(d => d.Events), e => e.Modality != ClusterCounts.AssertedModality);

        for (int round = 0; round < 6; round++)
        {
            await using var temp = await PostgresTempStore.CreateAsync(server);
            await using var other = await PostgresEventStore.OpenAsync(temp.ConnectionString);
            using var start = new Barrier(2);
            // Round by round: one document per transaction, then batches of two and three, so saves overlap differently.
            int size = 1 + round % 3;
            async Task Save(IEventStore store, CodedDocument[] mine)
            {
                start.SignalAndWait();
                foreach (var batch in mine.Chunk(size)) await store.SaveAsync(batch);
            }
            await Task.WhenAll(Task.Run(() => Save(temp.Store, first)), Task.Run(() => Save(other, second)));

            var adjusted = await Counts(temp);
            await temp.Postgres.RecountClustersAsync();
            var recounted = await Counts(temp);
            Assert.True(adjusted.SequenceEqual(recounted),
                $"round {round}: adjusted counts differ from the recount:\n{string.Join("\n", adjusted.Except(recounted))}\n" +
                $"recount:\n{string.Join("\n", recounted.Except(adjusted))}");
            // The clusters are shared: one counts at least the three Indonesian articles of the Russian summons, from
            // several outlets, and one document is a copy.
            Assert.Contains(recounted, r => r.StartsWith("cluster|", StringComparison.Ordinal) && Field(r, 3) >= 3 && Field(r, 4) >= 3);
            Assert.Equal(1, (await temp.Store.StatisticsAsync()).SyndicatedDocuments);
        }
    }

    [Fact]
    public async Task A_document_delivered_again_to_either_writer_does_not_count_twice()
    {
        var (first, _) = Writers();
        await using var temp = await PostgresTempStore.CreateAsync(server);
        await using var other = await PostgresEventStore.OpenAsync(temp.ConnectionString);
        await temp.Store.SaveAsync(first);
        var once = await Counts(temp);

        await temp.Store.SaveAsync(first);
        using var start = new Barrier(2);
        await Task.WhenAll(
            Task.Run(async () => { start.SignalAndWait(); await temp.Store.SaveAsync(first[..5]); }),
            Task.Run(async () => { start.SignalAndWait(); await other.SaveAsync(first[3..]); }));

        Assert.Equal(once, await Counts(temp));
        await temp.Postgres.RecountClustersAsync();
        Assert.Equal(once, await Counts(temp));
    }

    [Fact]
    public async Task A_document_replaced_by_another_text_outlet_and_status_moves_its_counts_with_it()
    {
        await using var temp = await PostgresTempStore.CreateAsync(server);
        await temp.Store.SaveAsync([Articles.Code("original", Longer, source: "Antara")]);
        await temp.Store.SaveAsync([Articles.Code("moving", $"Kabar pertama. {Articles.RussiaKazakhstanId}", source: "Kompas")]);
        // Now a near-copy of the original from another outlet: a copy adds its outlet to the sources only.
        await temp.Store.SaveAsync([Articles.Code("moving", Longer + " The story was updated.", source: "Republika")]);
        Assert.Equal("original", (await temp.Store.GetDocumentAsync("moving"))!.SyndicatedFrom);
        var asCopy = await Counts(temp);
        await temp.Postgres.RecountClustersAsync();
        Assert.Equal(await Counts(temp), asCopy);

        // And back to an original of its own, then gone from the clusters it shared (a text with no events).
        await temp.Store.SaveAsync([Articles.Code("moving", $"Kabar kedua. {Articles.RussiaKazakhstanId}", source: "Tempo")]);
        await temp.Store.SaveAsync([Articles.Code("moving", "Hujan deras sejak pagi membuat beberapa jalan tergenang hingga sore.")]);
        var adjusted = await Counts(temp);
        await temp.Postgres.RecountClustersAsync();
        Assert.Equal(await Counts(temp), adjusted);
        Assert.DoesNotContain(adjusted, r => r.Contains("|Kompas|", StringComparison.Ordinal) || r.Contains("|Tempo|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_recount_repairs_counts_that_were_damaged()
    {
        var (first, second) = Writers();
        await using var temp = await PostgresTempStore.CreateAsync(server);
        await temp.Store.SaveAsync(first);
        await temp.Store.SaveAsync(second);
        var good = await Counts(temp);

        const string Damage = "UPDATE event_clusters SET num_mentions = num_mentions + 7; DELETE FROM cluster_outlets WHERE outlet = 'outlet1'";
        await Execute(temp, Damage);
        Assert.NotEqual(good, await Counts(temp));
        Assert.Equal(good.Count(r => r.StartsWith("cluster|", StringComparison.Ordinal)), await temp.Postgres.RecountClustersAsync());
        Assert.Equal(good, await Counts(temp));

        // The same repair from the command line.
        await Execute(temp, Damage);
        var run = InProcessCli.Run("recount-clusters", "--postgres", temp.ConnectionString);
        Assert.Equal((0, $"recount-clusters: {good.Count(r => r.StartsWith("cluster|", StringComparison.Ordinal))} clusters recounted"),
            (run.ExitCode, run.Output.Trim()));
        Assert.Equal(good, await Counts(temp));
    }

    [Fact]
    public async Task Counts_migrated_from_stored_events_equal_those_of_a_store_that_always_adjusted_them()
    {
        var (first, second) = Writers();
        await using var migrated = await PostgresTempStore.CreateAsync(server);
        await migrated.Store.SaveAsync(first);
        // Schema version 4: no cluster_outlets, and event_clusters as a recount wrote them (damaged here, to show the
        // migration recounts them).
        await Execute(migrated, PostgresTempStore.UndoSentencesWithEvents + "; DROP TABLE cluster_outlets; ALTER TABLE documents DROP COLUMN counted_outlet, DROP COLUMN counted_original; DELETE FROM schema_version WHERE version >= 5; UPDATE event_clusters SET num_sources = 0");
        await using var always = await PostgresTempStore.CreateAsync(server);
        await always.Store.SaveAsync(first);

        await using (var reopened = await PostgresEventStore.OpenAsync(migrated.ConnectionString))
        {
            Assert.Equal(await Counts(always), await Counts(migrated));
            await reopened.SaveAsync(second);
        }
        await always.Store.SaveAsync(second);

        Assert.Equal(await Counts(always), await Counts(migrated));
    }

    /// <summary>
    /// A save is two transactions (what the documents are, then their sentences, events and counts): a worker killed
    /// between them leaves a document row with its new outlet and status but its old events, counted as they were;
    /// the redelivery must move the counts from how the old events were counted, not from the row's new status.
    /// </summary>
    [Fact]
    public async Task A_save_that_died_between_its_two_transactions_is_completed_by_the_redelivery()
    {
        await using var temp = await PostgresTempStore.CreateAsync(server);
        await temp.Store.SaveAsync([Articles.Code("original", Longer, source: "Antara")]);
        var asOriginal = Articles.Code("moving", $"Kabar pertama. {Articles.RussiaKazakhstanId}", source: "Kompas");
        await temp.Store.SaveAsync([asOriginal]);
        var before = await Counts(temp);

        var asCopy = Articles.Code("moving", Longer + " The story was updated.", source: "Republika");
        await DecideOnly(temp, asCopy);
        Assert.Equal("original", (await temp.Store.GetDocumentAsync("moving"))!.SyndicatedFrom);
        Assert.Equal(EventIds(asOriginal), await StoredEventIds(temp, "moving"));
        Assert.Equal(before, await Counts(temp));

        await temp.Store.SaveAsync([asCopy]);
        Assert.Equal(EventIds(asCopy), await StoredEventIds(temp, "moving"));
        var completed = await Counts(temp);
        Assert.NotEqual(before, completed);
        await temp.Postgres.RecountClustersAsync();
        Assert.Equal(await Counts(temp), completed);
    }

    /// <summary>
    /// The contents of a decision that a later save of the same id has overtaken (a redelivery to a second worker while
    /// the first was slow) are not written: the document keeps the later save's text and events, counted once.
    /// </summary>
    [Fact]
    public async Task Contents_of_a_decision_overtaken_by_a_later_save_of_the_same_id_are_not_written()
    {
        await using var temp = await PostgresTempStore.CreateAsync(server);
        var older = Articles.Code("changing", $"Kabar pertama. {Articles.RussiaKazakhstanId}", source: "Kompas");
        var newer = Articles.Code("changing", $"Second take. {Articles.JapanChinaEn}", source: "Reuters");
        var decided = await DecideOnly(temp, older);
        await temp.Store.SaveAsync([newer]);

        await using (var connection = new NpgsqlConnection(temp.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var late = await new PostgresBatchSaver(connection).SaveAsync(decided, CancellationToken.None);
            await transaction.CommitAsync();
            Assert.Equal(0, late.EventsWritten);
        }

        Assert.Equal(newer.Input.Text, (await temp.Store.GetDocumentAsync("changing"))!.Text);
        Assert.Equal(EventIds(newer), await StoredEventIds(temp, "changing"));
        var adjusted = await Counts(temp);
        await temp.Postgres.RecountClustersAsync();
        Assert.Equal(await Counts(temp), adjusted);
    }

    /// <summary>
    /// Near-copies saved at once by three writers, one per save: whichever decides first is the original and every
    /// other is its copy. A copy is of an earlier document, and the decisions are ordered as the sequence numbers,
    /// which are taken under the band locks: the original is the one with the lowest sequence.
    /// </summary>
    [Fact]
    public async Task Near_copies_saved_at_once_are_copies_of_the_one_with_the_lowest_sequence()
    {
        string[] updates =
        [
            "The story was updated.", "A photograph was added.", "The headline was changed.", "A spelling was corrected.",
            "A map was added.", "The second paragraph was shortened.", "A caption was fixed.", "A link was added.", "The byline was added.",
        ];
        var copies = updates.Select((update, i) => Articles.Code($"copy{i}", $"{Longer} {update}", source: $"outlet{i}")).ToArray();
        for (int round = 0; round < 3; round++)
        {
            await using var temp = await PostgresTempStore.CreateAsync(server);
            await using var second = await PostgresEventStore.OpenAsync(temp.ConnectionString);
            await using var third = await PostgresEventStore.OpenAsync(temp.ConnectionString);
            IEventStore[] writers = [temp.Store, second, third];
            using var start = new Barrier(writers.Length);
            await Task.WhenAll(writers.Select((writer, w) => Task.Run(async () =>
            {
                start.SignalAndWait();
                foreach (var copy in copies.Where((_, i) => i % writers.Length == (w + round) % writers.Length)) await writer.SaveAsync([copy]);
            })));

            var bySequence = await Strings(temp, "SELECT concat_ws('|', id, syndicated_from) FROM documents ORDER BY seq");
            var original = bySequence[0];
            Assert.DoesNotContain("|", original);
            Assert.Equal(bySequence.Skip(1).Select(row => row.Split('|')[0] + "|" + original), bySequence.Skip(1));
            var adjusted = await Counts(temp);
            await temp.Postgres.RecountClustersAsync();
            Assert.Equal(await Counts(temp), adjusted);
        }
    }

    /// <summary>The first of a save's two transactions alone, committed: what a worker killed between them leaves.</summary>
    private static async Task<DecidedBatch> DecideOnly(PostgresTempStore temp, params CodedDocument[] documents)
    {
        await using var connection = new NpgsqlConnection(temp.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var decided = await new PostgresDocumentDecision(connection).DecideAsync(documents, CancellationToken.None);
        await transaction.CommitAsync();
        return decided;
    }

    private static List<string> EventIds(CodedDocument document) => [.. document.Events.Select(e => e.Id).Distinct().Order(StringComparer.Ordinal)];

    private static async Task<List<string>> StoredEventIds(PostgresTempStore temp, string id) =>
        [.. (await temp.Store.EventsOfDocumentAsync(id)).Select(e => e.Id).Order(StringComparer.Ordinal)];

    private static int Field(string row, int index) => int.Parse(row.Split('|')[index], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every cluster row and every outlet row, as text in a fixed order.</summary>
    private static async Task<List<string>> Counts(PostgresTempStore temp) =>
    [
        .. await Strings(temp, """
            SELECT concat_ws('|', 'cluster', cluster_id, num_mentions, num_sources, num_articles, all_mentions, all_sources, all_articles,
                             date, source_code, target_code, cameo)
            FROM event_clusters ORDER BY cluster_id
            """),
        .. await Strings(temp, "SELECT concat_ws('|', 'outlet', cluster_id, outlet, asserted, events) FROM cluster_outlets ORDER BY cluster_id, outlet"),
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

    private static async Task Execute(PostgresTempStore temp, string sql)
    {
        await using var connection = new NpgsqlConnection(temp.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
