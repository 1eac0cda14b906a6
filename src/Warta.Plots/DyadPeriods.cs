using Warta.Store;

namespace Warta.Plots;

/// <summary>
/// A timeline's periods without holes. The store returns only periods that have events; for event data a quiet day
/// or week is a count of zero and a Goldstein sum of zero, not a missing value to draw a straight line across.
/// </summary>
public static class DyadPeriods
{
    /// <summary>Every day (or Monday-started week) from the first point to the last, zero where nothing happened.</summary>
    public static IReadOnlyList<DyadPoint> Dense(DyadTimeline timeline)
    {
        var points = timeline.Points.OrderBy(p => p.Period).ToList();
        if (points.Count == 0) return [];
        int step = timeline.Interval == TimelineInterval.Week ? 7 : 1;
        var byPeriod = points.ToDictionary(p => p.Period);
        var dense = new List<DyadPoint>();
        for (var period = points[0].Period; period <= points[^1].Period; period = period.AddDays(step))
            dense.Add(byPeriod.GetValueOrDefault(period) ?? new DyadPoint(period, 0, 0, 0, 0, 0));
        return dense;
    }
}
