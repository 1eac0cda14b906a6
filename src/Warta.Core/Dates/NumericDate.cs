namespace Warta.Dates;

/// <summary>
/// Reads a date token the tokenizer kept whole (14/3, 5/10/20, 14/3/2023, 2022-10-04, 04-10-2022) into its parts.
/// The year is 0 when the token has none. A month above 12 with a day of 12 or less is read the other way round.
/// </summary>
internal static class NumericDate
{
    public static bool TryParse(ReadOnlySpan<char> s, bool dayFirst, DateOnly published, out int year, out int month, out int day)
    {
        year = month = day = 0;
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        int count = 0, i = 0;
        char separator = '\0';
        while (i < s.Length)
        {
            if (count == 3) return false;
            int start = i, value = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 5) value = value * 10 + (s[i++] - '0');
            if (i == start) return false;
            parts[count] = value; lengths[count++] = i - start;
            if (i == s.Length) break;
            if (s[i] is not ('/' or '-') || (separator != '\0' && s[i] != separator)) return false;
            separator = s[i++];
        }
        if (count < 2) return false;
        if (lengths[0] == 4)
        {
            if (count != 3) return false;
            (year, month, day) = (parts[0], parts[1], parts[2]);
            return true;
        }
        (day, month) = dayFirst ? (parts[0], parts[1]) : (parts[1], parts[0]);
        if (month > 12 && day <= 12) (day, month) = (month, day);
        if (count == 3)
            year = lengths[2] switch { 4 => parts[2], 2 => DateCalendar.FullYear(parts[2], published), _ => -1 };
        return year >= 0 && month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }
}
