namespace Warta.Dates;

/// <summary>
/// Calendar arithmetic against the published date P: which year a day and month without a year belong to, which
/// day a weekday names, and where a relative offset lands. Pure functions; the rules are described in docs/dates.md.
/// </summary>
internal static class DateCalendar
{
    /// <summary>News may name a day a little after P (time zones, announced events) and still mean this year's.</summary>
    public const int GraceDays = 7;

    /// <summary>The latest valid day/month no later than P + <see cref="GraceDays"/> (29 February looks back to a leap year).</summary>
    public static DateOnly? DayMonthPast(DateOnly p, int month, int day)
    {
        var limit = p.AddDays(GraceDays);
        for (int y = p.Year + 1; y >= p.Year - 8; y--)
            if (TryDate(y, month, day) is { } d && d <= limit) return d;
        return null;
    }

    /// <summary>The earliest valid day/month no earlier than P − <see cref="GraceDays"/>.</summary>
    public static DateOnly? DayMonthForward(DateOnly p, int month, int day)
    {
        var limit = p.AddDays(-GraceDays);
        for (int y = p.Year - 1; y <= p.Year + 8; y++)
            if (TryDate(y, month, day) is { } d && d >= limit) return d;
        return null;
    }

    /// <summary>The first day of the latest such month that has begun by P.</summary>
    public static DateOnly MonthPast(DateOnly p, int month) => new(month <= p.Month ? p.Year : p.Year - 1, month, 1);

    /// <summary>The first day of the earliest such month that has not ended by P.</summary>
    public static DateOnly MonthForward(DateOnly p, int month) => new(month >= p.Month ? p.Year : p.Year + 1, month, 1);

    /// <summary>The latest such weekday on or before P (strictly before when <paramref name="strict"/>: "Selasa lalu").</summary>
    public static DateOnly WeekdayPast(DateOnly p, int isoWeekday, bool strict)
    {
        int back = (IsoWeekday(p) - isoWeekday + 7) % 7;
        if (back == 0 && strict) back = 7;
        return p.AddDays(-back);
    }

    /// <summary>The earliest such weekday on or after P (strictly after when <paramref name="strict"/>: "next Friday").</summary>
    public static DateOnly WeekdayForward(DateOnly p, int isoWeekday, bool strict)
    {
        int ahead = (isoWeekday - IsoWeekday(p) + 7) % 7;
        if (ahead == 0 && strict) ahead = 7;
        return p.AddDays(ahead);
    }

    /// <summary>
    /// <paramref name="count"/> units from <paramref name="from"/>: a day exactly; a week as the Monday of its ISO week;
    /// a weekend (unit e) as its Saturday, this one (count 0) the latest begun by P and others the weekend of the ISO week
    /// <paramref name="count"/> weeks away; a month as its first day; a year as 1 January.
    /// </summary>
    public static (DateOnly Date, DatePrecision Precision) Shift(DateOnly from, int count, char unit) => unit switch
    {
        'd' => (from.AddDays(count), DatePrecision.Day),
        'w' => (MondayOf(from.AddDays(7 * count)), DatePrecision.Week),
        'e' => (count == 0 ? WeekdayPast(from, Saturday, strict: false) : MondayOf(from.AddDays(7 * count)).AddDays(Saturday - 1), DatePrecision.Weekend),
        'm' => (FirstOfMonth(from.AddMonths(count)), DatePrecision.Month),
        _ => (new DateOnly(from.Year + count, 1, 1), DatePrecision.Year),
    };

    /// <summary>Like <see cref="Shift"/> but a week counts as 7 days: "seminggu kemudian" after a known day is a day.</summary>
    public static (DateOnly Date, DatePrecision Precision) ShiftFromDay(DateOnly from, int count, char unit) =>
        unit == 'w' ? (from.AddDays(7 * count), DatePrecision.Day) : Shift(from, count, unit);

    /// <summary>"this weekend" read forward, for a clause that is future: the Saturday of P's ISO week.</summary>
    public static DateOnly WeekendForward(DateOnly p) => MondayOf(p).AddDays(Saturday - 1);

    private const int Saturday = 6;

    public static int IsoWeekday(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    public static DateOnly MondayOf(DateOnly d) => d.AddDays(1 - IsoWeekday(d));

    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;

    /// <summary>A two-digit year: the century that puts it no more than a year after P.</summary>
    public static int FullYear(int twoDigits, DateOnly p)
    {
        int century = p.Year / 100 * 100;
        int year = century + twoDigits;
        return year > p.Year + 1 ? year - 100 : year;
    }

    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);
}
