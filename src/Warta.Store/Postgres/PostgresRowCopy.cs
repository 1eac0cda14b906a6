using Npgsql;
using NpgsqlTypes;

namespace Warta.Store.Postgres;

/// <summary>
/// Writes rows straight into one of the store's tables by binary COPY: a batch's rows reach the server in one stream
/// instead of one statement each. A save first deletes the rows its documents had, then copies their new rows, which
/// gives what an upsert of every row plus a delete of the rows no longer there gives, without temporary tables to
/// merge from (whose creation and drop at every commit write the system catalogs) and without a merge statement.
/// </summary>
/// <param name="Table">The store table.</param>
/// <param name="Columns">The columns rows give values for, in order, with the type each value is written as.</param>
internal sealed record PostgresRowCopy(string Table, IReadOnlyList<(string Name, NpgsqlDbType Type)> Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    /// <summary>Copies <paramref name="rows"/> (values in <see cref="Columns"/> order, null for NULL) into the table.</summary>
    public async Task CopyAsync(NpgsqlConnection connection, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var importer = await connection.BeginBinaryImportAsync($"COPY {Table} ({ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken)
            .ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                if (row.Length != Columns.Count)
                    throw new ArgumentException($"a row for {Table} has {row.Length} values, not {Columns.Count}", nameof(rows));
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
