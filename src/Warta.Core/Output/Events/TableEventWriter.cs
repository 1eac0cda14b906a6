using System.Globalization;
using System.Text;
using Warta.Coding;

namespace Warta.Output.Events;

/// <summary>
/// A table for people at a terminal: one block per document (a heading line, then aligned columns date, source,
/// CAMEO code and name, target, modality, trigger). Columns are aligned within a document so output still streams.
/// </summary>
public sealed class TableEventWriter : IEventWriter
{
    private const int MaxCell = 40;
    private static readonly string[] Header = ["date", "source", "cameo", "target", "modality", "trigger"];

    private readonly StreamWriter _writer;
    private bool _first = true;

    public TableEventWriter(Stream output) => _writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);

    public void Write(NewsDocument document, IReadOnlyList<EventRecord> events)
    {
        if (!_first) _writer.Write('\n');
        _first = false;
        _writer.Write(string.Create(CultureInfo.InvariantCulture, $"{document.Id}: {events.Count} event{(events.Count == 1 ? "" : "s")}\n"));
        if (events.Count == 0) return;
        var rows = new List<string[]> { Header };
        rows.AddRange(events.Select(Cells));
        WriteAligned(rows);
    }

    public void Complete() => _writer.Flush();

    internal static string[] Cells(EventRecord e) =>
    [
        EventFields.Date(e.Date),
        Actor(e.Source),
        Clip($"{e.Cameo} {e.CameoName}"),
        e.Target is null ? "-" : Actor(e.Target),
        e.Modality,
        Clip(e.Evidence.Trigger),
    ];

    private static string Actor(EventActor actor) =>
        Clip(actor.Name is null ? $"{actor.Code} ({actor.Text})" : $"{actor.Code} ({actor.Name})");

    private static string Clip(string text)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= MaxCell ? text : text[..(MaxCell - 1)] + "…";
    }

    private void WriteAligned(List<string[]> rows)
    {
        var widths = new int[Header.Length];
        foreach (var row in rows)
            for (int i = 0; i < row.Length; i++) widths[i] = Math.Max(widths[i], row[i].Length);
        foreach (var row in rows)
        {
            _writer.Write("  ");
            for (int i = 0; i < row.Length; i++)
            {
                _writer.Write(row[i]);
                if (i < row.Length - 1) _writer.Write(new string(' ', widths[i] - row[i].Length + 2));
            }
            _writer.Write('\n');
        }
    }
}
