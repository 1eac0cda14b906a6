using System.Runtime.InteropServices;

namespace Warta.Fuzz;

/// <summary>
/// Text as its UTF-16 code units, byte for byte. Encoding.Unicode would replace a lone surrogate with U+FFFD, and
/// a lone surrogate is exactly what some findings are made of.
/// </summary>
public static class RawText
{
    public static byte[] ToBytes(string text) => MemoryMarshal.AsBytes(text.AsSpan()).ToArray();

    public static string FromBytes(byte[] bytes) =>
        new(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1)));
}
