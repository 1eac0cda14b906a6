using System.Text.Json;
using Warta.Coding;

namespace Warta.Output.Events;

/// <summary>One event as the JSON object of the output contract (snake_case, every field present, null when unknown).</summary>
public static class EventJson
{
    public static void Write(Utf8JsonWriter json, EventRecord e)
    {
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("schema", EventRecord.SchemaVersion);
        json.WriteString("doc", e.Doc);
        json.WriteString("lang", e.Language);
        json.WriteNumber("sentence_index", e.SentenceIndex);
        json.WriteString("sentence", e.Sentence);
        json.WriteString("date", EventFields.Date(e.Date));
        json.WriteString("date_from", EventFields.DateFrom(e.DateFrom));
        json.WriteString("date_text", e.DateText);
        if (e.DateRule is { } dateRule) json.WriteString("date_rule", EventFields.DateRule(dateRule));
        if (e.DatePrecision is { } precision) json.WriteString("date_precision", EventFields.DatePrecision(precision));
        WriteActor(json, "source", e.Source);
        WriteActor(json, "target", e.Target);
        json.WriteString("cameo", e.Cameo);
        json.WriteString("cameo_name", e.CameoName);
        json.WriteString("root", e.Root);
        json.WriteNumber("quad", e.Quad);
        json.WriteNumber("goldstein", e.Goldstein);
        json.WriteStartObject("plover");
        json.WriteString("type", e.Plover.Type);
        json.WriteString("mode", e.Plover.Mode);
        json.WriteEndObject();
        json.WriteString("modality", e.Modality);
        json.WriteBoolean("negated", e.Negated);
        json.WriteBoolean("hypothetical", e.Hypothetical);
        json.WriteStartObject("evidence");
        json.WriteString("trigger", e.Evidence.Trigger);
        json.WriteNumber("start", e.Evidence.Start);
        json.WriteNumber("end", e.Evidence.End);
        json.WriteEndObject();
        json.WriteString("rule", e.Rule);
        if (e.ActorRule is { } actorRule)
        {
            json.WriteStartObject("actor_rule");
            json.WriteString("source", actorRule.Source);
            json.WriteString("target", actorRule.Target);
            json.WriteEndObject();
        }
        if (e.Place is null) json.WriteNull("place");
        else
        {
            json.WriteStartObject("place");
            json.WriteString("name", e.Place.Name);
            json.WriteString("country", e.Place.Country);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter json, string name, EventActor? actor)
    {
        if (actor is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("text", actor.Text);
        json.WriteString("code", actor.Code);
        json.WriteString("country", actor.Country);
        json.WriteString("role", actor.Role);
        if (actor.Name is not null) json.WriteString("name", actor.Name);
        json.WriteEndObject();
    }
}
