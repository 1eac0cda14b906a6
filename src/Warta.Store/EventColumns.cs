using System.Data.Common;
using Warta.Coding;
using Warta.Dates;

namespace Warta.Store;

/// <summary>
/// How an <see cref="EventRecord"/> maps to the columns of the events table, both ways; every store has these
/// columns in this order (then <c>position</c>), so reading and the row values are shared.
/// </summary>
internal static class EventColumns
{
    /// <summary>The event columns in table order up to cluster_id (which is last), prefixed for a query's alias.</summary>
    public static string Select(string alias) => string.Join(", ", Names.Select(n => $"{alias}.{n}"));

    public static readonly string[] Names =
    [
        "id", "doc", "lang", "sentence_index", "sentence", "date", "date_from", "date_text",
        "source_text", "source_code", "source_country", "source_role", "source_name",
        "target_text", "target_code", "target_country", "target_role", "target_name",
        "cameo", "cameo_name", "root", "quad", "goldstein", "plover_type", "plover_mode",
        "modality", "negated", "hypothetical", "trigger", "trigger_start", "trigger_end", "rule",
        "place_name", "place_country", "cluster_id",
    ];

    /// <summary>
    /// The values of one row in the order of <see cref="Names"/>, then position (the event's place in its document's
    /// list, which keeps the coder's order). Absent values are null; quad is a short.
    /// </summary>
    public static object?[] Values(EventRecord e, string clusterId, int position) =>
    [
        e.Id, e.Doc, e.Language, e.SentenceIndex, e.Sentence, e.Date, DateFromName(e.DateFrom), e.DateText,
        e.Source.Text, e.Source.Code, e.Source.Country, e.Source.Role, e.Source.Name,
        e.Target?.Text, e.Target?.Code, e.Target?.Country, e.Target?.Role, e.Target?.Name,
        e.Cameo, e.CameoName, e.Root, (short)e.Quad, e.Goldstein, e.Plover.Type, e.Plover.Mode,
        e.Modality, e.Negated, e.Hypothetical, e.Evidence.Trigger, e.Evidence.Start, e.Evidence.End, e.Rule,
        e.Place?.Name, e.Place?.Country, clusterId, position,
    ];

    /// <summary>Reads the event whose columns start at <paramref name="first"/> (as written by <see cref="Select"/>).</summary>
    public static EventRecord Read(DbDataReader r, int first = 0)
    {
        string? S(int i) => r.IsDBNull(first + i) ? null : r.GetString(first + i);
        string Req(int i) => r.GetString(first + i);
        int I(int i) => Convert.ToInt32(r.GetValue(first + i), System.Globalization.CultureInfo.InvariantCulture);
        var targetCode = S(14);
        var placeName = S(32);
        return new EventRecord
        {
            Id = Req(0), Doc = Req(1), Language = Req(2), SentenceIndex = I(3), Sentence = Req(4),
            Date = r.GetFieldValue<DateOnly>(first + 5), DateFrom = ParseDateFrom(Req(6)), DateText = S(7),
            Source = new EventActor(Req(8), Req(9), S(10), S(11), S(12)),
            Target = targetCode is null ? null : new EventActor(S(13) ?? "", targetCode, S(15), S(16), S(17)),
            Cameo = Req(18), CameoName = Req(19), Root = Req(20), Quad = I(21), Goldstein = r.GetDouble(first + 22),
            Plover = new PloverCode(S(23), S(24)),
            Modality = Req(25), Negated = r.GetBoolean(first + 26), Hypothetical = r.GetBoolean(first + 27),
            Evidence = new Evidence(Req(28), I(29), I(30)), Rule = Req(31),
            Place = placeName is null ? null : new EventPlace(placeName, S(33)),
        };
    }

    public static int Count => Names.Length;

    /// <summary>The spelling of the output formats (docs/output.md).</summary>
    public static string DateFromName(DateSource source) => source switch
    {
        DateSource.Text => "text",
        DateSource.TextRelative => "text_relative",
        DateSource.Published => "published",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    private static DateSource ParseDateFrom(string name) => name switch
    {
        "text" => DateSource.Text,
        "text_relative" => DateSource.TextRelative,
        "published" => DateSource.Published,
        _ => throw new InvalidDataException($"unknown date_from '{name}' in the store"),
    };
}
