using System.Globalization;
using System.Text;
using Warta.Segmentation;
using Warta.Text;

namespace Warta.Tokenization;

/// <summary>Finds the end of words, abbreviations, initials and symbol clusters; pure functions over spans.</summary>
internal static class WordScanner
{
    /// <summary>
    /// A word: letters, digits and marks, joined across a hyphen (negara-negara, anti-Rusia, COVID-19) or an
    /// apostrophe (Jum'at, don't) that has word characters on both sides.
    /// </summary>
    public static int ScanWord(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length)
        {
            var rune = TextChars.RuneAt(s, j, out int length);
            if (TextChars.IsWordRune(rune)) { j += length; continue; }
            char c = s[j];
            if (j > i && (c is '-' or '\u2010' || TextChars.IsApostrophe(c)) && j + 1 < s.Length
                && TextChars.IsWordRune(TextChars.RuneAt(s, j + 1, out _)))
            {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    /// <summary>The end of a listed abbreviation (U.S., Dr., a.n.) or of dotted initials (K., S.H.) at <paramref name="i"/>, or -1.</summary>
    public static int MatchAbbreviation(ReadOnlySpan<char> s, int i, AbbreviationList abbreviations)
    {
        int limit = Math.Min(s.Length, i + AbbreviationList.MaxLength);
        int j = i;
        while (j < limit && (char.IsLetter(s[j]) || s[j] == '.')) j++;
        for (int end = j; end > i + 1; end--)
        {
            if (s[end - 1] != '.' || (end < s.Length && char.IsLetterOrDigit(s[end]))) continue;
            if (abbreviations.Find(s[i..end]) is not null) return end;
        }
        return MatchInitials(s, i);
    }

    /// <summary>
    /// "K." in "Kassym-Jomart K. Tokayev" and "S.H." in "Budi, S.H.": capitals each followed by a period. A single
    /// initial keeps its period only when a capitalised word follows; otherwise the period ends the sentence.
    /// </summary>
    private static int MatchInitials(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j + 1 < s.Length && j - i < 16 && char.IsUpper(s[j]) && s[j + 1] == '.') j += 2;
        int pairs = (j - i) / 2;
        if (pairs == 0 || (j < s.Length && char.IsLetterOrDigit(s[j]))) return -1;
        if (pairs >= 2) return j;
        int next = j;
        while (next < s.Length && TextChars.IsSpace(s[next])) next++;
        return next > j && TextChars.IsUpperStart(s, next) ? j : -1;
    }

    /// <summary>The end of a symbol such as an emoji with its modifiers, joiners and variation selectors.</summary>
    public static int ScanSymbol(ReadOnlySpan<char> s, int i)
    {
        var first = TextChars.RuneAt(s, i, out int j);
        j += i;
        bool regionalIndicator = IsRegionalIndicator(first);
        while (j < s.Length)
        {
            var rune = TextChars.RuneAt(s, j, out int length);
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark || rune.Value is >= 0x1F3FB and <= 0x1F3FF)
            {
                j += length;
            }
            else if (rune.Value == 0x200D && j + length < s.Length)
            {
                j += length;
                TextChars.RuneAt(s, j, out int joined);
                j += joined;
            }
            else if (regionalIndicator && IsRegionalIndicator(rune))
            {
                j += length;
                regionalIndicator = false;
            }
            else break;
        }
        return j;
    }

    public static bool IsPunctuation(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation
        or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    private static bool IsRegionalIndicator(Rune rune) => rune.Value is >= 0x1F1E6 and <= 0x1F1FF;
}
