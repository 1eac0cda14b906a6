using System.Security.Cryptography;
using System.Text;

namespace Warta.Store;

/// <summary>
/// The identity of a text for idempotent ingest: SHA-256 (lower-case hex) of the text in Unicode NFC with every run
/// of white space made one space and the ends trimmed, so re-wrapped or re-saved copies of an article hash the same.
/// </summary>
public static class ContentHash
{
    public static string Of(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))));

    internal static string Normalise(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normal.Length);
        bool space = false;
        foreach (var c in normal)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
