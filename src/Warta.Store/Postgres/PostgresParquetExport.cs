using DuckDB.NET.Data;
using Npgsql;
using Warta.Store.DuckDb;

namespace Warta.Store.Postgres;

/// <summary>
/// Parquet from the PostgreSQL store: the events matching the filter are read in document order and appended to an
/// in-memory DuckDB database with the DuckDB store's schema, whose exporter then writes the file exactly as a DuckDB
/// store does (same columns, same types). Memory grows with the number of events exported.
/// </summary>
internal static class PostgresParquetExport
{
    public static async Task WriteAsync(NpgsqlDataSource dataSource, EventFilter filter, Stream output, CancellationToken cancellationToken)
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        SchemaMigrations.Apply(duck);

        var where = new FilterSql(filter, '@');
        await using (var command = dataSource.CreateCommand($"""
            SELECT {EventColumns.Select("e")}, e.position FROM events e JOIN documents d ON d.id = e.doc {where.Where}
            ORDER BY e.doc, e.position
            """))
        {
            where.AddTo(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            using var appender = duck.CreateAppender("events");
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                EventAppender.Append(appender, EventColumns.Read(reader), reader.GetString(EventColumns.Count - 1),
                    reader.GetInt32(EventColumns.Count));
        }

        // The exporter joins events to their documents; the filter was applied in PostgreSQL, so only the ids matter here.
        using (var documents = duck.CreateCommand())
        {
            documents.CommandText = """
                INSERT INTO documents (id, seq, outlet, lang, content_hash, text, ingested_at)
                SELECT doc, row_number() OVER (ORDER BY doc), '', '', doc, '', now()::TIMESTAMP FROM (SELECT DISTINCT doc FROM events)
                """;
            documents.ExecuteNonQuery();
        }
        await new EventExporter(duck).ExportAsync(new EventFilter { IncludeAll = true }, ExportFormat.Parquet, output, cancellationToken)
            .ConfigureAwait(false);
    }
}
