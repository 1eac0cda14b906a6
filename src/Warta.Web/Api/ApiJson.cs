using System.Globalization;
using System.Text.Json;
using Warta.Coding;
using Warta.Output.Events;
using Warta.Store;

namespace Warta.Web.Api;

/// <summary>The hand-written JSON shapes of the API that carry events (snake_case, like the jsonl contract).</summary>
public static class ApiJson
{
    /// <summary>
    /// A document's text with its events and, index for index, where each event's words are
    /// (<c>highlights[i]</c> belongs to <c>events[i]</c>).
    /// </summary>
    public static void WriteArticle(Utf8JsonWriter json, string text, IReadOnlyList<EventRecord> events)
    {
        json.WriteString("text", text);
        json.WriteStartArray("events");
        foreach (var e in events) EventJson.Write(json, e);
        json.WriteEndArray();
        json.WriteStartArray("highlights");
        foreach (var e in events) WriteHighlight(json, ActorSpanLocator.Locate(text, e));
        json.WriteEndArray();
    }

    public static void WriteHighlight(Utf8JsonWriter json, EventHighlight highlight)
    {
        json.WriteStartObject();
        WriteRange(json, "trigger", highlight.Trigger);
        WriteRange(json, "source", highlight.Source);
        WriteRange(json, "target", highlight.Target);
        json.WriteEndObject();
    }

    public static void WriteRange(Utf8JsonWriter json, string name, CharRange? range)
    {
        if (range is not { } r)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteNumber("start", r.Start);
        json.WriteNumber("end", r.End);
        json.WriteEndObject();
    }

    public static void WritePage(Utf8JsonWriter json, EventPage page)
    {
        json.WriteStartObject();
        json.WriteNumber("total", page.Total);
        json.WriteNumber("page", page.Page);
        json.WriteNumber("page_size", page.PageSize);
        json.WriteStartArray("items");
        foreach (var item in page.Items) WriteStoredEvent(json, item);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteStoredEvent(Utf8JsonWriter json, StoredEvent item)
    {
        json.WriteStartObject();
        json.WritePropertyName("event");
        EventJson.Write(json, item.Event);
        json.WriteString("cluster_id", item.ClusterId);
        json.WriteNumber("num_mentions", item.NumMentions);
        json.WriteNumber("num_sources", item.NumSources);
        json.WriteNumber("num_articles", item.NumArticles);
        json.WriteString("document_title", item.DocumentTitle);
        json.WriteString("document_url", item.DocumentUrl);
        json.WriteString("document_source", item.DocumentSource);
        json.WriteEndObject();
    }

    public static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }
}
