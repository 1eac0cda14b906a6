using Warta.Coding;

namespace Warta.Output.Events;

/// <summary>
/// Writes coded events as they come, document by document, to a stream it does not own. Call
/// <see cref="Complete"/> once at the end (it writes any trailer and flushes).
/// </summary>
public interface IEventWriter
{
    void Write(NewsDocument document, IReadOnlyList<EventRecord> events);
    void Complete();
}

/// <summary>The output formats by name, in one place for the CLI and the docs.</summary>
public static class EventFormats
{
    public const string JsonLines = "jsonl";
    public const string Csv = "csv";
    public const string Gdelt = "gdelt";
    public const string Plover = "plover";
    public const string Table = "table";

    public static IReadOnlyList<string> All { get; } = [JsonLines, Csv, Gdelt, Plover, Table];

    /// <summary>A writer for <paramref name="format"/>; <paramref name="addedUtc"/> is GDELT's DATEADDED (the time of coding).</summary>
    public static IEventWriter Create(string format, Stream output, DateTime addedUtc) => format switch
    {
        JsonLines => new JsonLinesEventWriter(output),
        Csv => new CsvEventWriter(output),
        Gdelt => new GdeltEventWriter(output, addedUtc),
        Plover => new PloverEventWriter(output),
        Table => new TableEventWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"unknown format; use one of {string.Join(", ", All)}"),
    };
}
