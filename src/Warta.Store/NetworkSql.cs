namespace Warta.Store;

/// <summary>The actor-network queries, written in the SQL both stores speak, so DuckDB and PostgreSQL answer alike.</summary>
internal static class NetworkSql
{
    /// <summary>
    /// Every actor at either end of a matching event (by country where it has one), with its stored name and its
    /// number of event ends; columns: node, name, count.
    /// </summary>
    public static string Nodes(FilterSql where) => $"""
        WITH ends AS (
            SELECT coalesce(e.source_country, e.source_code) AS node FROM events e JOIN documents d ON d.id = e.doc {where.Where}
            UNION ALL
            SELECT coalesce(e.target_country, e.target_code) FROM events e JOIN documents d ON d.id = e.doc {where.Where}
                {(where.Where.Length == 0 ? "WHERE" : "AND")} e.target_code IS NOT NULL)
        SELECT ends.node, a.name, count(*) AS n FROM ends LEFT JOIN actors a ON a.code = ends.node
        GROUP BY ends.node, a.name ORDER BY n DESC, ends.node
        """;
}
