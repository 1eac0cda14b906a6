using Npgsql;
using NpgsqlTypes;
using Warta.Coding;
using Warta.Languages;
using Warta.Store.Saving;

namespace Warta.Store.Postgres;

/// <summary>
/// Saves one batch inside the caller's transaction with the same decisions as the DuckDB store (<see cref="SavePlan"/>,
/// <see cref="SyndicationMatcher"/>), written as upserts keyed by document id, (document, sentence index), (document,
/// band) and event id: a document saved again (a redelivered message, a recode) rewrites the same rows, and rows it no
/// longer has are deleted. The rows go to the server by binary COPY into temporary tables and are merged from there by
/// set-based statements (<see cref="PostgresStagingTable"/>). The clusters and actors the batch touched are then recomputed.
/// </summary>
internal sealed class PostgresBatchSaver(NpgsqlConnection connection)
{
    /// <summary>
    /// Serialises saves across every process writing to the database: sequences, syndication and cluster counts are
    /// decided from what is committed, so two batches must not decide at once (coding, the slow part, still runs in parallel).
    /// </summary>
    public const long SaveLock = 0x5761727461_02;

    public async Task<SaveResult> SaveAsync(IReadOnlyList<CodedDocument> documents, CancellationToken cancellationToken)
    {
        await ExecuteAsync($"SELECT pg_advisory_xact_lock({SaveLock})", cancellationToken).ConfigureAwait(false);
        var hashes = SavePlan.Hashes(documents);
        var ids = documents.Select(d => d.Input.Id).ToArray();
        var stored = await StoredKeysAsync(ids, hashes, cancellationToken).ConfigureAwait(false);
        long nextSeq = await ScalarLongAsync("SELECT coalesce(max(seq), 0) + 1 FROM documents", cancellationToken).ConfigureAwait(false);
        var plan = SavePlan.Make(documents, hashes, stored, () => nextSeq++);
        var planned = plan.Documents;
        var docIds = planned.Select(p => p.Id).ToArray();

        var touchedClusters = new HashSet<string>(StringComparer.Ordinal);
        var touchedActors = new HashSet<string>(StringComparer.Ordinal);
        await using (var before = Command("""
            SELECT cluster_id, source_code, target_code FROM events WHERE doc = ANY(@docs)
            """, ("docs", docIds)))
        await using (var reader = await before.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                touchedClusters.Add(reader.GetString(0));
                touchedActors.Add(reader.GetString(1));
                if (!reader.IsDBNull(2)) touchedActors.Add(reader.GetString(2));
            }

        SyndicationMatcher.Assign(planned, await CandidatesAsync(planned, docIds, cancellationToken).ConfigureAwait(false));

        var now = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);
        var documentRows = new List<object?[]>();
        var sentenceRows = new List<object?[]>();
        var bandRows = new List<object?[]>();
        // Keyed by id: one statement cannot upsert a row twice, and the last write of an id wins as it would row by row.
        var eventRows = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        int events = 0;
        foreach (var p in planned)
        {
            documentRows.Add(DocumentRow(p, now));
            var sentences = p.Coded.Analysis.SentenceRows.ToArray();
            for (int index = 0; index < sentences.Length; index++)
                sentenceRows.Add([p.Id, index, sentences[index].Start, sentences[index].End,
                    p.Coded.Input.Text[sentences[index].Start..sentences[index].End]]);
            for (int band = 0; band < p.Bands.Length; band++)
                bandRows.Add([p.Id, (short)band, unchecked((long)p.Bands[band])]);
            foreach (var (e, position) in SavePlan.DistinctEvents(p))
            {
                var clusterId = ClusterKey.Of(e);
                eventRows[e.Id] = EventColumns.Values(e, clusterId, position);
                touchedClusters.Add(clusterId);
                touchedActors.Add(e.Source.Code);
                if (e.Target?.Code is { } target) touchedActors.Add(target);
                events++;
            }
        }
        await StageAsync(StagedDocuments, documentRows, cancellationToken).ConfigureAwait(false);
        await StageAsync(StagedSentences, sentenceRows, cancellationToken).ConfigureAwait(false);
        await StageAsync(StagedBands, bandRows, cancellationToken).ConfigureAwait(false);
        await StageAsync(StagedEvents, eventRows.Values, cancellationToken).ConfigureAwait(false);
        await MergeAsync(docIds, cancellationToken).ConfigureAwait(false);

