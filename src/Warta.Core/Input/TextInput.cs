using System.Text;
using Warta.Errors;

namespace Warta.Input;

/// <summary>Decoded text and how it was decoded; <see cref="Warning"/> says so when the encoding was assumed.</summary>
public sealed record DecodedText(string Text, string EncodingName, string? Warning);

/// <summary>
/// Turns the bytes of an input file into text, or a <see cref="WartaException"/> that names the file and the reason.
/// The encoding comes from <see cref="EncodingDetector"/>: UTF-8 with or without a byte-order mark, UTF-16 and
/// UTF-32, and legacy Windows-1252 or Latin-1 (with a warning); binary data is refused, and so is an empty input.
/// </summary>
public static class TextInput
{
    /// <summary>No size limit: for files that are not one document (gold files, saved events).</summary>
    private static readonly InputLimits Unlimited = new(MaxDocumentBytes: long.MaxValue);

    /// <summary>Reads a whole text file of any size (a gold file, saved events); documents go through the overload with limits.</summary>
    public static string ReadFile(string path) => ReadFile(path, Unlimited).Text;

    /// <summary>Reads a whole text file; a file too large to hold a document within <paramref name="limits"/> is not read.</summary>
    public static DecodedText ReadFile(string path, InputLimits limits)
    {
        if (Directory.Exists(path))
            throw new WartaException(ErrorCodes.InputNotText, $"{path}: is a directory; name the files in it");
        if (!File.Exists(path)) throw new WartaException(ErrorCodes.InputNotFound, $"{path}: no such file");
        try
        {
            long length = new FileInfo(path).Length;
            if (length > limits.MaxDocumentFileBytes) throw limits.DocumentTooLarge(path, length, "in the file");
            return DecodeDocument(File.ReadAllBytes(path), path, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WartaException(ErrorCodes.InputNotFound, $"{path}: cannot be read ({e.Message})", e);
        }
    }

    public static string ReadStream(Stream stream, string name) => ReadStream(stream, name, Unlimited).Text;

    /// <summary>Reads a whole stream (stdin) as one document, stopping as soon as it is over the limit.</summary>
    public static DecodedText ReadStream(Stream stream, string name, InputLimits limits)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxDocumentFileBytes)
                throw limits.DocumentTooLarge(name, buffer.Length + read, "or more of input");
            buffer.Write(chunk, 0, read);
        }
        return DecodeDocument(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name, limits);
    }

    /// <summary>Decodes a whole document: refuses it when it is empty (WRT0227) or over the limit (WRT0228).</summary>
    public static DecodedText DecodeDocument(ReadOnlySpan<byte> bytes, string name, InputLimits limits)
    {
        if (bytes.IsEmpty) throw Empty(name, "is empty (0 bytes)");
        var decoded = DecodeWithEncoding(bytes, name);
        if (string.IsNullOrWhiteSpace(decoded.Text)) throw Empty(name, "holds only white space, no text");
        limits.CheckDocument(decoded.Text, name);
        return decoded;
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="name"/> (a path, "stdin", a line number) appears in errors.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string name) => DecodeWithEncoding(bytes, name).Text;

    public static DecodedText DecodeWithEncoding(ReadOnlySpan<byte> bytes, string name)
    {
        var detected = EncodingDetector.Detect(bytes);
        if (detected.Encoding is null)
            throw NotText(name, detected.NotTextReason!);
        string text;
        try
        {
            text = detected.Encoding.GetString(bytes[detected.PreambleLength..]);
        }
        catch (DecoderFallbackException e)
        {
            throw detected.Name == "UTF-8"
                ? new WartaException(ErrorCodes.InputInvalidUtf8,
                    $"{name}: starts with a UTF-8 byte-order mark but is not valid UTF-8 (bad byte at offset {e.Index + detected.PreambleLength}); " +
                    "convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8", e)
                : new WartaException(ErrorCodes.InputEncodingInvalid,
                    $"{name}: is not valid {detected.Name} (bad bytes near offset {Math.Max(0, e.Index) + detected.PreambleLength}); save it as UTF-8", e);
        }
        if (EncodingDetector.ControlCharacterReason(text) is { } reason) throw NotText(name, reason);
        var warning = detected.IsGuess
            ? $"{name}: has no byte-order mark and is not UTF-8; read as {detected.Name}, judged from its bytes (save it as UTF-8 to be sure)"
            : null;
        return new DecodedText(text, detected.Name, warning);
    }

    internal static WartaException Empty(string name, string reason) =>
        new(ErrorCodes.InputEmpty, $"{name}: {reason}; there is nothing to code");

    private static WartaException NotText(string name, string reason) =>
        new(ErrorCodes.InputNotText, $"{name}: looks like binary data, not text ({reason}); give a UTF-8 text file");
}
