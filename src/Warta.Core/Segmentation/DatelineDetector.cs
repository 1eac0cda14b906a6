using Warta.Text;

namespace Warta.Segmentation;

/// <summary>
/// Recognises a wire-service dateline at the head of a paragraph: "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -",
/// "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —". A dateline is a short run of capitalised words before a dash
/// with a sign of being a dateline: a city in capitals, a source in parentheses, or a source that is a domain.
/// </summary>
internal static class DatelineDetector
{
    private const int MaxLength = 80;
    private const int MaxWords = 8;

    /// <summary>The length of the dateline at the start of <paramref name="paragraph"/> including its dash, or 0.</summary>
    public static int Match(ReadOnlySpan<char> paragraph)
    {
        int limit = Math.Min(paragraph.Length - 1, MaxLength + 2);
        for (int k = 1; k < limit; k++)
        {
            char c = paragraph[k];
            if (TextChars.IsTerminator(c) && k + 1 < paragraph.Length && TextChars.IsSpace(paragraph[k + 1])) return 0;
            if (!TextChars.IsDash(c)) continue;
            int dashEnd = k + 1;
            if (c == '-' && paragraph[dashEnd] == '-') dashEnd++;
            if (dashEnd >= paragraph.Length || !TextChars.IsSpace(paragraph[dashEnd])) continue;
            // A hyphen must stand apart from the word before it ("anti-Rusia -" is not a dash after "anti").
            if (c == '-' && !TextChars.IsSpace(paragraph[k - 1]) && paragraph[k - 1] != ')') continue;
            var head = paragraph[..k].TrimEnd();
            if (IsDatelineHead(head)) return dashEnd;
            // "Jakarta - Otoritas …", "Jakarta, CNN Indonesia -- Ribuan …": a city alone, or a city and a source after a
            // comma, before a spaced dash and a capitalised word, with no other sign of a dateline.
            bool capitalAfter = dashEnd + 1 < paragraph.Length && char.IsUpper(paragraph[dashEnd + 1]);
            return capitalAfter && IsPlainDatelineHead(head) ? dashEnd : 0;
        }
        return 0;
    }

    private static bool IsDatelineHead(ReadOnlySpan<char> head)
    {
        if (head.Length < 2 || head.Length > MaxLength || !char.IsUpper(head[0])) return false;
        bool capitalCity = false, parenthesised = false, domain = false;
        int words = 0, depth = 0;
        for (int i = 0; i < head.Length;)
        {
            char c = head[i];
            if (TextChars.IsSpace(c) || c == ',') { i++; continue; }
            if (c == '(') { depth++; parenthesised = true; i++; continue; }
            if (c == ')') { if (--depth < 0) return false; i++; continue; }
            if (c is '“' or '”' or '"' or '!' or '?' or ';') return false;
            int start = i;
            while (i < head.Length && !TextChars.IsSpace(head[i]) && head[i] is not (',' or '(' or ')')) i++;
            var word = head[start..i];
            if (++words > MaxWords) return false;
            bool hasDot = word.IndexOf('.') > 0 && word[^1] != '.';
            if (hasDot) domain = true;
            if (depth > 0) continue;
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !hasDot) return false;
            if (words == 1 && IsAllCapitals(word)) capitalCity = true;
        }
        return depth == 0 && (capitalCity || parenthesised || domain);
    }

    private const int MaxPlainWords = 4;

    /// <summary>One capitalised word ("Jakarta"), or one before a comma and up to three more ("Jakarta, CNN Indonesia").</summary>
    private static bool IsPlainDatelineHead(ReadOnlySpan<char> head)
    {
        if (head.Length < 2 || !char.IsUpper(head[0])) return false;
        int comma = head.IndexOf(',');
        var city = comma < 0 ? head : head[..comma];
        if (!IsCapitalisedWord(city)) return false;
        if (comma < 0) return true;
        if (head[(comma + 1)..].IndexOf(',') >= 0) return false;
        int words = 0;
        foreach (var range in head[(comma + 1)..].Split(' '))
        {
            var word = head[(comma + 1)..][range];
            if (word.IsEmpty) continue;
            if (++words >= MaxPlainWords || !IsCapitalisedWord(word)) return false;
        }
        return words > 0;
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsUpper(word[0])) return false;
        foreach (char c in word)
            if (!char.IsLetter(c) && c != '-' && c != '.') return false;
        return true;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }
}
