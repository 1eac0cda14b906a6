using System.Text;
using Warta.Errors;
using Warta.Input;

namespace Warta.Ingest;

/// <summary>
/// Decodes web pages and feeds, which unlike our other inputs may be in a legacy charset: by the charset the server
/// names, else the one the page declares in its first kilobyte (meta charset, an XML encoding), else UTF-8.
/// </summary>
internal static class WebText
{
    static WebText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Lenient, as browsers are: invalid UTF-8 bytes become U+FFFD and a byte-order mark wins.</summary>
    public static string Decode(byte[] bytes, string? serverCharset)
    {
        var encoding = EncodingNamed(serverCharset) ?? EncodingNamed(DeclaredCharset(bytes));
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        return encoding.GetString(bytes);
    }

    /// <summary>
    /// A page or feed file: strict like every text input (WRT0201–0203 naming the file), unless it declares a legacy
    /// charset, which is then used.
    /// </summary>
    public static string ReadFile(string path)
    {
        if (!File.Exists(path)) return TextInput.ReadFile(path);
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WartaException(ErrorCodes.InputNotFound, $"{path}: cannot be read ({e.Message})", e);
        }
        var declared = EncodingNamed(DeclaredCharset(bytes));
        bool legacy = declared is not null && declared.CodePage != Encoding.UTF8.CodePage && declared is not UnicodeEncoding;
        if (legacy && bytes.AsSpan().IndexOf((byte)0) < 0) return declared!.GetString(bytes);
        return TextInput.Decode(bytes, path);
    }

    private static Encoding? EncodingNamed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try { return Encoding.GetEncoding(name.Trim()); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>The charset declared in the first kilobyte (meta charset, http-equiv content, encoding="…").</summary>
    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        foreach (var marker in (ReadOnlySpan<string>)["charset=", "encoding="])
        {
            int at = head.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var rest = head.AsSpan(at + marker.Length).TrimStart("\"' ");
            int end = rest.IndexOfAny("\"'; />?");
            return (end < 0 ? rest : rest[..end]).ToString();
        }
        return null;
    }
}
