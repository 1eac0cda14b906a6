using System.Globalization;
using DuckDB.NET.Data;
using Warta.Store.DuckDb;

namespace Warta.Store.Tests.Crash;

/// <summary>What the crash test compares of one stored document: its sentences and its events (by id, in order).</summary>
internal sealed record StoredDocumentShape(string ContentHash, int Sentences, string EventIds, string? SyndicatedFrom);

/// <summary>One row of event_clusters (stored, or recomputed from the events by the test).</summary>
internal sealed record ClusterCounts(string ClusterId, long NumMentions, long NumSources, long NumArticles,
    long AllMentions, long AllSources, long AllArticles);

/// <summary>
/// A store file read after a kill: opened read-only through <see cref="DuckDbEventStore.OpenReadOnly"/> (documents and
/// their events), then with plain read-only SQL for what the store contract does not expose (sentence counts, rows
/// without their document, duplicate keys, the cluster and actor counts recomputed from the events).
/// </summary>
internal sealed class StoreSnapshot
{
    public static StoreSnapshot Missing { get; } = new();

    public bool FileExists { get; private init; }
    public Dictionary<string, StoredDocumentShape> Documents { get; } = new(StringComparer.Ordinal);
    public long Events { get; private set; }
    public List<ClusterCounts> Clusters { get; } = [];
    public List<ClusterCounts> ClustersFromEvents { get; } = [];
    /// <summary>Broken invariants, named: orphans, duplicates, actor counts out of step. Empty when the file is sound.</summary>
    public List<string> Problems { get; } = [];

    public static async Task<StoreSnapshot> ReadAsync(string file)
    {
        if (!File.Exists(file)) return Missing;
        var snapshot = new StoreSnapshot { FileExists = true };
        await using (var store = DuckDbEventStore.OpenReadOnly(file))
        {
            await foreach (var document in store.DocumentsAsync())
            {
                var events = await store.EventsOfDocumentAsync(document.Id);
                snapshot.Documents[document.Id] = new StoredDocumentShape(document.ContentHash, -1,
                    string.Join(" ", events.Select(e => e.Id)), document.SyndicatedFrom);
                snapshot.Events += events.Count;
            }
        }
        using var connection = new DuckDBConnection($"Data Source={file};ACCESS_MODE=READ_ONLY");
        connection.Open();
        snapshot.ReadSentenceCounts(connection);
        snapshot.FindProblems(connection);
        snapshot.Clusters.AddRange(ReadClusters(connection, """
            SELECT cluster_id, num_mentions, num_sources, num_articles, all_mentions, all_sources, all_articles
            FROM event_clusters ORDER BY cluster_id
            """));
        // What a cluster should hold, by its definition: the events of original (not syndicated) documents.
        snapshot.ClustersFromEvents.AddRange(ReadClusters(connection, """
            SELECT e.cluster_id,
                   count(*) FILTER (WHERE e.modality = 'asserted'),
                   count(DISTINCT d.outlet) FILTER (WHERE e.modality = 'asserted'),
                   count(DISTINCT d.id) FILTER (WHERE e.modality = 'asserted'),
                   count(*), count(DISTINCT d.outlet), count(DISTINCT d.id)
            FROM events e JOIN documents d ON d.id = e.doc
            WHERE d.syndicated_from IS NULL
            GROUP BY e.cluster_id ORDER BY e.cluster_id
            """));
        return snapshot;
    }

    private void ReadSentenceCounts(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc, count(*) FROM sentences GROUP BY doc";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (Documents.TryGetValue(reader.GetString(0), out var shape))
                Documents[reader.GetString(0)] = shape with { Sentences = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture) };
    }

    private void FindProblems(DuckDBConnection connection)
    {
        var checks = new (string Problem, string CountSql)[]
        {
            ("sentences without their document", "SELECT count(*) FROM sentences s WHERE s.doc NOT IN (SELECT id FROM documents)"),
            ("events without their document", "SELECT count(*) FROM events e WHERE e.doc NOT IN (SELECT id FROM documents)"),
            ("band rows without their document", "SELECT count(*) FROM document_bands b WHERE b.doc NOT IN (SELECT id FROM documents)"),
            ("duplicate document ids", "SELECT count(*) - count(DISTINCT id) FROM documents"),
            ("duplicate content hashes", "SELECT count(*) - count(DISTINCT content_hash) FROM documents"),
            ("duplicate event ids", "SELECT count(*) - count(DISTINCT id) FROM events"),
            ("duplicate sentences", "SELECT count(*) - count(DISTINCT (doc, \"index\")) FROM sentences"),
            ("duplicate clusters", "SELECT count(*) - count(DISTINCT cluster_id) FROM event_clusters"),
            ("actors whose mention count disagrees with the events", """
                SELECT count(*) FROM (
                    SELECT code, count(*) AS mentions FROM (
                        SELECT source_code AS code FROM events
                        UNION ALL SELECT target_code FROM events WHERE target_code IS NOT NULL) GROUP BY code) m
                FULL JOIN actors a USING (code)
                WHERE m.mentions IS DISTINCT FROM a.mentions
                """),
        };
        foreach (var (problem, sql) in checks)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            long count = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (count != 0) Problems.Add($"{count} {problem}");
        }
    }

    private static List<ClusterCounts> ReadClusters(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<ClusterCounts>();
        while (reader.Read())
            rows.Add(new ClusterCounts(reader.GetString(0), Long(reader, 1), Long(reader, 2), Long(reader, 3), Long(reader, 4),
                Long(reader, 5), Long(reader, 6)));
        return rows;
    }

    private static long Long(DuckDBDataReader reader, int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
}
