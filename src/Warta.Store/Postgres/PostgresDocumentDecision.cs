using Npgsql;
using NpgsqlTypes;
using Warta.Coding;
using Warta.Languages;
using Warta.Store.Saving;

namespace Warta.Store.Postgres;

/// <summary>What the first transaction of a save decided and committed: the plan, and the version of each documents row it wrote.</summary>
/// <param name="Versions">Per planned document id, the row version (<c>xmin</c>) its documents row got: the second
/// transaction writes a document's contents only while its row is still that version.</param>
/// <param name="Added">The planned documents that were not stored before (the rest replace stored ones).</param>
internal sealed record DecidedBatch(SavePlan Plan, IReadOnlyDictionary<string, string> Versions, IReadOnlySet<string> Added);

/// <summary>
/// The first, short transaction of a save: decides what each document of a batch is and commits that decision, so
/// that saves of near-copies wait for each other only this long, not for each other's sentences, events and counts.
/// Under the advisory locks of the keys that decide it (<see cref="PostgresKeyLocks"/>: the document's id, its content
/// hash, its MinHash bands) it reads the stored documents it matches, takes ingest sequence numbers, marks syndicated
/// copies from the committed candidates and writes the documents rows and their bands. Since the sequence numbers
/// are taken under the band locks and the decision commits before they are released, two near-copies' decisions
/// are ordered as their sequence numbers are: the later one sees the earlier one committed, and is its copy.
/// </summary>
internal sealed class PostgresDocumentDecision(NpgsqlConnection connection)
{
    public async Task<DecidedBatch> DecideAsync(IReadOnlyList<CodedDocument> documents, CancellationToken cancellationToken)
    {
        var hashes = SavePlan.Hashes(documents);
        var ids = documents.Select(d => d.Input.Id).ToArray();
        var fingerprints = SavePlan.Fingerprints(documents);
        var documentKeys = PostgresKeyLocks.Keys(
            ids.Select(id => ("document", id))
                .Concat(hashes.Select(hash => ("content", hash)))
                .Concat(fingerprints.SelectMany(f => f.Bands.Select((hash, band) =>
                    ("band", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{band}:{hash}"))))));

        // One round trip: the locks, then (each statement seeing what was committed before it) the stored documents
        // the batch matches and sequence numbers for the documents it may add. A sequence hands out numbers without a
        // lock; the ones a batch does not use (replaced or skipped documents) are gaps: the sequence only orders documents.
        var stored = new List<StoredKey>();
        var freshSeqs = new Queue<long>();
        var before = new NpgsqlBatch(connection);
        await using (before.ConfigureAwait(false))
        {
            before.BatchCommands.Add(PostgresKeyLocks.Command(documentKeys));
            before.BatchCommands.Add(PostgresSql.Arrays("SELECT id, content_hash, seq FROM documents WHERE id = ANY($1) OR content_hash = ANY($2)",
                ids, hashes));
            before.BatchCommands.Add(PostgresSql.Values("SELECT nextval('document_seq') FROM generate_series(1, $1)", documents.Count));
            await using var reader = await before.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                stored.Add(new StoredKey(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) freshSeqs.Enqueue(reader.GetInt64(0));
        }
        var plan = SavePlan.Make(documents, hashes, stored, freshSeqs.Dequeue, fingerprints);
        var docIds = plan.Documents.Select(p => p.Id).ToArray();
        SyndicationMatcher.Assign(plan.Documents, await CandidatesAsync(plan.Documents, docIds, cancellationToken).ConfigureAwait(false));
        var storedIds = stored.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        return new DecidedBatch(plan, await WriteAsync(plan.Documents, cancellationToken).ConfigureAwait(false),
            docIds.Where(id => !storedIds.Contains(id)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// After the second transaction failed (not after a crash: the redelivery completes those), withdraws in a
    /// transaction of its own the documents the decision added, so that a failed save leaves none of them behind:
    /// only those whose row is still the decision's version and that no document has been marked a copy of since.
    /// A replaced document keeps its new row with its previous events (counted as they were) until a save succeeds.
    /// </summary>
    public async Task WithdrawAsync(DecidedBatch decided, CancellationToken cancellationToken)
    {
        var added = decided.Added.ToArray();
        var batch = new NpgsqlBatch(connection);
        await using (batch.ConfigureAwait(false))
        {
            batch.BatchCommands.Add(PostgresKeyLocks.Command(PostgresKeyLocks.Keys(added.Select(id => ("document", id)))));
            batch.BatchCommands.Add(PostgresSql.Arrays("""
                WITH withdrawn AS (
                    DELETE FROM documents d USING unnest($1::text[], $2::text[]) AS v(id, version)
                    WHERE d.id = v.id AND d.xmin::text = v.version
                      AND NOT EXISTS (SELECT 1 FROM documents c WHERE c.syndicated_from = d.id)
                    RETURNING d.id)
                DELETE FROM document_bands b USING withdrawn w WHERE b.doc = w.id
                """, added, added.Select(id => decided.Versions[id]).ToArray()));
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static readonly PostgresRowCopy BandRows = new("document_bands",
        [("doc", NpgsqlDbType.Text), ("band", NpgsqlDbType.Smallint), ("hash", NpgsqlDbType.Bigint)]);

    /// <summary>
    /// The documents rows as an upsert from arrays, one per column: a replaced document's row keeps what its events
    /// were counted with (<c>counted_outlet</c>, <c>counted_original</c>), which the second transaction reads.
    /// </summary>
    private const string UpsertDocuments = """
        INSERT INTO documents (id, seq, url, source, outlet, title, published, lang, content_hash, text, syndicated_from, ingested_at)
        SELECT v.*, $12 FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[],
                                    $9::text[], $10::text[], $11::text[])
            AS v(id, seq, url, source, outlet, title, published, lang, content_hash, text, syndicated_from)
        ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, url = excluded.url, source = excluded.source, outlet = excluded.outlet,
            title = excluded.title, published = excluded.published, lang = excluded.lang, content_hash = excluded.content_hash,
            text = excluded.text, syndicated_from = excluded.syndicated_from, ingested_at = excluded.ingested_at
        RETURNING id, xmin::text
        """;

    /// <summary>Upserts the planned documents' rows and replaces their bands; returns each row's new version.</summary>
    private async Task<Dictionary<string, string>> WriteAsync(IReadOnlyList<PlannedDocument> planned, CancellationToken cancellationToken)
    {
        var ids = planned.Select(p => p.Id).ToArray();
        var inputs = planned.Select(p => p.Coded.Input).ToArray();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var batch = new NpgsqlBatch(connection);
        await using (batch.ConfigureAwait(false))
        {
            var upsert = PostgresSql.Arrays(UpsertDocuments, ids, planned.Select(p => p.Seq).ToArray(), inputs.Select(i => i.Url).ToArray(),
                inputs.Select(i => i.Source).ToArray(), planned.Select(p => p.Outlet).ToArray(), inputs.Select(i => i.Title).ToArray(),
                inputs.Select(i => i.Published).ToArray(), planned.Select(p => p.Coded.Analysis.Language.ToCode()).ToArray(),
                planned.Select(p => p.Hash).ToArray(), inputs.Select(i => i.Text).ToArray(), planned.Select(p => p.SyndicatedFrom).ToArray());
            upsert.Parameters.Add(new NpgsqlParameter { Value = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified), NpgsqlDbType = NpgsqlDbType.Timestamp });
            batch.BatchCommands.Add(upsert);
            batch.BatchCommands.Add(PostgresSql.Arrays("DELETE FROM document_bands WHERE doc = ANY($1)", ids));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) versions[reader.GetString(0)] = reader.GetString(1);
        }
        await BandRows.CopyAsync(connection,
            planned.SelectMany(p => p.Bands.Select((hash, band) => new object?[] { p.Id, (short)band, unchecked((long)hash) })),
            cancellationToken).ConfigureAwait(false);
        return versions;
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
        await using var command = new NpgsqlCommand("""
            SELECT c.doc, d.id, d.seq, d.syndicated_from, d.text
            FROM (SELECT DISTINCT b.doc, s.doc AS candidate
                  FROM unnest($1::text[], $2::smallint[], $3::bigint[]) AS b(doc, band, hash)
                  JOIN document_bands s ON s.band = b.band AND s.hash = b.hash
                  WHERE NOT (s.doc = ANY($4))) c
            JOIN documents d ON d.id = c.candidate
            """, connection);
        foreach (var values in new Array[] { bandDocs.ToArray(), bandNumbers.ToArray(), bandHashes.ToArray(), docIds })
            command.Parameters.Add(new NpgsqlParameter { Value = values });
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
}
