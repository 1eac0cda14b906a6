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

    /// <summary>
    /// Lenient, as browsers are: a byte-order mark wins, then the named charset; with none, valid UTF-8 is UTF-8 and
    /// anything else is judged by <see cref="EncodingDetector"/> (a legacy charset, with a warning). Invalid bytes
    /// in a named encoding become U+FFFD.
    /// </summary>
    public static DecodedText Decode(byte[] bytes, string? serverCharset, string where)
    {
        var encoding = EncodingNamed(serverCharset) ?? EncodingNamed(DeclaredCharset(bytes));
        bool marked = bytes.AsSpan().StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]) || bytes.AsSpan().StartsWith([(byte)0xFF, (byte)0xFE])
                      || bytes.AsSpan().StartsWith([(byte)0xFE, (byte)0xFF]);
        if (encoding is null && !marked && !System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var detected = EncodingDetector.Detect(bytes);
            if (detected is { Encoding: not null, IsGuess: true })
                return new DecodedText(detected.Encoding.GetString(bytes), detected.Name,
                    $"{where}: names no charset and is not UTF-8; read as {detected.Name}, judged from its bytes");
        }
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage || marked)
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return new DecodedText(reader.ReadToEnd(), "UTF-8", null);
        }
        return new DecodedText(encoding.GetString(bytes), encoding.WebName, null);
    }

    /// <summary>
    /// A page or feed file: read as every text input is (<see cref="TextInput"/>: WRT0201–0203, binary and empty
    /// files refused, legacy charsets assumed with a warning), unless it declares a legacy charset, which is then
    /// used. A file over <see cref="InputLimits.MaxHtmlBytes"/> is refused unread (WRT0229).
    /// </summary>
    public static DecodedText ReadFile(string path, InputLimits limits)
    {
        if (!File.Exists(path)) return TextInput.ReadFile(path, limits);
        byte[] bytes;
        try
        {
            long length = new FileInfo(path).Length;
            if (length > limits.MaxHtmlBytes) throw HtmlTooLarge(path, length, limits);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WartaException(ErrorCodes.InputNotFound, $"{path}: cannot be read ({e.Message})", e);
        }
        if (bytes.Length == 0) throw new WartaException(ErrorCodes.InputEmpty, $"{path}: is empty (0 bytes); there is nothing to code");
        var declared = EncodingNamed(DeclaredCharset(bytes));
        bool legacy = declared is not null && declared.CodePage != Encoding.UTF8.CodePage && declared is not UnicodeEncoding;
        if (legacy && bytes.AsSpan().IndexOf((byte)0) < 0) return new DecodedText(declared!.GetString(bytes), declared.WebName, null);
        var decoded = TextInput.DecodeWithEncoding(bytes, path);
        if (string.IsNullOrWhiteSpace(decoded.Text))
            throw new WartaException(ErrorCodes.InputEmpty, $"{path}: holds only white space; there is nothing to code");
        return decoded;
    }

    public static WartaException HtmlTooLarge(string where, long bytes, InputLimits limits) =>
        new(ErrorCodes.HtmlTooLarge,
            $"{where}: {InputLimits.Size(bytes)}, over the limit of {InputLimits.Size(limits.MaxHtmlBytes)} a page or feed may have; " +
            $"raise it with {InputLimits.MaxHtmlBytesOption}");

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
