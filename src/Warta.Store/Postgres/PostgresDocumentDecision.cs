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

    private static readonly PostgresStagingTable StagedDocuments = new("stage_documents", "documents",
    [
        ("id", NpgsqlDbType.Text), ("seq", NpgsqlDbType.Bigint), ("url", NpgsqlDbType.Text), ("source", NpgsqlDbType.Text),
        ("outlet", NpgsqlDbType.Text), ("title", NpgsqlDbType.Text), ("published", NpgsqlDbType.Date), ("lang", NpgsqlDbType.Text),
        ("content_hash", NpgsqlDbType.Text), ("text", NpgsqlDbType.Text), ("syndicated_from", NpgsqlDbType.Text),
        ("ingested_at", NpgsqlDbType.Timestamp),
    ]);

    private static readonly PostgresStagingTable StagedBands = new("stage_bands", "document_bands",
        [("doc", NpgsqlDbType.Text), ("band", NpgsqlDbType.Smallint), ("hash", NpgsqlDbType.Bigint)]);

    /// <summary>Upserts the planned documents' rows and bands; returns each row's new version.</summary>
    private async Task<Dictionary<string, string>> WriteAsync(IReadOnlyList<PlannedDocument> planned, CancellationToken cancellationToken)
    {
        var now = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);
        await PostgresStagingTable.CreateAllAsync(connection, [StagedDocuments, StagedBands], cancellationToken).ConfigureAwait(false);
        await StagedDocuments.CopyAsync(connection, planned.Select(p => DocumentRow(p, now)), cancellationToken).ConfigureAwait(false);
        await StagedBands.CopyAsync(connection,
            planned.SelectMany(p => p.Bands.Select((hash, band) => new object?[] { p.Id, (short)band, unchecked((long)hash) })),
            cancellationToken).ConfigureAwait(false);
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var batch = new NpgsqlBatch(connection);
        await using (batch.ConfigureAwait(false))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(StagedDocuments.Upsert("id") + " RETURNING id, xmin::text"));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(StagedBands.Upsert("doc", "band")));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) versions[reader.GetString(0)] = reader.GetString(1);
        }
        return versions;
    }

    private static object?[] DocumentRow(PlannedDocument p, DateTime ingestedAt)
    {
        var input = p.Coded.Input;
        return [p.Id, p.Seq, input.Url, input.Source, p.Outlet, input.Title, input.Published, p.Coded.Analysis.Language.ToCode(), p.Hash,
            input.Text, p.SyndicatedFrom, ingestedAt];
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
