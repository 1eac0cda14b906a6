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

    /// <summary>
    /// The filter SQL of this store. A keyword matches an event's sentence through the <c>sentences</c> rows marked
    /// <c>has_events</c> (the same text: both are the document's text between the sentence's offsets), whose partial
    /// trigram index (migration 7) holds each sentence with events once, where an index on <c>events.sentence</c>
    /// held it once per event.
    /// </summary>
    public static FilterDialect Filter { get; } = new('@', pattern =>
        $"(e.doc, e.sentence_index) IN (SELECT s.doc, s.\"index\" FROM sentences s WHERE s.has_events AND s.text ILIKE {pattern} ESCAPE '\\')");
}
