namespace Warta.Actors;

/// <summary>
/// The key a dictionary name and a text token are compared by: lower case, diacritics removed, typographic
/// apostrophes made straight (Élysée = elysee, Erdoğan = erdogan). Case itself is checked separately, per entry.
/// </summary>
public static class NameFolding
{
    private const int TableSize = 0x250;

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

    /// <summary>Latin letters with diacritics and their base letter (the build may run without ICU, so no Unicode normalisation).</summary>
    private static readonly (string Accented, char Base)[] Diacritics =
    [
        ("àáâãäåāăą", 'a'), ("çćĉċč", 'c'), ("ďđ", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ĥħ", 'h'),
        ("ìíîïĩīĭįı", 'i'), ("ĵ", 'j'), ("ķ", 'k'), ("ĺļľŀł", 'l'), ("ñńņňŉ", 'n'), ("òóôõöøōŏő", 'o'),
        ("ŕŗř", 'r'), ("śŝşšș", 's'), ("ţťŧț", 't'), ("ùúûüũūŭůűų", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżž", 'z'),
    ];

    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (int c = 0; c < TableSize; c++) table[c] = char.ToLowerInvariant((char)c);
        foreach (var (accented, letter) in Diacritics)
            foreach (var c in accented)
            {
                if (c < TableSize) table[c] = letter;
                var upper = char.ToUpperInvariant(c);
                if (upper < TableSize && upper != c) table[upper] = letter;
            }
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
    public static bool Accepts(ReadOnlySpan<char> written, ReadOnlySpan<char> text) => Accepts(written, text, innerWord: false);

    /// <summary>
    /// As <see cref="Accepts(ReadOnlySpan{char}, ReadOnlySpan{char})"/>, for a word of a longer name. Names are written
    /// with every word capitalised, but news writes their short joining words in lower case: a word of at most
    /// <see cref="MaxJoiningWord"/> letters before the name's last word matches any case when <paramref name="innerWord"/>
    /// ("Organization of African Unity", "Osama bin Laden", "al Qaeda"), and so does a short prefix before a hyphen
    /// whose next letter is a capital in both ("al-Qaeda", "el-Sisi").
    /// </summary>
    public static bool Accepts(ReadOnlySpan<char> written, ReadOnlySpan<char> text, bool innerWord)
    {
        if (written.Length == 0 || text.Length == 0) return false;
        if (IsAcronym(written)) return written.SequenceEqual(text);
        if (!char.IsUpper(written[0]) || char.IsUpper(text[0])) return true;
        if (innerWord && written.Length <= MaxJoiningWord) return true;
        int hyphen = written.IndexOf('-');
        return hyphen is > 0 and <= MaxJoiningWord && hyphen + 1 < written.Length && char.IsUpper(written[hyphen + 1])
            && hyphen + 1 < text.Length && text[hyphen] == '-' && char.IsUpper(text[hyphen + 1]);
    }

    /// <summary>The longest word read as a joining word of a name (of, and, the, bin, al, van, von, del).</summary>
    public const int MaxJoiningWord = 3;

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
