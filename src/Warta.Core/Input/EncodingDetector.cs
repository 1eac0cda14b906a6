using System.Text;

namespace Warta.Input;

/// <summary>What <see cref="EncodingDetector"/> found: the encoding to decode with, or why the bytes are not text.</summary>
/// <param name="Name">A name for messages: "UTF-8", "UTF-16LE", "Windows-1252", ….</param>
/// <param name="Encoding">A strict decoder (it throws on invalid bytes); null when the bytes are not text.</param>
/// <param name="PreambleLength">The byte-order mark to skip.</param>
/// <param name="IsGuess">True when nothing marked the encoding and it was assumed from the bytes (legacy charsets,
/// UTF-16 without a byte-order mark): worth a warning.</param>
/// <param name="NotTextReason">Why the bytes are binary data, when they are.</param>
public sealed record DetectedEncoding(string Name, Encoding? Encoding, int PreambleLength, bool IsGuess, string? NotTextReason);

/// <summary>
/// Tells which encoding a file's bytes are in, from its byte-order mark, else from its bytes: UTF-32 and UTF-16
/// with a mark; UTF-16 without one when every other byte is NUL; valid UTF-8; otherwise a legacy single-byte
/// charset (Windows-1252 when bytes 0x80–0x9F occur, which Latin-1 leaves to control codes; else Latin-1). NUL
/// bytes in anything else mean binary data. Control characters are judged after decoding (<see cref="ControlCharacterReason"/>).
/// </summary>
public static class EncodingDetector
{
    /// <summary>How many leading bytes the UTF-16 and binary tests look at.</summary>
    private const int SampleBytes = 8192;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly Encoding StrictUtf32Be = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DetectedEncoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE, (byte)0, (byte)0])) return new("UTF-32LE", StrictUtf32Le, 4, false, null);
        if (bytes.StartsWith([(byte)0, (byte)0, (byte)0xFE, (byte)0xFF])) return new("UTF-32BE", StrictUtf32Be, 4, false, null);
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF])) return new("UTF-8", StrictUtf8, 3, false, null);
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE])) return new("UTF-16LE", StrictUtf16Le, 2, false, null);
        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF])) return new("UTF-16BE", StrictUtf16Be, 2, false, null);

        if (Utf16WithoutMark(bytes) is { } utf16) return utf16;
        if (bytes.IndexOf((byte)0) is >= 0 and var nul)
            return new("binary", null, 0, false, $"it contains NUL bytes (the first at offset {nul})");
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return new("UTF-8", StrictUtf8, 0, false, null);
        return HasWindows1252Bytes(bytes)
            ? new("Windows-1252", Encoding.GetEncoding(1252), 0, true, null)
            : new("ISO-8859-1 (Latin-1)", Encoding.Latin1, 0, true, null);
    }

    /// <summary>
    /// Why decoded text looks like binary data rather than prose: too many control characters (other than tab, line
    /// and page breaks) in its first characters; null when it looks like text.
    /// </summary>
    public static string? ControlCharacterReason(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleBytes)];
        int controls = 0;
        foreach (var c in sample)
            if (IsStrayControl(c)) controls++;
        // A stray form feed or escape code happens in real text; a tenth of the text does not.
        if (controls < 8 || controls * 10 < sample.Length) return null;
        return $"{controls} of its first {sample.Length} characters are control characters";
    }

    private static bool IsStrayControl(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == '\x7F' || c is >= '\x80' and <= '\x9F';

    /// <summary>UTF-16 of mostly ASCII text: one byte of nearly every pair is NUL, always the same one.</summary>
    private static DetectedEncoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, SampleBytes) & ~1)];
        int pairs = sample.Length / 2;
        if (pairs < 2) return null;
        int evenNuls = 0, oddNuls = 0;
        for (int i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNuls++;
            if (sample[i + 1] == 0) oddNuls++;
        }
        if (oddNuls * 10 >= pairs * 7 && evenNuls * 20 < pairs) return new("UTF-16LE", StrictUtf16Le, 0, true, null);
        if (evenNuls * 10 >= pairs * 7 && oddNuls * 20 < pairs) return new("UTF-16BE", StrictUtf16Be, 0, true, null);
        return null;
    }

    /// <summary>Bytes 0x80–0x9F are curly quotes, dashes, € and the like in Windows-1252, but C1 controls in Latin-1.</summary>
    private static bool HasWindows1252Bytes(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0x9F) >= 0;
}
