using System.Text.Json;
using Warta.Coding;

namespace Warta.Output.Events;

/// <summary>
/// The output contract (schema <see cref="EventRecord.SchemaVersion"/>): one JSON object per event per line, snake_case
/// names, every field present (null when unknown) so consumers can rely on the shape. The object itself is written by
/// <see cref="EventJson"/>, which the web API uses too, so an API event equals a line of this output.
/// </summary>
public sealed class JsonLinesEventWriter(Stream output) : JsonLinesWriter(output)
{
    protected override void WriteEvent(Utf8JsonWriter json, NewsDocument document, EventRecord e) => EventJson.Write(json, e);
}
