using System.Text.Json;

namespace Warta.Store;

/// <summary>
/// The periods of a timeline, shared by the web API and <c>warta plot</c>: which interval suits a range of dates, the
/// period a day falls in, and the periods of a range without holes (a quiet period is a count of zero). The
/// thresholds and colours live in TimelineStyle.json, which the web front end reads too.
/// </summary>
public static class TimelineIntervals
{
    /// <summary>The widest span in days (inclusive) that each interval is picked for; wider than the month's is per year.</summary>
    private static readonly (TimelineInterval Interval, int MaxDays)[] Thresholds = ReadThresholds();

    /// <summary>Day up to about two months, week up to about a year, month up to about ten years, else year.</summary>
    public static TimelineInterval Pick(DateOnly first, DateOnly last)
    {
        int days = last.DayNumber - first.DayNumber + 1;
        foreach (var (interval, maxDays) in Thresholds)
            if (days <= maxDays) return interval;
        return TimelineInterval.Year;
    }

    public static bool TryParse(string? text, out TimelineInterval? interval)
    {
        interval = null;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "auto": return true;
            case "day": interval = TimelineInterval.Day; return true;
            case "week": interval = TimelineInterval.Week; return true;
            case "month": interval = TimelineInterval.Month; return true;
            case "year": interval = TimelineInterval.Year; return true;
            default: return false;
        }
    }

    public static string Name(TimelineInterval interval) => interval.ToString().ToLowerInvariant();

    /// <summary>The first day of the period <paramref name="day"/> falls in (weeks start on Monday, as ISO weeks do).</summary>
    public static DateOnly Start(DateOnly day, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Day => day,
        TimelineInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimelineInterval.Month => new DateOnly(day.Year, day.Month, 1),
        TimelineInterval.Year => new DateOnly(day.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };

    public static DateOnly Next(DateOnly start, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Day => start.AddDays(1),
        TimelineInterval.Week => start.AddDays(7),
        TimelineInterval.Month => start.AddMonths(1),
        TimelineInterval.Year => start.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };

    /// <summary>
    /// Every period from the one holding <paramref name="from"/> (default: the first point's) to the one holding
    /// <paramref name="to"/> (default: the last point's), with zero counts where the timeline has none.
    /// </summary>
    public static IReadOnlyList<DyadPoint> Dense(DyadTimeline timeline, DateOnly? from = null, DateOnly? to = null)
    {
        var points = timeline.Points.OrderBy(p => p.Period).ToList();
        var first = from ?? (points.Count > 0 ? points[0].Period : (DateOnly?)null);
        var last = to ?? (points.Count > 0 ? points[^1].Period : (DateOnly?)null);
        if (first is not { } start || last is not { } end || end < start) return [];
        var byPeriod = points.ToDictionary(p => p.Period);
        var dense = new List<DyadPoint>();
        for (var period = Start(start, timeline.Interval); period <= end; period = Next(period, timeline.Interval))
            dense.Add(byPeriod.GetValueOrDefault(period) ?? new DyadPoint(period, 0, 0, 0, 0, 0));
        return dense;
    }

    private static (TimelineInterval, int)[] ReadThresholds()
    {
        var max = TimelineStyle.Json.RootElement.GetProperty("maxDaysPerInterval");
        return
        [
            (TimelineInterval.Day, max.GetProperty("day").GetInt32()),
            (TimelineInterval.Week, max.GetProperty("week").GetInt32()),
            (TimelineInterval.Month, max.GetProperty("month").GetInt32()),
        ];
    }
}

/// <summary>The colours of the QuadClasses and the Goldstein line, from TimelineStyle.json (the web app reads the same file).</summary>
public static class TimelineStyle
{
    internal static readonly JsonDocument Json = Load();

    /// <summary>QuadClass 1–4 in order: label and colour as #RRGGBB.</summary>
    public static IReadOnlyList<(string Label, string Color)> Quads { get; } =
        Json.RootElement.GetProperty("quads").EnumerateArray()
            .Select(q => (q.GetProperty("label").GetString()!, q.GetProperty("color").GetString()!)).ToList();

    public static string Goldstein { get; } = Json.RootElement.GetProperty("goldstein").GetString()!;

    private static JsonDocument Load()
    {
        using var stream = typeof(TimelineStyle).Assembly.GetManifestResourceStream("Warta.Store.TimelineStyle.json")
            ?? throw new InvalidOperationException("TimelineStyle.json is not embedded in Warta.Store");
        return JsonDocument.Parse(stream);
    }
}
