using Npgsql;

namespace Warta.Store.Postgres;

/// <summary>
/// Recounts <c>event_clusters</c> and <c>cluster_outlets</c> from every stored event: what a save adjusts by its changes
/// (<see cref="ClusterCountChanges"/>), counted afresh. The migration that introduced the adjusted counts runs it, and
/// <see cref="PostgresEventStore.RecountClustersAsync"/> runs it as a repair (or to check the adjusted counts).
/// </summary>
internal static class PostgresClusterRecount
{
    /// <summary>Per cluster and outlet, the asserted events and all events (sources count outlets with any).</summary>
    public const string Outlets = $"""
        INSERT INTO cluster_outlets (cluster_id, outlet, asserted, events)
        SELECT e.cluster_id, d.outlet, count(*) FILTER (WHERE e.modality = '{ClusterCounts.AssertedModality}'), count(*)
        FROM events e JOIN documents d ON d.id = e.doc
        GROUP BY e.cluster_id, d.outlet
        """;

    public const string Clusters = $"""
        INSERT INTO event_clusters (cluster_id, date, source_code, target_code, cameo, num_mentions, num_sources, num_articles,
                                    all_mentions, all_sources, all_articles)
        SELECT e.cluster_id, min(e.date), min(e.source_code), min(e.target_code), min(e.cameo),
               {ClusterCounts.Columns}
        FROM events e JOIN documents d ON d.id = e.doc
        GROUP BY e.cluster_id
        {ClusterCounts.HasOriginal}
        """;

    /// <summary>
    /// Replaces both tables' rows by a recount, inside the caller's transaction. The tables are locked first, in the
    /// order saves write them, against writers only: saves wait for the recount (and it for the saves holding their
    /// rows), readers do not.
    /// </summary>
    public static async Task<long> RunAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            LOCK TABLE cluster_outlets, event_clusters IN EXCLUSIVE MODE;
            DELETE FROM cluster_outlets;
            {Outlets};
            DELETE FROM event_clusters;
            {Clusters};
            SELECT count(*) FROM event_clusters;
            """, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
