namespace Warta.Store;

/// <summary>The map and actor-suggestion queries, in the SQL both stores speak, so DuckDB and PostgreSQL answer alike.</summary>
internal static class MapSql
{
    /// <summary>
    /// The country an event is drawn in: where it happened when the coder found a place, else the target's country
    /// (what was acted on), else the source's. An event whose actors have no country (an IGO alone) is not mapped.
    /// </summary>
    public const string Country = "coalesce(e.place_country, e.target_country, e.source_country)";

    /// <summary>Columns: country, the four QuadClass counts, then how many were placed by place, by target, by source.</summary>
    public static string Areas(FilterSql where) => $"""
        SELECT {Country} AS area,
               count(*) FILTER (WHERE e.quad = 1), count(*) FILTER (WHERE e.quad = 2),
               count(*) FILTER (WHERE e.quad = 3), count(*) FILTER (WHERE e.quad = 4),
               count(*) FILTER (WHERE e.place_country IS NOT NULL),
               count(*) FILTER (WHERE e.place_country IS NULL AND e.target_country IS NOT NULL),
               count(*) FILTER (WHERE e.place_country IS NULL AND e.target_country IS NULL)
        FROM events e JOIN documents d ON d.id = e.doc
        {where.Where} {(where.Where.Length == 0 ? "WHERE" : "AND")} {Country} IS NOT NULL
        GROUP BY 1 ORDER BY count(*) DESC, 1
        """;

    /// <summary>Parameters: text (a LIKE pattern of the whole text), prefix (the code prefix pattern), limit.</summary>
    public static string Actors(char marker) => $"""
        SELECT code, name, mentions FROM actors
        WHERE code ILIKE {marker}prefix ESCAPE '\' OR name ILIKE {marker}text ESCAPE '\'
        ORDER BY CASE WHEN code ILIKE {marker}prefix ESCAPE '\' THEN 0 ELSE 1 END, mentions DESC, code
        LIMIT {marker}limit
        """;

    /// <summary>The first day of the period an event's date falls in.</summary>
    public static string Period(TimelineInterval interval) => interval switch
    {
        TimelineInterval.Day => "e.date",
        TimelineInterval.Week => "CAST(date_trunc('week', e.date) AS DATE)",
        TimelineInterval.Month => "CAST(date_trunc('month', e.date) AS DATE)",
        TimelineInterval.Year => "CAST(date_trunc('year', e.date) AS DATE)",
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };
}
