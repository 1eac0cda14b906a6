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
/// longer has are deleted. The clusters and actors the batch touched are then recomputed.
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

        var batch = new NpgsqlBatch(connection);
        await using (batch.ConfigureAwait(false))
        {
            var now = DateTime.UtcNow;
            var eventIds = new List<string>();
            int events = 0;
            foreach (var p in planned)
            {
                AddDocument(batch, p, now);
                var sentences = p.Coded.Analysis.SentenceRows.ToArray();
                for (int index = 0; index < sentences.Length; index++)
                    Add(batch, """
                        INSERT INTO sentences (doc, "index", "start", "end", text) VALUES (@doc, @index, @start, @end, @text)
                        ON CONFLICT (doc, "index") DO UPDATE SET "start" = excluded."start", "end" = excluded."end", text = excluded.text
                        """, ("doc", p.Id), ("index", index), ("start", sentences[index].Start), ("end", sentences[index].End),
                        ("text", p.Coded.Input.Text[sentences[index].Start..sentences[index].End]));
                Add(batch, """DELETE FROM sentences WHERE doc = @doc AND "index" >= @count""", ("doc", p.Id), ("count", sentences.Length));
                for (int band = 0; band < p.Bands.Length; band++)
                    Add(batch, """
                        INSERT INTO document_bands (doc, band, hash) VALUES (@doc, @band, @hash)
                        ON CONFLICT (doc, band) DO UPDATE SET hash = excluded.hash
                        """, ("doc", p.Id), ("band", (short)band), ("hash", unchecked((long)p.Bands[band])));
                foreach (var (e, position) in SavePlan.DistinctEvents(p))
                {
                    var clusterId = ClusterKey.Of(e);
                    AddEvent(batch, EventColumns.Values(e, clusterId, position));
                    eventIds.Add(e.Id);
                    touchedClusters.Add(clusterId);
                    touchedActors.Add(e.Source.Code);
                    if (e.Target?.Code is { } target) touchedActors.Add(target);
                    events++;
                }
            }
            Add(batch, "DELETE FROM events WHERE doc = ANY(@docs) AND NOT (id = ANY(@ids))", ("docs", docIds), ("ids", eventIds.ToArray()));
            if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            await RebuildClustersAsync(touchedClusters.ToArray(), cancellationToken).ConfigureAwait(false);
            await RebuildActorsAsync(touchedActors.ToArray(), cancellationToken).ConfigureAwait(false);
            return new SaveResult(plan.Added, plan.Replaced, plan.Skipped, events);
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

    private static void AddDocument(NpgsqlBatch batch, PlannedDocument p, DateTime now)
    {
        var input = p.Coded.Input;
        Add(batch, """
            INSERT INTO documents (id, seq, url, source, outlet, title, published, lang, content_hash, text, syndicated_from, ingested_at)
            VALUES (@id, @seq, @url, @source, @outlet, @title, @published, @lang, @hash, @text, @syndicated_from, @ingested_at)
            ON CONFLICT (id) DO UPDATE SET url = excluded.url, source = excluded.source, outlet = excluded.outlet,
                title = excluded.title, published = excluded.published, lang = excluded.lang, content_hash = excluded.content_hash,
                text = excluded.text, syndicated_from = excluded.syndicated_from, ingested_at = excluded.ingested_at
            """, ("id", p.Id), ("seq", p.Seq), ("url", input.Url), ("source", input.Source), ("outlet", p.Outlet), ("title", input.Title),
            ("published", input.Published), ("lang", p.Coded.Analysis.Language.ToCode()), ("hash", p.Hash), ("text", input.Text),
            ("syndicated_from", p.SyndicatedFrom), ("ingested_at", DateTime.SpecifyKind(now, DateTimeKind.Unspecified)));
    }

    private static readonly string EventUpsert = BuildEventUpsert();

    private static string BuildEventUpsert()
    {
        var columns = EventColumns.Names.Append("position").ToArray();
        var updates = columns.Skip(1).Select(c => $"{c} = excluded.{c}");
        return $"""
            INSERT INTO events ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})
            ON CONFLICT (id) DO UPDATE SET {string.Join(", ", updates)}
            """;
    }

    private static void AddEvent(NpgsqlBatch batch, object?[] values)
    {
        var command = new NpgsqlBatchCommand(EventUpsert);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        batch.BatchCommands.Add(command);
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

    private static void Add(NpgsqlBatch batch, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters) command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        batch.BatchCommands.Add(command);
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
