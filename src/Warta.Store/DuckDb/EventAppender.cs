using DuckDB.NET.Data;
using Warta.Coding;

namespace Warta.Store.DuckDb;

/// <summary>Appends an event as one row of the events table (columns of <see cref="EventColumns"/>, then position).</summary>
internal static class EventAppender
{
    /// <param name="position">The event's place in its document's list, which keeps the coder's order.</param>
    public static void Append(DuckDBAppender appender, EventRecord e, string clusterId, int position)
    {
        var row = appender.CreateRow()
            .AppendValue(e.Id).AppendValue(e.Doc).AppendValue(e.Language).AppendValue(e.SentenceIndex).AppendValue(e.Sentence)
            .AppendValue((DateOnly?)e.Date).AppendValue(EventColumns.DateFromName(e.DateFrom)).AppendValue(e.DateText)
            .AppendValue(e.Source.Text).AppendValue(e.Source.Code).AppendValue(e.Source.Country).AppendValue(e.Source.Role).AppendValue(e.Source.Name)
            .AppendValue(e.Target?.Text).AppendValue(e.Target?.Code).AppendValue(e.Target?.Country).AppendValue(e.Target?.Role).AppendValue(e.Target?.Name)
            .AppendValue(e.Cameo).AppendValue(e.CameoName).AppendValue(e.Root).AppendValue((sbyte)e.Quad).AppendValue(e.Goldstein)
            .AppendValue(e.Plover.Type).AppendValue(e.Plover.Mode)
            .AppendValue(e.Modality).AppendValue(e.Negated).AppendValue(e.Hypothetical)
            .AppendValue(e.Evidence.Trigger).AppendValue(e.Evidence.Start).AppendValue(e.Evidence.End).AppendValue(e.Rule)
            .AppendValue(e.Place?.Name).AppendValue(e.Place?.Country).AppendValue(clusterId).AppendValue(position);
        row.EndRow();
    }
}
