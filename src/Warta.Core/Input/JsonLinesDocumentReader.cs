using System.Text.Json;
using Warta.Errors;

namespace Warta.Input;

/// <summary>
/// Reads JSON Lines documents, one object per line, streaming. Each line is decoded and parsed on its own, so a
/// bad line (invalid UTF-8 or JSON, no text, a bad date) costs that document only; blank lines are skipped.
/// </summary>
public static class JsonLinesDocumentReader
{
    public static IEnumerable<InputDocument> Read(Stream stream, string name, InputDefaults defaults)
    {
        var fallbackStem = Path.GetFileNameWithoutExtension(name);
        int lineNumber = 0;
        foreach (var bytes in ByteLines.Read(stream))
        {
            lineNumber++;
            var where = $"{name}:{lineNumber}";
            var line = bytes.AsSpan();
            if (lineNumber == 1 && line.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF])) line = line[3..];
            if (IsBlank(line)) continue;
            yield return ReadLine(line, where, $"{fallbackStem}-{lineNumber}", defaults);
        }
    }

    private static InputDocument ReadLine(ReadOnlySpan<byte> line, string where, string fallbackId, InputDefaults defaults)
    {
        try
        {
            // Decoding first gives the same WRT0202/WRT0203 messages as whole files, with the line in them.
            var text = TextInput.Decode(line, where);
            using var json = JsonDocument.Parse(text);
            return InputDocument.Ok(where, DocumentJson.Read(json.RootElement, where, fallbackId, defaults));
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

/// <summary>Splits a byte stream at '\n' without decoding it; each line is a fresh array (the CR, if any, is kept).</summary>
internal static class ByteLines
{
    public static IEnumerable<byte[]> Read(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        using var line = new MemoryStream();
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int i; (i = Array.IndexOf(buffer, (byte)'\n', start, read - start)) >= 0; start = i + 1)
            {
                line.Write(buffer, start, i - start);
                yield return line.ToArray();
                line.SetLength(0);
            }
            line.Write(buffer, start, read - start);
        }
        if (line.Length > 0) yield return line.ToArray();
    }
}
