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
        var text = value.Trim();
        // A timestamp's calendar date is the date the article carries; its time zone is not ours to shift.
        if (text.Length > 10 && (text[10] == 'T' || text[10] == ' ')) text = text[..10];
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Parses <paramref name="value"/> or throws WRT0205 naming <paramref name="where"/> (a file and line, or an option).</summary>
    public static DateOnly Parse(string value, string where) =>
        TryParse(value, out var date)
            ? date
            : throw new WartaException(ErrorCodes.PublishedDateInvalid,
                $"{where}: published date '{value}' is not a date; write it as YYYY-MM-DD (e.g. 2022-10-06)");
}
