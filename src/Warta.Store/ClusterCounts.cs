namespace Warta.Store;

/// <summary>
/// How a cluster's counts are taken from its events, in the SQL both stores speak. Mentions and articles count
/// original documents only, so a syndicated copy adds no second report; sources count the outlets of originals and of
/// their copies, so an article carried by a second outlet is recorded as carried by it (num_sources 2). A cluster seen
/// only in copies (coded a little differently there) gets no row. Over <c>events e JOIN documents d</c>.
/// </summary>
internal static class ClusterCounts
{
    private const string Original = "d.syndicated_from IS NULL";
    /// <summary>The modality of an event stated as fact, the only one the num_* counts take.</summary>
    public const string AssertedModality = "asserted";

    private const string Asserted = $"e.modality = '{AssertedModality}'";

    /// <summary>num_mentions, num_sources, num_articles, all_mentions, all_sources, all_articles.</summary>
    public const string Columns = $"""
        count(*) FILTER (WHERE {Asserted} AND {Original}),
                           count(DISTINCT d.outlet) FILTER (WHERE {Asserted}),
                           count(DISTINCT d.id) FILTER (WHERE {Asserted} AND {Original}),
                           count(*) FILTER (WHERE {Original}), count(DISTINCT d.outlet), count(DISTINCT d.id) FILTER (WHERE {Original})
        """;

    /// <summary>The HAVING clause that keeps clusters some original document reports.</summary>
    public const string HasOriginal = $"HAVING count(*) FILTER (WHERE {Original}) > 0";

    /// <summary>Recomputes the source counts of every cluster (the migration that began counting copies' outlets).</summary>
    public const string RecountSources = $"""
        UPDATE event_clusters SET num_sources = s.num_sources, all_sources = s.all_sources
        FROM (SELECT e.cluster_id, count(DISTINCT d.outlet) FILTER (WHERE {Asserted}) AS num_sources,
                     count(DISTINCT d.outlet) AS all_sources
              FROM events e JOIN documents d ON d.id = e.doc GROUP BY e.cluster_id) s
        WHERE s.cluster_id = event_clusters.cluster_id
        """;
}
