using System.Text.Json;
using System.Text.Json.Serialization;
using Warta.Coding;
using Warta.Languages;

namespace Warta.Cluster;

/// <summary>
/// A document as one work-queue message: UTF-8 JSON with the fields of a .jsonl input line (id, text, published,
/// lang, title, url, source), so a message can be read, and written by another producer, without Warta.
/// </summary>
public static class QueuedDocument
{
    private sealed record Body(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("published")] DateOnly? Published,
        [property: JsonPropertyName("lang")] string? Language,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("source")] string? Source);

    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static byte[] Encode(NewsDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(new Body(document.Id, document.Text, document.Published, document.Language?.ToCode(),
            document.Title, document.Url, document.Source), Options);

    /// <exception cref="InvalidDataException">The message is not such a JSON object.</exception>
    public static NewsDocument Decode(ReadOnlySpan<byte> message)
    {
        Body? body;
        try { body = JsonSerializer.Deserialize<Body>(message, Options); }
        catch (JsonException e) { throw new InvalidDataException($"not a queued document: {e.Message}", e); }
        if (body is null || string.IsNullOrEmpty(body.Id) || body.Text is null)
            throw new InvalidDataException("not a queued document: it needs an id and a text");
        Language? language = body.Language is null ? null
            : LanguageCodes.TryParse(body.Language, out var parsed) ? parsed
            : throw new InvalidDataException($"unknown language '{body.Language}'");
        return new NewsDocument(body.Id, body.Text, body.Published, language, body.Title, body.Url, body.Source);
    }
}
