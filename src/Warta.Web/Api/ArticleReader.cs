using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Warta.Coding;
using Warta.Input;
using Warta.Languages;

namespace Warta.Web.Api;

/// <summary>
/// Reads an article from a JSON request body: <c>{id?, text, lang?, published?, title?, url?, source?}</c>. Every mistake
/// comes back as one sentence for a 400 answer, never as an exception.
/// </summary>
public sealed class ArticleReader(int maxTextLength)
{
    /// <summary>Parses the body; an error message instead when it is not JSON.</summary>
    public static async Task<(JsonDocument? Body, string? Error)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
            return (null, $"the body must be JSON (Content-Type application/json), not {type}");
        try
        {
            var body = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
            return (body, null);
        }
        catch (JsonException e)
        {
            return (null, $"the body is not valid JSON: {e.Message}");
        }
    }

    /// <summary>The document, or null and the reason. <paramref name="defaultId"/> null: an id derived from the text.</summary>
    public NewsDocument? Read(JsonElement element, string? defaultId, out string? error)
    {
        error = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = "an article must be a JSON object with at least a \"text\" field";
            return null;
        }
        if (!TryString(element, "text", out var text, ref error)
            || !TryString(element, "id", out var id, ref error)
            || !TryString(element, "lang", out var lang, ref error)
            || !TryString(element, "published", out var published, ref error)
            || !TryString(element, "title", out var title, ref error)
            || !TryString(element, "url", out var url, ref error)
            || !TryString(element, "source", out var source, ref error))
            return null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "\"text\" is required and must not be empty";
            return null;
        }
        if (text.Length > maxTextLength)
        {
            error = $"\"text\" has {text.Length} characters; at most {maxTextLength} are accepted";
            return null;
        }
        Language? language = null;
        if (lang is not null and not "auto" and not "")
        {
            if (!LanguageCodes.TryParse(lang, out var parsed))
            {
                error = $"unknown \"lang\" '{lang}': use id, en or auto";
                return null;
            }
            language = parsed;
        }
        DateOnly? date = null;
        if (!string.IsNullOrEmpty(published))
        {
            if (!PublishedDate.TryParse(published, out var parsed))
            {
                error = $"\"published\" '{published}' is not a date: write it as YYYY-MM-DD";
                return null;
            }
            date = parsed;
        }
        return new NewsDocument(string.IsNullOrWhiteSpace(id) ? defaultId ?? IdOf(text) : id, text, date, language, title, url, source);
    }

    /// <summary>Reads an optional boolean field; an error when it is there but not true or false.</summary>
    public static bool TryBool(JsonElement element, string name, out bool value, out string? error)
    {
        value = false;
        error = null;
        if (!element.TryGetProperty(name, out var field) || field.ValueKind == JsonValueKind.Null) return true;
        if (field.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            value = field.GetBoolean();
            return true;
        }
        error = $"\"{name}\" must be true or false";
        return false;
    }

    /// <summary>A stable id for an article sent without one: the start of its text's SHA-256.</summary>
    public static string IdOf(string text) =>
        "web-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static bool TryString(JsonElement element, string name, out string? value, ref string? error)
    {
        value = null;
        if (!element.TryGetProperty(name, out var field) || field.ValueKind == JsonValueKind.Null) return true;
        if (field.ValueKind != JsonValueKind.String)
        {
            error = $"\"{name}\" must be a string";
            return false;
        }
        value = field.GetString();
        return true;
    }
}
