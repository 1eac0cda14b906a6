using System.Text;
using Warta.Coding;

namespace Warta.Output.Events;

/// <summary>The JSON Lines records flattened into CSV (RFC 4180: CRLF rows, fields quoted when they hold , " CR or LF), with a header row.</summary>
public sealed class CsvEventWriter : IEventWriter
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "schema", "doc", "lang", "sentence_index", "sentence", "date", "date_from", "date_text",
        "source_text", "source_code", "source_country", "source_role", "source_name",
        "target_text", "target_code", "target_country", "target_role", "target_name",
        "cameo", "cameo_name", "root", "quad", "goldstein", "plover_type", "plover_mode",
        "modality", "negated", "hypothetical", "trigger", "trigger_start", "trigger_end", "rule",
        "place_name", "place_country",
    ];

    private readonly StreamWriter _writer;

    public CsvEventWriter(Stream output)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        DelimitedRow.WriteCsv(_writer, Columns);
    }

    public void Write(NewsDocument document, IReadOnlyList<EventRecord> events)
    {
        foreach (var e in events) DelimitedRow.WriteCsv(_writer, Fields(e));
    }

    public void Complete() => _writer.Flush();

    internal static string?[] Fields(EventRecord e) =>
    [
        e.Id, EventRecord.SchemaVersion, e.Doc, e.Language, EventFields.Int(e.SentenceIndex), e.Sentence,
        EventFields.Date(e.Date), EventFields.DateFrom(e.DateFrom), e.DateText,
        e.Source.Text, e.Source.Code, e.Source.Country, e.Source.Role, e.Source.Name,
        e.Target?.Text, e.Target?.Code, e.Target?.Country, e.Target?.Role, e.Target?.Name,
        e.Cameo, e.CameoName, e.Root, EventFields.Int(e.Quad), EventFields.Goldstein(e.Goldstein), e.Plover.Type, e.Plover.Mode,
        e.Modality, EventFields.Bool(e.Negated), EventFields.Bool(e.Hypothetical),
        e.Evidence.Trigger, EventFields.Int(e.Evidence.Start), EventFields.Int(e.Evidence.End), e.Rule,
        e.Place?.Name, e.Place?.Country,
    ];
}
