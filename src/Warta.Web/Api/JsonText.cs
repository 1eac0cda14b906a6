using System.Text.Json;

namespace Warta.Web.Api;

/// <summary>
/// Finds the first string of a parsed JSON body, property name or value, that does not decode to text. The parser
/// accepts invalid UTF-8 inside strings and escapes of lone surrogates (<c>"\ud800"</c>); reading one later throws, so
/// a body is checked whole once, before any field of it is used.
/// </summary>
public static class JsonText
{
    /// <returns>Null when all is text; else the field, e.g. <c>"title"</c>, <c>"meta.author"</c> or <c>article 2 "text"</c>.</returns>
    public static string? FirstUndecodable(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (var item in root.EnumerateArray())
            {
                index++;
                if (Find(item, "") is { } path) return $"article {index} {Quote(path, "the article")}";
            }
            return null;
        }
        return Find(root, "") is { } found ? Quote(found, "the body") : null;
    }

    private static string Quote(string path, string whole) =>
        path.Length == 0 ? whole : path == NameAtTop ? "a field name" : $"\"{path}\"";

    private const string NameAtTop = "(a field name)";

    private static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(() => element.GetString()) ? null : path;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try { name = property.Name; }
                    catch (InvalidOperationException) { return path.Length == 0 ? NameAtTop : $"{path}.(a field name)"; }
                    var inner = path.Length == 0 ? name : $"{path}.{name}";
                    if (Find(property.Value, inner) is { } found) return found;
                }
                return null;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var item in element.EnumerateArray())
                    if (Find(item, $"{path}[{index++}]") is { } found) return found;
                return null;
            default:
                return null;
        }
    }

    private static bool Decodes(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
