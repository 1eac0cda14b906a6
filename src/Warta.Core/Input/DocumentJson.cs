using System.Text.Json;
using Warta.Coding;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Input;

/// <summary>
/// Reads the document fields shared by JSON Lines input and gold files: id, text, published?, lang?, title?, url?,
/// source?. Errors are WRT0204 (or WRT0205 for the date) naming <c>where</c>.
/// </summary>
public static class DocumentJson
{
    public static NewsDocument Read(JsonElement json, string where, string fallbackId, InputDefaults defaults)
    {
        if (json.ValueKind != JsonValueKind.Object)
            throw Invalid(where, $"expected a JSON object, found {Describe(json.ValueKind)}");
        var text = OptionalString(json, "text", where)
            ?? throw Invalid(where, "has no \"text\"; every document needs its text");
        var id = OptionalString(json, "id", where) ?? fallbackId;
        var publishedText = OptionalString(json, "published", where);
        var published = publishedText is null ? defaults.Published : PublishedDate.Parse(publishedText, where);
        var language = ReadLanguage(OptionalString(json, "lang", where), where) ?? defaults.Language;
        return new NewsDocument(id, text, published, language,
            OptionalString(json, "title", where), OptionalString(json, "url", where), OptionalString(json, "source", where));
    }

    private static Language? ReadLanguage(string? code, string where)
    {
        if (code is null or "" or "auto") return null;
        if (LanguageCodes.TryParse(code, out var language)) return language;
        throw Invalid(where, $"unknown \"lang\" '{code}': use id, en or auto");
    }

    /// <summary>A string field, null when absent or null; a number id is accepted as its text.</summary>
    private static string? OptionalString(JsonElement json, string name, string where)
    {
        if (!json.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => StringValue(value, name, where),
            JsonValueKind.Null => null,
            JsonValueKind.Number when name == "id" => value.GetRawText(),
            _ => throw Invalid(where, $"\"{name}\" must be a string, found {Describe(value.ValueKind)}"),
        };
    }

    // JSON may escape a lone surrogate ("\ud800"); that is no text, and System.Text.Json refuses to decode it.
    private static string? StringValue(JsonElement value, string name, string where)
    {
        try { return value.GetString(); }
        catch (InvalidOperationException) { throw Invalid(where, $"\"{name}\" escapes a lone surrogate (\\uD800-\\uDFFF without its pair), which is not text"); }
    }

    internal static WartaException Invalid(string where, string reason) =>
        new(ErrorCodes.DocumentInvalid, $"{where}: {reason}");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
