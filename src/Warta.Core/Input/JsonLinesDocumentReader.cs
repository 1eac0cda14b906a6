using System.Text;
using System.Text.Json;
using Warta.Errors;

namespace Warta.Input;

/// <summary>
/// Reads JSON Lines documents, one object per line, streaming. Each line is decoded and parsed on its own, so a
/// bad line (binary data, invalid JSON, no text, a bad date, a text over the limit) costs that document only and is
/// named by its line number; blank lines are skipped. A UTF-16 file is transcoded first; a line in a legacy charset
/// is read with a warning.
/// </summary>
public static class JsonLinesDocumentReader
{
    public static IEnumerable<InputDocument> Read(Stream stream, string name, InputDefaults defaults) =>
        Read(stream, name, defaults, InputLimits.Default);

    public static IEnumerable<InputDocument> Read(Stream stream, string name, InputDefaults defaults, InputLimits limits)
    {
        var fallbackStem = Path.GetFileNameWithoutExtension(name);
        var lines = new ByteLines(MaxLineBytes(limits));
        int lineNumber = 0;
        bool anyDocument = false;
        foreach (var bytes in lines.Read(Utf16AsUtf8(stream)))
        {
            lineNumber++;
            var where = $"{name}:{lineNumber}";
            if (bytes is null)
            {
                anyDocument = true;
                yield return InputDocument.Failed(where, limits.DocumentTooLarge(where, lines.LastLineBytes, "in this line"));
                continue;
            }
            var line = bytes.AsSpan();
            if (lineNumber == 1 && line.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF])) line = line[3..];
            if (IsBlank(line)) continue;
            anyDocument = true;
            yield return ReadLine(line, where, $"{fallbackStem}-{lineNumber}", defaults, limits);
        }
        if (!anyDocument)
            yield return InputDocument.Failed(name, TextInput.Empty(name, lineNumber == 0 ? "is empty (0 bytes)" : "holds only blank lines, no documents"));
    }

    /// <summary>
    /// The longest line that could hold a document within the limit: JSON may escape a character as \uXXXX (six
    /// bytes for one to three in UTF-8), and the other fields take some room.
    /// </summary>
    private static long MaxLineBytes(InputLimits limits) =>
        limits.MaxDocumentBytes > long.MaxValue / 8 ? long.MaxValue : limits.MaxDocumentBytes * 6 + 64 * 1024;

    /// <summary>A UTF-16 or UTF-32 file (by its byte-order mark or its NULs) is read through a transcoder to UTF-8.</summary>
    private static Stream Utf16AsUtf8(Stream stream)
    {
        var head = new byte[8192];
        int length = 0, read;
        while (length < head.Length && (read = stream.Read(head, length, head.Length - length)) > 0) length += read;
        var detected = EncodingDetector.Detect(head.AsSpan(0, length));
        var whole = new ConcatenatedStream(head, length, stream);
        if (detected.Name is not ("UTF-16LE" or "UTF-16BE" or "UTF-32LE" or "UTF-32BE")) return whole;
        // The transcoder skips the mark itself; a lone surrogate becomes U+FFFD, as a line of JSON must still parse.
        var encoding = detected.Name switch
        {
            "UTF-16LE" => (Encoding)new UnicodeEncoding(false, true),
            "UTF-16BE" => new UnicodeEncoding(true, true),
            "UTF-32LE" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };
        return Encoding.CreateTranscodingStream(whole, encoding, new UTF8Encoding(false));
    }

    private static InputDocument ReadLine(ReadOnlySpan<byte> line, string where, string fallbackId, InputDefaults defaults,
        InputLimits limits)
    {
        try
        {
            // Decoding first gives the same WRT0202 messages as whole files, with the line in them.
            var decoded = TextInput.DecodeWithEncoding(line, where);
            using var json = JsonDocument.Parse(decoded.Text);
            var document = DocumentJson.Read(json.RootElement, where, fallbackId, defaults);
            if (string.IsNullOrWhiteSpace(document.Text)) throw TextInput.Empty(where, "has an empty \"text\"");
            limits.CheckDocument(document.Text, where);
            return InputDocument.Ok(where, document).WithWarning(decoded.Warning);
        }
        catch (JsonException e)
        {
            return InputDocument.Failed(where, DocumentJson.Invalid(where, $"is not valid JSON ({FirstSentence(e.Message)})"));
        }
        catch (WartaException e)
        {
            return InputDocument.Failed(where, e);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}

/// <summary>
/// Splits a byte stream at '\n' without decoding it; each line is a fresh array (the CR, if any, is kept). A line
/// longer than the cap is skipped to its end, unread, and yielded as null with its length in <see cref="LastLineBytes"/>.
/// </summary>
internal sealed class ByteLines(long maxLineBytes)
{
    public long LastLineBytes { get; private set; }

    public IEnumerable<byte[]?> Read(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        using var line = new MemoryStream();
        long skipped = -1; // ≥ 0 while skipping an overlong line: the bytes seen so far
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int i; (i = Array.IndexOf(buffer, (byte)'\n', start, read - start)) >= 0; start = i + 1)
            {
                if (Append(line, buffer, start, i - start, ref skipped))
                {
                    LastLineBytes = line.Length;
                    yield return line.ToArray();
                }
                else
                {
                    LastLineBytes = skipped;
                    yield return null;
                }
                line.SetLength(0);
                skipped = -1;
            }
            Append(line, buffer, start, read - start, ref skipped);
        }
        if (skipped >= 0)
        {
            LastLineBytes = skipped;
            yield return null;
        }
        else if (line.Length > 0)
        {
            LastLineBytes = line.Length;
            yield return line.ToArray();
        }
    }

    /// <summary>Adds bytes to the line, or counts them once it is over the cap; false when the line is being skipped.</summary>
    private bool Append(MemoryStream line, byte[] buffer, int start, int count, ref long skipped)
    {
        if (skipped < 0 && line.Length + count <= maxLineBytes)
        {
            line.Write(buffer, start, count);
            return true;
        }
        if (skipped < 0)
        {
            skipped = line.Length;
            line.SetLength(0);
        }
        skipped += count;
        return false;
    }
}

/// <summary>Bytes already read from a stream, then the rest of it: lets a reader look at the start of a stream that cannot seek.</summary>
internal sealed class ConcatenatedStream(byte[] head, int headLength, Stream rest) : Stream
{
    private int _headPosition;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_headPosition < headLength)
        {
            int n = Math.Min(count, headLength - _headPosition);
            Array.Copy(head, _headPosition, buffer, offset, n);
            _headPosition += n;
            return n;
        }
        return rest.Read(buffer, offset, count);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
