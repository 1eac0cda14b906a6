using Npgsql;

namespace Warta.Store.Postgres;

/// <summary>Statements of an <see cref="NpgsqlBatch"/> with positional parameters ($1, $2, …).</summary>
internal static class PostgresSql
{
    /// <summary>A statement whose parameters are arrays, one each (an array is one parameter, never spread).</summary>
    public static NpgsqlBatchCommand Arrays(string sql, params Array[] columns) => Values(sql, columns);

    /// <summary>A statement with these parameter values, in order.</summary>
    public static NpgsqlBatchCommand Values(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
