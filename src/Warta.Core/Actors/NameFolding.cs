using System.Globalization;
using System.Text;

namespace Warta.Actors;

/// <summary>
/// The key a dictionary name and a text token are compared by: lower case, diacritics removed, typographic
/// apostrophes made straight (Élysée = elysee, Erdoğan = erdogan). Case itself is checked separately, per entry.
/// </summary>
public static class NameFolding
{
    private const int TableSize = 0x250;
    private static readonly char[] Table = BuildTable();

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (same length) without allocating.</summary>
    public static void Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            destination[i] = c < TableSize ? Table[c] : c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c);
        }
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        Fold(text, buffer);
        return buffer.ToString();
    }

    /// <summary>Splits a dictionary name into the tokens the tokenizer makes of it: at spaces, and "'s" apart.</summary>
    public static string[] SplitTokens(string name)
    {
        var parts = new List<string>();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)))
            {
                parts.Add(word[..^2]);
                parts.Add(word[^2..]);
            }
            else parts.Add(word);
        }
        return [.. parts];
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (int c = 0; c < TableSize; c++)
        {
            var lower = char.ToLowerInvariant((char)c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[c] = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0] : lower;
        }
        table['ı'] = 'i';
        return table;
    }
}

/// <summary>How a written dictionary token must look in text: its case in the file sets the rule.</summary>
public static class NameCase
{
    /// <summary>
    /// CAPITALS (two letters or more: AS, PBB, U.S.) must match exactly; Capitalised needs a capital first letter
    /// (Rusia, not rusia); lower case matches any case (presiden, Presiden, PRESIDEN).
    /// </summary>
    public static bool Accepts(ReadOnlySpan<char> written, ReadOnlySpan<char> text)
    {
        if (written.Length == 0 || text.Length == 0) return false;
        if (IsAcronym(written)) return written.SequenceEqual(text);
        if (char.IsUpper(written[0])) return char.IsUpper(text[0]);
        return true;
    }

    public static bool IsAcronym(ReadOnlySpan<char> written)
    {
        int letters = 0;
        foreach (var c in written)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
