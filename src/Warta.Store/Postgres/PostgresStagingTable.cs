using Npgsql;
using NpgsqlTypes;

namespace Warta.Store.Postgres;

/// <summary>
/// A temporary table shaped like one of the store's tables, dropped at the end of the transaction, filled by binary
/// COPY: a batch's rows reach the server in one stream instead of one statement each, and are then merged into the real
/// table by a few set-based statements.
/// </summary>
/// <param name="Name">The temporary table's name.</param>
/// <param name="Like">The store table whose columns (names, types, collations, NOT NULL) it copies.</param>
/// <param name="Columns">The columns rows give values for, in order, with the type each value is written as.</param>
internal sealed record PostgresStagingTable(string Name, string Like, IReadOnlyList<(string Name, NpgsqlDbType Type)> Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    /// <summary>
    /// The statement that inserts the staged rows into <see cref="Like"/>, or updates every other column of the row with
    /// the same <paramref name="keys"/>.
    /// </summary>
    public string Upsert(params string[] keys)
    {
        var updates = Columns.Select(c => c.Name).Where(c => !keys.Contains(c)).Select(c => $"{c} = excluded.{c}");
        return $"""
            INSERT INTO {Like} ({ColumnList}) SELECT {ColumnList} FROM {Name}
            ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET {string.Join(", ", updates)}
            """;
    }

    /// <summary>Creates <paramref name="tables"/> in one round trip.</summary>
    public static async Task CreateAllAsync(NpgsqlConnection connection, IEnumerable<PostgresStagingTable> tables, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection);
        await using (batch.ConfigureAwait(false))
        {
            foreach (var table in tables)
                batch.BatchCommands.Add(new NpgsqlBatchCommand($"CREATE TEMP TABLE {table.Name} (LIKE {table.Like}) ON COMMIT DROP"));
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Copies <paramref name="rows"/> (values in <see cref="Columns"/> order, null for NULL) into the table.</summary>
    public async Task CopyAsync(NpgsqlConnection connection, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var importer = await connection.BeginBinaryImportAsync($"COPY {Name} ({ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken)
            .ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                if (row.Length != Columns.Count)
                    throw new ArgumentException($"a row for {Name} has {row.Length} values, not {Columns.Count}", nameof(rows));
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                for (int i = 0; i < row.Length; i++)
                {
                    if (row[i] is null) await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    else await importer.WriteAsync(row[i], Columns[i].Type, cancellationToken).ConfigureAwait(false);
                }
            }
            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
