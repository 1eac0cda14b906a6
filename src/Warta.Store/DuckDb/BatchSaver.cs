using DuckDB.NET.Data;
using Warta.Coding;
using Warta.Languages;
using Warta.Store.Saving;

namespace Warta.Store.DuckDb;

/// <summary>
/// Saves one batch of coded documents inside the caller's transaction: decides which are added, replaced or skipped,
/// finds syndicated copies, bulk-loads rows with appenders, then brings the clusters and actors the batch touched
/// up to date. Holds the batch's scratch tables (temp tables of the writer connection).
/// </summary>
internal sealed class BatchSaver(DuckDBConnection connection)
{
    public SaveResult Save(IReadOnlyList<CodedDocument> documents)
    {
        Execute("CREATE OR REPLACE TEMP TABLE batch_keys (id VARCHAR, hash VARCHAR)");
        var hashes = SavePlan.Hashes(documents);
        using (var keys = connection.CreateAppender("batch_keys"))
            for (int i = 0; i < documents.Count; i++)
                keys.CreateRow().AppendValue(documents[i].Input.Id).AppendValue(hashes[i]).EndRow();

        long nextSeq = NextSeq();
        var plan = SavePlan.Make(documents, hashes, StoredMatches(), () => nextSeq++);
        var planned = plan.Documents;

        Execute("CREATE OR REPLACE TEMP TABLE batch_docs (id VARCHAR)");
        using (var ids = connection.CreateAppender("batch_docs"))
            foreach (var p in planned) ids.CreateRow().AppendValue(p.Id).EndRow();

        Execute("CREATE OR REPLACE TEMP TABLE touched_clusters (cluster_id VARCHAR)");
        Execute("CREATE OR REPLACE TEMP TABLE touched_actors (code VARCHAR)");
        RecordTouched();
        foreach (var table in new[] { "events", "sentences", "document_bands" })
            Execute($"DELETE FROM {table} WHERE doc IN (SELECT id FROM batch_docs)");
        Execute("DELETE FROM documents WHERE id IN (SELECT id FROM batch_docs)");

        FindSyndication(planned);
        int events = Insert(planned);
        RecordTouched();
        RebuildClusters();
        RebuildActors();
        foreach (var table in new[] { "batch_keys", "batch_docs", "batch_bands", "touched_clusters", "touched_actors" })
            Execute($"DROP TABLE IF EXISTS {table}");
        return new SaveResult(plan.Added, plan.Replaced, plan.Skipped, events);
    }

