using System.Text;
using Warta.Errors;

namespace Warta.Input;

/// <summary>
/// Turns the bytes of an input file into text, or a <see cref="WartaException"/> that names the file and the reason.
/// Accepts UTF-8 with or without a byte-order mark and UTF-16 with one; refuses binary data and invalid UTF-8.
/// </summary>
public static class TextInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadFile(string path)
    {
        if (Directory.Exists(path))
            throw new WartaException(ErrorCodes.InputNotText, $"{path}: is a directory; name the files in it");
        if (!File.Exists(path)) throw new WartaException(ErrorCodes.InputNotFound, $"{path}: no such file");
        return Decode(File.ReadAllBytes(path), path);
    }

    public static string ReadStream(Stream stream, string name)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name);
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="name"/> (a path, "stdin", a line number) appears in errors.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith([(byte)0xFF, (byte)0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith([(byte)0xFE, (byte)0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);

        if (bytes.IndexOf((byte)0) >= 0)
            throw new WartaException(ErrorCodes.InputNotText,
                $"{name}: looks like binary data (it contains NUL bytes), not text; give a UTF-8 text file");
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new WartaException(ErrorCodes.InputInvalidUtf8,
                $"{name}: is not valid UTF-8 (bad byte at offset {e.Index}); convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8", e);
        }
    }
}
