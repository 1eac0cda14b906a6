using System.Globalization;
using System.Text.Json;
using Warta.Coding;
using Warta.Dates;
using Warta.Input;
using Warta.Output.Events;

namespace Warta.Evaluation;

/// <summary>
/// Reads event records back from JSON Lines in the output contract, so saved output (or another coder's output
/// in the same shape) can be scored. Tolerant like the reference scorer: a missing field takes an empty value;
/// lines that do not start with '{' are skipped; a line that is not valid JSON is WRT0204 naming file and line.
/// </summary>
public static class EventJsonReader
{
    public static IEnumerable<EventRecord> ReadFile(string path)
    {
        int lineNumber = 0;
        foreach (var line in TextInput.ReadFile(path).Split('\n'))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (!trimmed.StartsWith('{')) continue;
            yield return Parse(trimmed, $"{path}:{lineNumber}");
        }
    }

    public static EventRecord Parse(string line, string where)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return Read(json.RootElement);
        }
        catch (JsonException e)
        {
            throw DocumentJson.Invalid(where, $"is not valid JSON ({e.Message})");
        }
        catch (InvalidOperationException e)
        {
            throw DocumentJson.Invalid(where, $"has a field of the wrong type ({e.Message})");
        }
    }

    private static EventRecord Read(JsonElement e)
    {
        var cameo = String(e, "cameo") ?? "";
        bool negated = Bool(e, "negated"), hypothetical = Bool(e, "hypothetical");
        return new EventRecord
        {
            Id = String(e, "id") ?? "",
            Doc = String(e, "doc") ?? "",
            Language = String(e, "lang") ?? "",
            SentenceIndex = e.TryGetProperty("sentence_index", out var index) && index.ValueKind == JsonValueKind.Number ? index.GetInt32() : 0,
            Sentence = String(e, "sentence") ?? "",
            Date = DateOnly.TryParseExact(String(e, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date : default,
            DateFrom = String(e, "date_from") switch { "text" => DateSource.Text, "text_relative" => DateSource.TextRelative, _ => DateSource.Published },
            DateText = String(e, "date_text"),
            DateRule = EventFields.ParseDateRule(String(e, "date_rule")),
            DatePrecision = EventFields.ParseDatePrecision(String(e, "date_precision")),
            Source = Actor(e, "source") ?? new EventActor("", "", null, null),
            Target = Actor(e, "target"),
            Cameo = cameo,
            CameoName = String(e, "cameo_name") ?? "",
            Root = String(e, "root") ?? "",
            Quad = e.TryGetProperty("quad", out var quad) && quad.ValueKind == JsonValueKind.Number ? quad.GetInt32() : 0,
            Goldstein = e.TryGetProperty("goldstein", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetDouble() : 0,
            Plover = e.TryGetProperty("plover", out var p) && p.ValueKind == JsonValueKind.Object
                ? new PloverCode(String(p, "type"), String(p, "mode")) : new PloverCode(null, null),
            Negated = negated,
            Hypothetical = hypothetical,
            Modality = String(e, "modality") ?? (negated ? "negated" : hypothetical ? "hypothetical" : "asserted"),
            Evidence = e.TryGetProperty("evidence", out var ev) && ev.ValueKind == JsonValueKind.Object
                ? new Evidence(String(ev, "trigger") ?? "", Int(ev, "start"), Int(ev, "end")) : new Evidence("", 0, 0),
            Rule = String(e, "rule") ?? "",
            ActorRule = e.TryGetProperty("actor_rule", out var actorRule) && actorRule.ValueKind == JsonValueKind.Object
                ? new EventActorRule(String(actorRule, "source"), String(actorRule, "target")) : null,
            Place = e.TryGetProperty("place", out var place) && place.ValueKind == JsonValueKind.Object
                ? new EventPlace(String(place, "name") ?? "", String(place, "country")) : null,
        };
    }

    /// <summary>An actor object, or null when absent, null or empty (the reference scorer treats {} as no actor).</summary>
    private static EventActor? Actor(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Object || !a.EnumerateObject().Any()) return null;
        return new EventActor(String(a, "text") ?? "", String(a, "code") ?? "", String(a, "country"), String(a, "role"), String(a, "name"));
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static bool Bool(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : 0;
}
