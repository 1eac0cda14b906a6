using System.Text.Json;
using Warta.Errors;
using Warta.Input;

namespace Warta.Evaluation;

/// <summary>Reads a gold file: a JSON list of documents with events and must_not lists. Problems are WRT0206 naming the file and document.</summary>
public static class GoldFile
{
    public static IReadOnlyList<GoldDocument> Load(string path) => Parse(TextInput.ReadFile(path), path);

    public static IReadOnlyList<GoldDocument> Parse(string json, string name)
    {
        JsonDocument parsed;
        try { parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true }); }
        catch (JsonException e) { throw Invalid(name, $"is not valid JSON ({e.Message})"); }
        using (parsed)
        {
            if (parsed.RootElement.ValueKind != JsonValueKind.Array)
                throw Invalid(name, "must be a JSON list of documents");
            var documents = new List<GoldDocument>();
            int index = 0;
            foreach (var element in parsed.RootElement.EnumerateArray())
                documents.Add(ReadDocument(element, $"{name}: document {++index}"));
            return documents;
        }
    }

    private static GoldDocument ReadDocument(JsonElement json, string where)
    {
        Coding.NewsDocument document;
        try { document = DocumentJson.Read(json, where, fallbackId: "", new InputDefaults()); }
        catch (WartaException e) { throw new WartaException(ErrorCodes.GoldInvalid, e.Message[(e.Code.Length + 2)..], e); }
        if (document.Id.Length == 0) throw Invalid(where, "has no \"id\"");
        where = $"{where} ({document.Id})";
        var language = json.TryGetProperty("lang", out var lang) && lang.ValueKind == JsonValueKind.String ? lang.GetString()! : "und";
        var events = ReadList(json, "events", where, ReadEvent);
        var mustNot = ReadList(json, "must_not", where, ReadMustNot);
        return new GoldDocument(document, language, events, mustNot);
    }

    private static GoldEvent ReadEvent(JsonElement json, string where) => new(
        Strings(json, "src", where, required: true)!,
        Strings(json, "tgt", where, required: false) ?? ["*"],
        Strings(json, "roots", where, required: true)!,
        Strings(json, "date", where, required: false) ?? [],
        OptionalString(json, "sentence_contains", where),
        json.TryGetProperty("optional", out var optional) && optional.ValueKind == JsonValueKind.True);

    private static GoldMustNot ReadMustNot(JsonElement json, string where) => new(
        Strings(json, "src", where, required: true)!,
        Strings(json, "roots", where, required: true)!,
        OptionalString(json, "sentence_contains", where) ?? "",
        OptionalString(json, "why", where));

    private static List<T> ReadList<T>(JsonElement json, string name, string where, Func<JsonElement, string, T> read)
    {
        if (!json.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array) throw Invalid(where, $"\"{name}\" must be a list");
        var items = new List<T>();
        int index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemWhere = $"{where}, {name}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object) throw Invalid(itemWhere, "must be an object");
            items.Add(read(item, itemWhere));
        }
        return items;
    }

    private static string[]? Strings(JsonElement json, string name, string where, bool required)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return required ? throw Invalid(where, $"has no \"{name}\" list") : null;
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            throw Invalid(where, $"\"{name}\" must be a list of strings (e.g. [\"11\", \"12\"])");
        return value.EnumerateArray().Select(v => v.GetString()!).ToArray();
    }

    private static string? OptionalString(JsonElement json, string name, string where)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Invalid(where, $"\"{name}\" must be a string");
    }

    private static WartaException Invalid(string where, string reason) => new(ErrorCodes.GoldInvalid, $"{where}: {reason}");
}