    private List<StoredKey> StoredMatches()
    {
        var stored = new List<StoredKey>();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.id, d.content_hash, d.seq FROM documents d
            WHERE d.id IN (SELECT id FROM batch_keys) OR d.content_hash IN (SELECT hash FROM batch_keys)
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read()) stored.Add(new StoredKey(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        return stored;
    }

    private long NextSeq()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(seq), 0) + 1 FROM documents";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Looks up the stored documents sharing a band with the batch, then lets <see cref="SyndicationMatcher"/> decide.</summary>
    private void FindSyndication(IReadOnlyList<PlannedDocument> planned)
    {
        Execute("CREATE OR REPLACE TEMP TABLE batch_bands (doc VARCHAR, band TINYINT, hash BIGINT)");
        using (var bands = connection.CreateAppender("batch_bands"))
            foreach (var p in planned)
                for (int band = 0; band < p.Bands.Length; band++)
                    bands.CreateRow().AppendValue(p.Id).AppendValue((sbyte)band).AppendValue(unchecked((long)p.Bands[band])).EndRow();

        var stored = new Dictionary<string, List<SyndicationCandidate>>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT DISTINCT b.doc, d.id, d.seq, d.syndicated_from, d.text
                FROM batch_bands b
                JOIN document_bands s ON s.band = b.band AND s.hash = b.hash
                JOIN documents d ON d.id = s.doc
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var doc = reader.GetString(0);
                if (!stored.TryGetValue(doc, out var list)) stored[doc] = list = [];
                list.Add(new SyndicationCandidate(reader.GetString(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetString(4)));
            }
        }
        SyndicationMatcher.Assign(planned, stored);
    }

    private int Insert(IReadOnlyList<PlannedDocument> planned)
    {
        var now = DateTime.UtcNow;
        using (var documents = connection.CreateAppender("documents"))
            foreach (var p in planned)
            {
                var input = p.Coded.Input;
                documents.CreateRow()
                    .AppendValue(p.Id).AppendValue(p.Seq).AppendValue(input.Url).AppendValue(input.Source).AppendValue(p.Outlet)
                    .AppendValue(input.Title).AppendValue(input.Published).AppendValue(p.Coded.Analysis.Language.ToCode())
                    .AppendValue(p.Hash).AppendValue(input.Text).AppendValue(p.SyndicatedFrom).AppendValue((DateTime?)now)
                    .EndRow();
            }
        using (var sentences = connection.CreateAppender("sentences"))
            foreach (var p in planned)
                foreach (var s in p.Coded.Analysis.SentenceRows.ToArray().Select((row, index) => (row, index)))
                    sentences.CreateRow().AppendValue(p.Id).AppendValue(s.index).AppendValue(s.row.Start).AppendValue(s.row.End)
                        .AppendValue(p.Coded.Input.Text[s.row.Start..s.row.End]).EndRow();
        using (var bands = connection.CreateAppender("document_bands"))
            foreach (var p in planned)
                for (int band = 0; band < p.Bands.Length; band++)
                    bands.CreateRow().AppendValue(p.Id).AppendValue((sbyte)band).AppendValue(unchecked((long)p.Bands[band])).EndRow();
        int count = 0;
        using (var events = connection.CreateAppender("events"))
            foreach (var p in planned)
                foreach (var (e, position) in SavePlan.DistinctEvents(p))
                {
                    EventAppender.Append(events, e, ClusterKey.Of(e), position);
                    count++;
                }
        return count;
    }

    private void RecordTouched()
    {
        Execute("INSERT INTO touched_clusters SELECT DISTINCT cluster_id FROM events WHERE doc IN (SELECT id FROM batch_docs)");
        Execute("""
            INSERT INTO touched_actors
            SELECT source_code FROM events WHERE doc IN (SELECT id FROM batch_docs)
            UNION SELECT target_code FROM events WHERE doc IN (SELECT id FROM batch_docs) AND target_code IS NOT NULL
            """);
    }

    /// <summary>
    /// A cluster counts the events of original documents only (a syndicated copy adds nothing); the num_* counts
    /// take asserted events, the all_* counts every modality.
    /// </summary>
    private void RebuildClusters()
    {
        Execute("DELETE FROM event_clusters WHERE cluster_id IN (SELECT cluster_id FROM touched_clusters)");
        Execute("""
            INSERT INTO event_clusters (cluster_id, date, source_code, target_code, cameo, num_mentions, num_sources, num_articles,
                                        all_mentions, all_sources, all_articles)
            SELECT e.cluster_id, any_value(e.date), any_value(e.source_code), any_value(e.target_code), any_value(e.cameo),
                   count(*) FILTER (WHERE e.modality = 'asserted'),
                   count(DISTINCT d.outlet) FILTER (WHERE e.modality = 'asserted'),
                   count(DISTINCT d.id) FILTER (WHERE e.modality = 'asserted'),
                   count(*), count(DISTINCT d.outlet), count(DISTINCT d.id)
            FROM events e JOIN documents d ON d.id = e.doc
            WHERE e.cluster_id IN (SELECT DISTINCT cluster_id FROM touched_clusters) AND d.syndicated_from IS NULL
            GROUP BY e.cluster_id
            """);
    }

    private void RebuildActors()
    {
        Execute("DELETE FROM actors WHERE code IN (SELECT code FROM touched_actors)");
        Execute("""
            INSERT INTO actors (code, country, role, name, mentions)
            SELECT code, mode(country), mode(role), mode(name), count(*)
            FROM (SELECT source_code AS code, source_country AS country, source_role AS role, source_name AS name FROM events
                  UNION ALL
                  SELECT target_code, target_country, target_role, target_name FROM events WHERE target_code IS NOT NULL) a
            WHERE code IN (SELECT DISTINCT code FROM touched_actors)
            GROUP BY code
            """);
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
