using System.Text.Json;
using Warta.Coding;

namespace Warta.Output.Events;

/// <summary>
/// PLOVER-shaped JSON records, one per line (PLOVER manual draft 2.0): id, date, event_type, mode, actor[] and
/// recipient[] entity lists, event_text and the text it came from. Each entity carries PLOVER's entity_text and
/// sector (the CAMEO role) plus the country and Warta's full actor code. Warta codes one dyad per record, so the
/// lists hold one entity each (recipient is empty when there is no target).
/// </summary>
public sealed class PloverEventWriter(Stream output) : JsonLinesWriter(output)
{
    protected override void WriteEvent(Utf8JsonWriter json, NewsDocument document, EventRecord e)
    {
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("date", EventFields.Date(e.Date));
        json.WriteString("event_type", e.Plover.Type);
        json.WriteString("mode", e.Plover.Mode);
        WriteEntities(json, "actor", e.Source);
        WriteEntities(json, "recipient", e.Target);
        json.WriteString("event_text", e.Evidence.Trigger);
        json.WriteString("text", e.Sentence);
        json.WriteNumber("quad_code", e.Quad);
        json.WriteString("cameo", e.Cameo);
        json.WriteString("modality", e.Modality);
        json.WriteString("doc", e.Doc);
        json.WriteString("lang", e.Language);
        if (document.Url is not null) json.WriteString("link", document.Url);
        json.WriteString("coder", "warta");
        json.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter json, string name, EventActor? actor)
    {
        json.WriteStartArray(name);
        if (actor is not null)
        {
            json.WriteStartObject();
            json.WriteString("entity_text", actor.Text);
            json.WriteString("country", actor.Country);
            json.WriteString("code", actor.Code);
            json.WriteString("sector", actor.Role);
            if (actor.Name is not null) json.WriteString("name", actor.Name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