        await RebuildClustersAsync(touchedClusters.ToArray(), cancellationToken).ConfigureAwait(false);
        await RebuildActorsAsync(touchedActors.ToArray(), cancellationToken).ConfigureAwait(false);
        return new SaveResult(plan.Added, plan.Replaced, plan.Skipped, events);
    }

    private static readonly PostgresStagingTable StagedDocuments = new("stage_documents", "documents",
    [
        ("id", NpgsqlDbType.Text), ("seq", NpgsqlDbType.Bigint), ("url", NpgsqlDbType.Text), ("source", NpgsqlDbType.Text),
        ("outlet", NpgsqlDbType.Text), ("title", NpgsqlDbType.Text), ("published", NpgsqlDbType.Date), ("lang", NpgsqlDbType.Text),
        ("content_hash", NpgsqlDbType.Text), ("text", NpgsqlDbType.Text), ("syndicated_from", NpgsqlDbType.Text),
        ("ingested_at", NpgsqlDbType.Timestamp),
    ]);

    private static readonly PostgresStagingTable StagedSentences = new("stage_sentences", "sentences",
        [("doc", NpgsqlDbType.Text), ("\"index\"", NpgsqlDbType.Integer), ("\"start\"", NpgsqlDbType.Integer),
         ("\"end\"", NpgsqlDbType.Integer), ("text", NpgsqlDbType.Text)]);

    private static readonly PostgresStagingTable StagedBands = new("stage_bands", "document_bands",
        [("doc", NpgsqlDbType.Text), ("band", NpgsqlDbType.Smallint), ("hash", NpgsqlDbType.Bigint)]);

    /// <summary>The event columns of <see cref="EventColumns.Names"/>, then position; every column not listed here is text.</summary>
    private static readonly PostgresStagingTable StagedEvents = new("stage_events", "events",
        EventColumns.Names.Append("position").Select(name => (name, name switch
        {
            "sentence_index" or "trigger_start" or "trigger_end" or "position" => NpgsqlDbType.Integer,
            "date" => NpgsqlDbType.Date,
            "quad" => NpgsqlDbType.Smallint,
            "goldstein" => NpgsqlDbType.Double,
            "negated" or "hypothetical" => NpgsqlDbType.Boolean,
            _ => NpgsqlDbType.Text,
        })).ToArray());

    /// <summary>
    /// Upserts the staged rows into the store's tables and deletes the rows the batch's documents no longer have
    /// (sentences past a shorter text's end, events no longer found): one round trip.
    /// </summary>
    private static readonly string[] MergeStatements =
    [
        Upsert(StagedDocuments, "id"),
        Upsert(StagedSentences, "doc", "\"index\""),
        """
        DELETE FROM sentences s WHERE s.doc = ANY($1)
            AND NOT EXISTS (SELECT 1 FROM stage_sentences t WHERE t.doc = s.doc AND t."index" = s."index")
        """,
        Upsert(StagedBands, "doc", "band"),
        Upsert(StagedEvents, "id"),
        "DELETE FROM events e WHERE e.doc = ANY($1) AND NOT EXISTS (SELECT 1 FROM stage_events t WHERE t.id = e.id)",
    ];

    private static string Upsert(PostgresStagingTable table, params string[] keys)
    {
        var updates = table.Columns.Select(c => c.Name).Where(c => !keys.Contains(c)).Select(c => $"{c} = excluded.{c}");
        return $"""
            INSERT INTO {table.Like} ({table.ColumnList}) SELECT {table.ColumnList} FROM {table.Name}
            ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET {string.Join(", ", updates)}
            """;
    }

    private async Task StageAsync(PostgresStagingTable table, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await table.CreateAsync(connection, cancellationToken).ConfigureAwait(false);
        await table.CopyAsync(connection, rows, cancellationToken).ConfigureAwait(false);
    }

    private async Task MergeAsync(string[] docIds, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection);
        await using (batch.ConfigureAwait(false))
        {
            foreach (var sql in MergeStatements)
            {
                var command = new NpgsqlBatchCommand(sql);
                if (sql.Contains("$1", StringComparison.Ordinal)) command.Parameters.Add(new NpgsqlParameter { Value = docIds });
                batch.BatchCommands.Add(command);
            }
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<List<StoredKey>> StoredKeysAsync(string[] ids, string[] hashes, CancellationToken cancellationToken)
    {
        var stored = new List<StoredKey>();
        await using var command = Command("SELECT id, content_hash, seq FROM documents WHERE id = ANY(@ids) OR content_hash = ANY(@hashes)",
            ("ids", ids), ("hashes", hashes));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            stored.Add(new StoredKey(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        return stored;
    }

    /// <summary>Stored documents sharing a band with a planned one; the batch's own stored rows are left out (they are being rewritten).</summary>
    private async Task<Dictionary<string, List<SyndicationCandidate>>> CandidatesAsync(IReadOnlyList<PlannedDocument> planned, string[] docIds,
        CancellationToken cancellationToken)
    {
        var bandDocs = new List<string>();
        var bandNumbers = new List<short>();
        var bandHashes = new List<long>();
        foreach (var p in planned)
            for (int band = 0; band < p.Bands.Length; band++)
            {
                bandDocs.Add(p.Id);
                bandNumbers.Add((short)band);
                bandHashes.Add(unchecked((long)p.Bands[band]));
            }
        var candidates = new Dictionary<string, List<SyndicationCandidate>>(StringComparer.Ordinal);
        await using var command = Command("""
            SELECT DISTINCT b.doc, d.id, d.seq, d.syndicated_from, d.text
            FROM unnest(@band_docs, @band_numbers, @band_hashes) AS b(doc, band, hash)
            JOIN document_bands s ON s.band = b.band AND s.hash = b.hash
            JOIN documents d ON d.id = s.doc
            WHERE NOT (d.id = ANY(@docs))
            """, ("band_docs", bandDocs.ToArray()), ("band_numbers", bandNumbers.ToArray()), ("band_hashes", bandHashes.ToArray()),
            ("docs", docIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var doc = reader.GetString(0);
            if (!candidates.TryGetValue(doc, out var list)) candidates[doc] = list = [];
            list.Add(new SyndicationCandidate(reader.GetString(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4)));
        }
        return candidates;
    }

    private static object?[] DocumentRow(PlannedDocument p, DateTime ingestedAt)
    {
        var input = p.Coded.Input;
        return [p.Id, p.Seq, input.Url, input.Source, p.Outlet, input.Title, input.Published, p.Coded.Analysis.Language.ToCode(), p.Hash,
            input.Text, p.SyndicatedFrom, ingestedAt];
    }

    /// <summary>Clusters count the events of original documents only; num_* asserted events, all_* every modality.</summary>
    private async Task RebuildClustersAsync(string[] clusters, CancellationToken cancellationToken)
    {
        if (clusters.Length == 0) return;
        await using var command = Command("""
            DELETE FROM event_clusters WHERE cluster_id = ANY(@clusters);
            INSERT INTO event_clusters (cluster_id, date, source_code, target_code, cameo, num_mentions, num_sources, num_articles,
                                        all_mentions, all_sources, all_articles)
            SELECT e.cluster_id, min(e.date), min(e.source_code), min(e.target_code), min(e.cameo),
                   count(*) FILTER (WHERE e.modality = 'asserted'),
                   count(DISTINCT d.outlet) FILTER (WHERE e.modality = 'asserted'),
                   count(DISTINCT d.id) FILTER (WHERE e.modality = 'asserted'),
                   count(*), count(DISTINCT d.outlet), count(DISTINCT d.id)
            FROM events e JOIN documents d ON d.id = e.doc
            WHERE e.cluster_id = ANY(@clusters) AND d.syndicated_from IS NULL
            GROUP BY e.cluster_id
            """, ("clusters", clusters));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RebuildActorsAsync(string[] codes, CancellationToken cancellationToken)
    {
        if (codes.Length == 0) return;
        await using var command = Command("""
            DELETE FROM actors WHERE code = ANY(@codes);
            INSERT INTO actors (code, country, role, name, mentions)
            SELECT code, mode() WITHIN GROUP (ORDER BY country), mode() WITHIN GROUP (ORDER BY role),
                   mode() WITHIN GROUP (ORDER BY name), count(*)
            FROM (SELECT source_code AS code, source_country AS country, source_role AS role, source_name AS name FROM events
                  WHERE source_code = ANY(@codes)
                  UNION ALL
                  SELECT target_code, target_country, target_role, target_name FROM events WHERE target_code = ANY(@codes)) a
            GROUP BY code
            """, ("codes", codes));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        return command;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> ScalarLongAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
    }
}
