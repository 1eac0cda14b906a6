using Warta.Store;

namespace Warta.Plots;

/// <summary>
/// A timeline's periods without holes. The store returns only periods that have events; for event data a quiet day
/// or week is a count of zero and a Goldstein sum of zero, not a missing value to draw a straight line across.
/// </summary>
public static class DyadPeriods
{
    /// <summary>Every period (day, Monday-started week, month or year) from the first point to the last, zero where nothing happened.</summary>
    public static IReadOnlyList<DyadPoint> Dense(DyadTimeline timeline) => TimelineIntervals.Dense(timeline);
}
