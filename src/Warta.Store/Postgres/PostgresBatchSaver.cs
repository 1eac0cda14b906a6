using Npgsql;
using NpgsqlTypes;
using Warta.Coding;
using Warta.Store.Saving;

namespace Warta.Store.Postgres;

/// <summary>
/// The second transaction of a save: writes the sentences and events of the documents the first one decided and
/// committed (<see cref="PostgresDocumentDecision"/>), and adjusts the counts of the clusters and actors they touch by
/// what their events add and remove (<see cref="ClusterCountChanges"/>, <see cref="ActorCountChanges"/>). Rows are
/// replaced per document: its stored sentences and events are deleted and its new ones copied in, so a document saved
/// again (a redelivered message, a recode) ends with the same rows. The rows go to the server by binary COPY straight
/// into the tables (<see cref="PostgresRowCopy"/>).
/// <para>
/// It holds the advisory locks of its documents' ids (not of their bands), and writes a document only while its
/// documents row is still the version the first transaction wrote: if a later save of the same id has decided since,
/// that save writes the contents. So a save killed between its two transactions leaves a document row whose events
/// are those of its previous version (or none), counted as they were; the redelivery completes it. The events it
/// replaces leave the counts as they were counted (<c>counted_outlet</c>, <c>counted_original</c>, written with the
/// events), not as the first transaction's new decision says.
/// </para>
/// <para>
/// Saves that share a cluster or an actor wait for each other only on the count rows, from the upsert that adjusts
/// them to the commit (<see cref="AdjustDerivedAsync"/>). A save holds no row lock when it asks for advisory locks,
/// and takes row locks in one fixed order, so saves cannot deadlock each other.
/// </para>
/// </summary>
internal sealed class PostgresBatchSaver(NpgsqlConnection connection)
{
    public async Task<SaveResult> SaveAsync(DecidedBatch decided, CancellationToken cancellationToken)
    {
        var plan = decided.Plan;
        var idKeys = PostgresKeyLocks.Keys(plan.Documents.Select(p => ("document", p.Id)));
        var versionIds = decided.Versions.Keys.ToArray();
        var versions = decided.Versions.Values.ToArray();

        // One round trip: the id locks, then which documents are still as decided, then for those the sentences and
        // the events they replace are deleted (the events read back with the outlet and copy status they were counted
        // with) and the status their new events are counted with is recorded.
        var current = new HashSet<string>(StringComparer.Ordinal);
        var storedEvents = new List<(ClusterEvent Cluster, string?[] Actors)>(); // actors: code, country, role, name of source, then of target
        var before = new NpgsqlBatch(connection);
        await using (before.ConfigureAwait(false))
        {
            before.BatchCommands.Add(PostgresKeyLocks.Command(idKeys));
            foreach (var sql in ReplaceStatements) before.BatchCommands.Add(PostgresSql.Arrays(sql, versionIds, versions));
            await using var reader = await before.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) current.Add(reader.GetString(0));
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var cluster = new ClusterEvent(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetBoolean(6), reader.GetBoolean(8), reader.GetString(7));
                var actors = new string?[8];
                for (int i = 0; i < actors.Length; i++) actors[i] = reader.IsDBNull(9 + i) ? null : reader.GetString(9 + i);
                storedEvents.Add((cluster, actors));
            }
        }
        var planned = plan.Documents.Where(p => current.Contains(p.Id)).ToArray();

        // The events a written document replaces leave their clusters' and actors' counts as they were counted.
        var clusterCounts = new ClusterCountChanges();
        var actorCounts = new ActorCountChanges();
        foreach (var (cluster, actors) in storedEvents)
        {
            clusterCounts.Remove(cluster);
            actorCounts.Add(actors[0]!, actors[1], actors[2], actors[3], -1);
            if (actors[4] is string target) actorCounts.Add(target, actors[5], actors[6], actors[7], -1);
        }

        var sentenceRows = new List<object?[]>();
        // Keyed by id: the table cannot hold an event id twice, and the last write of an id wins as it would row by row.
        var eventRows = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        int events = 0;
        foreach (var p in planned)
        {
            var sentencesWithEvents = new HashSet<int>();
            foreach (var (e, position) in SavePlan.DistinctEvents(p))
            {
                sentencesWithEvents.Add(e.SentenceIndex);
                var clusterId = ClusterKey.Of(e);
                eventRows[e.Id] = EventColumns.Values(e, clusterId, position);
                clusterCounts.Add(new ClusterEvent(p.Id, clusterId, e.Date, e.Source.Code, e.Target?.Code, e.Cameo,
                    e.Modality == ClusterCounts.AssertedModality, p.SyndicatedFrom is null, p.Outlet));
                actorCounts.Add(e.Source.Code, e.Source.Country, e.Source.Role, e.Source.Name, +1);
                if (e.Target?.Code is { } target) actorCounts.Add(target, e.Target.Country, e.Target.Role, e.Target.Name, +1);
                events++;
            }
            var sentences = p.Coded.Analysis.SentenceRows.ToArray();
            for (int index = 0; index < sentences.Length; index++)
                sentenceRows.Add([p.Id, index, sentences[index].Start, sentences[index].End,
                    p.Coded.Input.Text[sentences[index].Start..sentences[index].End], sentencesWithEvents.Contains(index)]);
        }
        await SentenceRows.CopyAsync(connection, sentenceRows, cancellationToken).ConfigureAwait(false);
        await EventRows.CopyAsync(connection, eventRows.Values, cancellationToken).ConfigureAwait(false);
        await AdjustDerivedAsync(clusterCounts, actorCounts, cancellationToken).ConfigureAwait(false);
        return new SaveResult(plan.Added, plan.Replaced, plan.Skipped, events);
    }

    /// <summary>The decided documents whose row is still the version the decision wrote (parameters: ids, versions).</summary>
    private const string CurrentDocuments =
        "documents d JOIN unnest($1::text[], $2::text[]) AS v(id, version) ON d.id = v.id AND d.xmin::text = v.version";

    /// <summary>
    /// For the documents still as decided, in order: their ids; their stored events, deleted and read back with what the
    /// counts need; their stored sentences, deleted; the outlet and copy status their new events will be counted with.
    /// A document's new rows are then copied in (<see cref="PostgresRowCopy"/>): together, the upsert of every row and
    /// the delete of the rows it no longer has (sentences past a shorter text's end, events no longer found).
    /// </summary>
    private static readonly string[] ReplaceStatements =
    [
        $"SELECT d.id FROM {CurrentDocuments}",
        $"""
        DELETE FROM events e USING {CurrentDocuments} WHERE e.doc = d.id
        RETURNING e.doc, e.cluster_id, e.date, e.source_code, e.target_code, e.cameo, e.modality = '{ClusterCounts.AssertedModality}',
                  d.counted_outlet, d.counted_original,
                  e.source_code, e.source_country, e.source_role, e.source_name, e.target_code, e.target_country, e.target_role, e.target_name
        """,
        $"DELETE FROM sentences s USING {CurrentDocuments} WHERE s.doc = d.id",
        $"UPDATE documents SET counted_outlet = outlet, counted_original = syndicated_from IS NULL WHERE id IN (SELECT d.id FROM {CurrentDocuments})",
    ];

    private static readonly PostgresRowCopy SentenceRows = new("sentences",
        [("doc", NpgsqlDbType.Text), ("\"index\"", NpgsqlDbType.Integer), ("\"start\"", NpgsqlDbType.Integer),
         ("\"end\"", NpgsqlDbType.Integer), ("text", NpgsqlDbType.Text), ("has_events", NpgsqlDbType.Boolean)]);

    /// <summary>The event columns of <see cref="EventColumns.Names"/>, then position; every column not listed here is text.</summary>
    private static readonly PostgresRowCopy EventRows = new("events",
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
    /// Adjusts the counts of the clusters and actors the batch touched, by the changes its events make, in one round trip
    /// at the end of the save. Every count is an upsert that adds a change, so saves that touch the same cluster or actor
    /// commute; what they must not do is compute the derived columns (a cluster's sources, an actor's most frequent
    /// country, role and name) from counts another save is changing. The row a save upserts first for a cluster (its
    /// <c>event_clusters</c> row) or an actor (its <c>actor_counts</c> row for field 0) is therefore its lock: locked by
    /// the upsert until the commit, so a save that touches the same one waits from that statement to this save's commit
    /// (a few small statements), then sees its counts. Rows are upserted in ascending key order, table after table in
    /// the same order in every save (cluster_outlets, event_clusters, actor_counts, actors), so saves cannot deadlock.
    /// Clusters count as <see cref="ClusterCounts"/> says: only original documents add mentions and articles, a cluster
    /// no original reports has no row, and the sources are the cluster's outlets with events in <c>cluster_outlets</c>.
    /// An actor's country, role and name are its most frequent ones (ties: the first in sort order, as PostgreSQL's
    /// mode() gives), read from <c>actor_counts</c> rather than from all of its events.
    /// </summary>
    private async Task AdjustDerivedAsync(ClusterCountChanges clusterCounts, ActorCountChanges actorCounts, CancellationToken cancellationToken)
    {
        var codes = actorCounts.Codes;
        if (clusterCounts.IsEmpty && codes.Length == 0) return;
        var batch = new NpgsqlBatch(connection);
        await using (batch.ConfigureAwait(false))
        {
            var (outletClusters, outlets, assertedChanges, eventChanges) = clusterCounts.Outlets();
            batch.BatchCommands.Add(PostgresSql.Arrays("""
                INSERT INTO cluster_outlets (cluster_id, outlet, asserted, events)
                SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[]) ORDER BY 1, 2
                ON CONFLICT (cluster_id, outlet) DO UPDATE
                    SET asserted = cluster_outlets.asserted + excluded.asserted, events = cluster_outlets.events + excluded.events
                """, outletClusters, outlets, assertedChanges, eventChanges));
            batch.BatchCommands.Add(PostgresSql.Arrays("""
                DELETE FROM cluster_outlets o USING unnest($1::text[], $2::text[]) AS k(cluster_id, outlet)
                WHERE o.cluster_id = k.cluster_id AND o.outlet = k.outlet AND o.events = 0
                """, outletClusters, outlets));
            var (clusters, dates, sources, targets, cameos, mentions, articles, allMentions, allArticles) = clusterCounts.Clusters();
            batch.BatchCommands.Add(PostgresSql.Arrays("""
                INSERT INTO event_clusters (cluster_id, date, source_code, target_code, cameo, num_mentions, num_sources, num_articles,
                                            all_mentions, all_sources, all_articles)
                SELECT c.id, c.date, c.source_code, c.target_code, c.cameo, c.mentions, 0, c.articles, c.all_mentions, 0, c.all_articles
                FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::integer[], $9::integer[])
                    AS c(id, date, source_code, target_code, cameo, mentions, articles, all_mentions, all_articles)
                ORDER BY 1
                ON CONFLICT (cluster_id) DO UPDATE SET
                    num_mentions = event_clusters.num_mentions + excluded.num_mentions,
                    num_articles = event_clusters.num_articles + excluded.num_articles,
                    all_mentions = event_clusters.all_mentions + excluded.all_mentions,
                    all_articles = event_clusters.all_articles + excluded.all_articles
                """, clusters, dates, sources, targets, cameos, mentions, articles, allMentions, allArticles));
            batch.BatchCommands.Add(PostgresSql.Arrays("DELETE FROM event_clusters WHERE cluster_id = ANY($1) AND all_mentions = 0", clusters));
            batch.BatchCommands.Add(PostgresSql.Arrays("""
                UPDATE event_clusters c SET num_sources = s.num_sources, all_sources = s.all_sources
                FROM (SELECT cluster_id, count(*) FILTER (WHERE asserted > 0) AS num_sources, count(*) AS all_sources
                      FROM cluster_outlets WHERE cluster_id = ANY($1) GROUP BY cluster_id) s
                WHERE c.cluster_id = s.cluster_id
                """, clusters));

            var (changedCodes, fields, values, deltas) = actorCounts.Rows();
            batch.BatchCommands.Add(PostgresSql.Arrays("""
                INSERT INTO actor_counts (code, field, value, n)
                SELECT * FROM unnest($1::text[], $2::smallint[], $3::text[], $4::bigint[]) ORDER BY 1, 2, 3
                ON CONFLICT (code, field, value) DO UPDATE SET n = actor_counts.n + excluded.n
                """, changedCodes, fields, values, deltas));
            batch.BatchCommands.Add(PostgresSql.Arrays("DELETE FROM actor_counts WHERE code = ANY($1) AND n = 0", codes));
            batch.BatchCommands.Add(PostgresSql.Arrays("DELETE FROM actors WHERE code = ANY($1)", codes));
            batch.BatchCommands.Add(PostgresSql.Arrays("""
                INSERT INTO actors (code, country, role, name, mentions)
                SELECT m.code,
                       (SELECT c.value FROM actor_counts c WHERE c.code = m.code AND c.field = 1 ORDER BY c.n DESC, c.value COLLATE "C" LIMIT 1),
                       (SELECT c.value FROM actor_counts c WHERE c.code = m.code AND c.field = 2 ORDER BY c.n DESC, c.value LIMIT 1),
                       (SELECT c.value FROM actor_counts c WHERE c.code = m.code AND c.field = 3 ORDER BY c.n DESC, c.value LIMIT 1),
                       m.n
                FROM actor_counts m WHERE m.code = ANY($1) AND m.field = 0
                """, codes));
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>
/// How a save changes each actor's counts (<c>actor_counts</c>): +1 per occurrence in an event it writes, −1 per
/// occurrence in an event it replaces; field 0 counts occurrences, 1–3 occurrences with each country, role and name.
/// </summary>
internal sealed class ActorCountChanges
{
    private readonly Dictionary<(string Code, short Field, string Value), long> _changes = [];
    private readonly SortedSet<string> _codes = new(StringComparer.Ordinal);

    public string[] Codes => [.. _codes];

    public void Add(string code, string? country, string? role, string? name, int sign)
    {
        _codes.Add(code);
        Change(code, 0, "", sign);
        if (country is not null) Change(code, 1, country, sign);
        if (role is not null) Change(code, 2, role, sign);
        if (name is not null) Change(code, 3, name, sign);
    }

    private void Change(string code, short field, string value, int sign) =>
        _changes[(code, field, value)] = _changes.GetValueOrDefault((code, field, value)) + sign;

    /// <summary>The changes as columns; a net change of 0 is kept, since its upsert is what makes the actor's row current.</summary>
    public (string[] Codes, short[] Fields, string[] Values, long[] Deltas) Rows() =>
        (_changes.Keys.Select(k => k.Code).ToArray(), _changes.Keys.Select(k => k.Field).ToArray(),
         _changes.Keys.Select(k => k.Value).ToArray(), _changes.Values.ToArray());
}
