using Warta.Text;

namespace Warta.Tagging;

/// <summary>
/// Capitalisation of a word and of a whole sentence. Web text is often all lower case or written as a title
/// ("Great Food And Friendly Staff"), where a capital says little about PROPN; the sentence's style tells the tagger
/// how far to trust it. Allocates nothing.
/// </summary>
internal static class Casing
{
    public const int None = 0, Lower = 1, Initial = 2, AllCaps = 3;
    public const int Normal = 0, NoCapitals = 1, Title = 2, Shouting = 3;

    /// <summary>Lower, Initial (capital then anything), AllCaps (two or more letters, all upper) or None (no letter first).</summary>
    public static int Of(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsLetter(word[0])) return None;
        if (!char.IsUpper(word[0])) return Lower;
        int letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return Initial;
            if (char.IsLetter(c)) letters++;
        }
        return letters > 1 ? AllCaps : Initial;
    }

    /// <summary>
    /// The sentence's style from its words after the first: NoCapitals when none has a capital (at least three words; the first word is not counted),
    /// Shouting when at least half are all caps, Title when at least half start with a capital (at least three), else Normal.
    /// </summary>
    public static int OfSentence(ReadOnlySpan<char> text, ReadOnlySpan<TokenRow> rows, int first, int count)
    {
        int words = 0, initial = 0, caps = 0;
        for (int i = first + 1; i < first + count; i++)
        {
            int c = Of(text[rows[i].Start..rows[i].End]);
            if (c == None) continue;
            words++;
            if (c == Initial) initial++;
            else if (c == AllCaps) caps++;
        }
        if (words < 3) return Normal;
        if (initial + caps == 0) return NoCapitals;
        if (2 * caps >= words) return Shouting;
        return 2 * (initial + caps) >= words ? Title : Normal;
    }
}
