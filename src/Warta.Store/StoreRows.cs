using System.Data.Common;
using System.Globalization;

namespace Warta.Store;

/// <summary>Reading rows and naming sort columns the same way in every store (the tables have the same columns).</summary>
internal static class StoreRows
{
    public const string DocumentColumns = "id, text, content_hash, published, lang, title, url, source, syndicated_from";

    public static StoredDocument ReadDocument(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3), r.GetString(4),
            Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8));

    /// <param name="counts">The prefix of the cluster counts the query reports: "num_" (asserted) or "all_".</param>
    public static string SortColumn(EventSort sort, string counts) => sort switch
    {
        EventSort.Date => "e.date",
        EventSort.Cameo => "e.cameo",
        EventSort.Goldstein => "e.goldstein",
        EventSort.Source => "e.source_code",
        EventSort.Target => "e.target_code",
        EventSort.Articles => $"c.{counts}articles",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
    };

    public static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
