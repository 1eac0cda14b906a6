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

        var where = new FilterSql(filter, PostgresSql.Filter);
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

        // The exporter joins events to their documents (for their title, URL, outlet and date); the filter was applied in
        // PostgreSQL, so the documents of the events read are copied as they are.
        var docs = new List<object?[]>();
        await using (var command = dataSource.CreateCommand("""
            SELECT id, title, url, outlet, published FROM documents WHERE id = ANY(@ids)
            """))
        {
            using (var ids = duck.CreateCommand())
            {
                ids.CommandText = "SELECT DISTINCT doc FROM events";
                using var idReader = ids.ExecuteReader();
                var list = new List<string>();
                while (idReader.Read()) list.Add(idReader.GetString(0));
                command.Parameters.AddWithValue("ids", list.ToArray());
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                docs.Add([reader.GetString(0), StoreRows.Text(reader, 1), StoreRows.Text(reader, 2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)]);
        }
        long seq = 0;
        foreach (var doc in docs)
        {
            using var insert = duck.CreateCommand();
            insert.CommandText = """
                INSERT INTO documents (id, seq, title, url, outlet, published, lang, content_hash, text, ingested_at)
                VALUES ($id, $seq, $title, $url, $outlet, $published, '', $id, '', now()::TIMESTAMP)
                """;
            insert.Parameters.Add(new DuckDBParameter("id", doc[0]));
            insert.Parameters.Add(new DuckDBParameter("seq", ++seq));
            insert.Parameters.Add(new DuckDBParameter("title", doc[1]));
            insert.Parameters.Add(new DuckDBParameter("url", doc[2]));
            insert.Parameters.Add(new DuckDBParameter("outlet", doc[3]));
            insert.Parameters.Add(new DuckDBParameter("published", doc[4]));
            insert.ExecuteNonQuery();
        }
        await new EventExporter(duck).ExportAsync(new EventFilter { IncludeAll = true }, ExportFormat.Parquet, output, cancellationToken)
            .ConfigureAwait(false);
    }
}
