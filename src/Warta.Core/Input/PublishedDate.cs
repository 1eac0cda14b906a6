using System.Globalization;
using Warta.Errors;

namespace Warta.Input;

/// <summary>Parses a published date: YYYY-MM-DD, or the date part of an ISO 8601 timestamp (2022-10-06T08:00:00Z).</summary>
public static class PublishedDate
{
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        return DateOnly.TryParseExact(DatePart(value), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Parses <paramref name="value"/> or throws WRT0205 naming <paramref name="where"/> (a file and line, or an option).</summary>
    public static DateOnly Parse(string value, string where) =>
        TryParse(value, out var date)
            ? date
            : throw new WartaException(ErrorCodes.PublishedDateInvalid, $"{where}: published date '{value}' {WhyNotADate(value)}");

    /// <summary>Why <paramref name="value"/> is no date: an impossible day, month or year is named, else the form is.</summary>
    public static string WhyNotADate(string value)
    {
        const string form = "write it as YYYY-MM-DD (e.g. 2022-10-06)";
        var text = DatePart(value);
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day))
            return $"is not a date; {form}";
        if (year == 0) return $"is impossible: there is no year 0; {form}";
        if (month is < 1 or > 12) return $"is impossible: there is no month {month}; {form}";
        int days = DateTime.DaysInMonth(year, month);
        return day < 1 || day > days
            ? string.Create(CultureInfo.InvariantCulture,
                $"is impossible: {new DateOnly(year, month, 1):MMMM yyyy} has {days} days, not {day}; {form}")
            : $"is not a date; {form}";
    }

    // A timestamp's calendar date is the date the article carries; its time zone is not ours to shift.
    private static string DatePart(string value)
    {
        var text = value.Trim();
        return text.Length > 10 && (text[10] == 'T' || text[10] == ' ') ? text[..10] : text;
    }
}
