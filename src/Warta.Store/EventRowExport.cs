using System.Data.Common;
using Warta.Coding;
using Warta.Output.Events;

namespace Warta.Store;

/// <summary>
/// CSV and GDELT export shared by the stores: the events matching a filter in document order, written by the same
/// writers as <c>warta code</c> (so the columns agree).
/// </summary>
internal static class EventRowExport
{
    /// <summary>The query whose rows <see cref="Write"/> reads: the event columns, then the document's URL and ingest time.</summary>
    public static string Sql(FilterSql where) => $"""
        SELECT {EventColumns.Select("e")}, d.url, d.ingested_at
        FROM events e JOIN documents d ON d.id = e.doc {where.Where}
        ORDER BY e.doc, e.position
        """;

    public static void Write(DbDataReader reader, ExportFormat format, Stream output, CancellationToken cancellationToken)
    {
        if (format is not (ExportFormat.Csv or ExportFormat.GdeltTsv))
            throw new ArgumentOutOfRangeException(nameof(format), format, "rows are written as CSV or GDELT TSV");
        int n = EventColumns.Count;
        var csv = format == ExportFormat.Csv ? new CsvEventWriter(output) : null;
        var batch = new List<EventRecord>();
        NewsDocument? document = null;
        DateTime ingested = default;
        void Flush()
        {
            if (document is null || batch.Count == 0) return;
            if (csv is not null) csv.Write(document, batch);
            else
            {
                var gdelt = new GdeltEventWriter(output, ingested);
                gdelt.Write(document, batch);
                gdelt.Complete();
            }
            batch.Clear();
        }
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var e = EventColumns.Read(reader);
            if (document?.Id != e.Doc)
            {
                Flush();
                document = new NewsDocument(e.Doc, "", Url: StoreRows.Text(reader, n));
                ingested = reader.GetDateTime(n + 1);
            }
            batch.Add(e);
        }
        Flush();
        csv?.Complete();
        output.Flush();
    }
}
