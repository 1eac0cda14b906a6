namespace Warta.Tokenization;

/// <summary>Recognises dates (14/3, 5/10/2020, 2022-10-06) and numbers (2.000, 1,5, 3.5, 10:30) at a digit.</summary>
internal static class NumberScanner
{
    /// <summary>The end of a date starting at <paramref name="i"/>, or -1.</summary>
    public static int MatchDate(ReadOnlySpan<char> s, int i)
    {
        int a = Digits(s, i, out int first);
        int la = a - i;
        if (a >= s.Length || la == 0) return -1;
        char sep = s[a];
        if (la <= 2 && sep == '/')
        {
            int b = Digits(s, a + 1, out int second);
            if (b - a - 1 is < 1 or > 2 || !IsDayMonth(first, second)) return -1;
            int end = b;
            if (b < s.Length && s[b] == '/')
            {
                int c = Digits(s, b + 1, out _);
                if (c - b - 1 is 2 or 4) end = c;
                else return -1;
            }
            return Ends(s, end) ? end : -1;
        }
        if (sep == '-' && la is 4 or 1 or 2)
        {
            int b = Digits(s, a + 1, out int second);
            if (b - a - 1 is < 1 or > 2 || b >= s.Length || s[b] != '-') return -1;
            int c = Digits(s, b + 1, out int third);
            int lc = c - b - 1;
            bool valid = la == 4
                ? lc is 1 or 2 && second is >= 1 and <= 12 && third is >= 1 and <= 31
                : lc == 4 && IsDayMonth(first, second);
            return valid && Ends(s, c) ? c : -1;
        }
        return -1;
    }

    /// <summary>The end of a number starting at <paramref name="i"/>: digit groups joined by . , or : (never a trailing one).</summary>
    public static int MatchNumber(ReadOnlySpan<char> s, int i, out bool hasSeparator)
    {
        hasSeparator = false;
        int j = Digits(s, i, out _);
        while (j + 1 < s.Length && s[j] is '.' or ',' or ':' && char.IsAsciiDigit(s[j + 1]))
        {
            hasSeparator = true;
            j = Digits(s, j + 1, out _);
        }
        return j;
    }

    private static bool IsDayMonth(int a, int b) => a is >= 1 and <= 31 && b is >= 1 and <= 31 && Math.Min(a, b) <= 12;

    /// <summary>A date must not run on into more digits or slashes ("1/2/3/4" is not a date).</summary>
    private static bool Ends(ReadOnlySpan<char> s, int end) =>
        end >= s.Length || !(char.IsLetterOrDigit(s[end]) || s[end] is '/' || (s[end] is '-' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1])));

    private static int Digits(ReadOnlySpan<char> s, int i, out int value)
    {
        value = 0;
        int j = i;
        while (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            if (j - i < 6) value = value * 10 + (s[j] - '0');
            j++;
        }
        return j;
    }
}
