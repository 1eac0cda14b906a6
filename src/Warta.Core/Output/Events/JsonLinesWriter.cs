using System.Text.Encodings.Web;
using System.Text.Json;
using Warta.Coding;

namespace Warta.Output.Events;

/// <summary>One JSON object per event per line; subclasses say what goes in the object.</summary>
public abstract class JsonLinesWriter(Stream output) : IEventWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Utf8JsonWriter _json = new(output, Options);

    public void Write(NewsDocument document, IReadOnlyList<EventRecord> events)
    {
        foreach (var e in events)
        {
            WriteEvent(_json, document, e);
            _json.Flush();
            _json.Reset();
            output.WriteByte((byte)'\n');
        }
    }

    public void Complete()
    {
        _json.Flush();
        output.Flush();
    }

    protected abstract void WriteEvent(Utf8JsonWriter json, NewsDocument document, EventRecord e);
}
