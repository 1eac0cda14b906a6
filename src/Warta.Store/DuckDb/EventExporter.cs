using DuckDB.NET.Data;
using Warta.Coding;
using Warta.Output.Events;

namespace Warta.Store.DuckDb;

/// <summary>
/// Writes the events matching a filter in document order: CSV and GDELT rows through the same writers as
/// <c>warta code</c> (so the columns agree), Parquet through DuckDB's COPY into a temporary file that is then
/// streamed out and deleted.
/// </summary>
internal sealed class EventExporter(DuckDBConnection connection)
{
    public async Task ExportAsync(EventFilter filter, ExportFormat format, Stream output, CancellationToken cancellationToken)
    {
        if (format == ExportFormat.Parquet) await ExportParquetAsync(filter, output, cancellationToken).ConfigureAwait(false);
        else ExportRows(filter, format, output, cancellationToken);
    }

    private void ExportRows(EventFilter filter, ExportFormat format, Stream output, CancellationToken cancellationToken)
    {
        var where = new FilterSql(filter);
        using var command = DuckDbEventStore.Command(connection, EventRowExport.Sql(where));
        where.AddTo(command);
        using var reader = command.ExecuteReader();
        EventRowExport.Write(reader, format, output, cancellationToken);
    }

    /// <summary>The CSV columns, typed (dates, integers, booleans and doubles as such).</summary>
    private async Task ExportParquetAsync(EventFilter filter, Stream output, CancellationToken cancellationToken)
    {
        var where = new FilterSql(filter);
        var file = Path.Combine(Path.GetTempPath(), $"warta-export-{Guid.NewGuid():N}.parquet");
        try
        {
            using (var select = DuckDbEventStore.Command(connection, $"""
                CREATE OR REPLACE TEMP TABLE export_rows AS
                SELECT e.id, '{EventRecord.SchemaVersion}' AS schema, e.doc, e.lang, e.sentence_index, e.sentence, e.date, e.date_from, e.date_text,
                       e.source_text, e.source_code, e.source_country, e.source_role, e.source_name,
                       e.target_text, e.target_code, e.target_country, e.target_role, e.target_name,
                       e.cameo, e.cameo_name, e.root, CAST(e.quad AS INTEGER) AS quad, e.goldstein, e.plover_type, e.plover_mode,
                       e.modality, e.negated, e.hypothetical, e.trigger, e.trigger_start, e.trigger_end, e.rule,
                       e.place_name, e.place_country
                FROM events e JOIN documents d ON d.id = e.doc {where.Where}
                ORDER BY e.doc, e.position
                """))
            {
                where.AddTo(select);
                select.ExecuteNonQuery();
            }
            // COPY takes no parameters; the path is ours (a temp file name), quoted as an SQL literal.
            using (var copy = DuckDbEventStore.Command(connection,
                       $"COPY export_rows TO '{file.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT PARQUET)"))
                copy.ExecuteNonQuery();
            using (var drop = DuckDbEventStore.Command(connection, "DROP TABLE export_rows")) drop.ExecuteNonQuery();
            await using var stream = File.OpenRead(file);
            await stream.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
