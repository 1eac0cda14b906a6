using ScottPlot;
using Warta.Store;

namespace Warta.Plots;

/// <summary>The picture formats a chart is written in, chosen by the output file's extension.</summary>
public enum ChartFormat { Png, Svg }

/// <summary>
/// Draws a dyad timeline with ScottPlot: for each period a bar of its events stacked by QuadClass (two greens for
/// cooperation, orange and red for conflict), and the period's Goldstein sum as a line on a second axis at the
/// right. The line runs through zero in periods without events (<see cref="DyadPeriods"/>) and marks only the periods
/// that have some. A timeline with no events gives a chart that says so. Stateless; every call builds its own plot.
/// </summary>
public sealed class DyadChartRenderer
{
    public const int DefaultWidth = 1000;
    public const int DefaultHeight = 500;

    /// <summary>The QuadClasses in stacking order (1–4), with their legend labels and colours.</summary>
    private static readonly (string Label, Color Color, Func<DyadPoint, int> Count)[] Quads =
    [
        ("Verbal cooperation", Color.FromHex("#74C476"), p => p.VerbalCooperation),
        ("Material cooperation", Color.FromHex("#238B45"), p => p.MaterialCooperation),
        ("Verbal conflict", Color.FromHex("#FD8D3C"), p => p.VerbalConflict),
        ("Material conflict", Color.FromHex("#D7301F"), p => p.MaterialConflict),
    ];

    private static readonly Color GoldsteinColor = Color.FromHex("#2B5B9C");

    /// <summary>The format a path asks for: .png or .svg (any case).</summary>
    public static bool TryFormatOf(string path, out ChartFormat format)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        format = extension == ".svg" ? ChartFormat.Svg : ChartFormat.Png;
        return extension is ".png" or ".svg";
    }

    /// <summary>Writes the chart to <paramref name="path"/> as PNG or SVG by its extension; another extension is an ArgumentException.</summary>
    public void Render(DyadTimeline timeline, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        if (!TryFormatOf(path, out var format))
            throw new ArgumentException($"{path}: a chart is written as .png or .svg", nameof(path));
        if (format == ChartFormat.Svg) File.WriteAllText(path, RenderSvg(timeline, width, height));
        else File.WriteAllBytes(path, RenderPng(timeline, width, height));
    }

    public byte[] RenderPng(DyadTimeline timeline, int width = DefaultWidth, int height = DefaultHeight) =>
        Build(timeline).GetImageBytes(width, height, ImageFormat.Png);

    public string RenderSvg(DyadTimeline timeline, int width = DefaultWidth, int height = DefaultHeight) =>
        Build(timeline).GetSvgXml(width, height);

    private static Plot Build(DyadTimeline timeline)
    {
        var plot = new Plot();
        plot.Title($"{timeline.A}–{timeline.B}");
        var points = timeline.Points.Where(p => p.Events > 0 || p.GoldsteinSum != 0).OrderBy(p => p.Period).ToList();
        if (points.Count == 0)
        {
            SayNoEvents(plot);
            return plot;
        }

        double periodDays = timeline.Interval == TimelineInterval.Week ? 7 : 1;
        plot.Add.Bars(StackedBars(points, periodDays));
        AddGoldsteinLine(plot, points, DyadPeriods.Dense(timeline with { Points = points }));
        AddDateTicks(plot, points, periodDays);
        plot.Axes.Left.Label.Text = timeline.Interval == TimelineInterval.Week ? "events per week" : "events per day";
        plot.Axes.SetLimitsX(X(points[0].Period) - periodDays, X(points[^1].Period) + periodDays);
        plot.Axes.SetLimitsY(0, points.Max(p => p.Events) * 1.15 + 0.5);
        AddLegend(plot);
        return plot;
    }

    /// <summary>A period's bar stands at its first day; the x axis counts days (OLE automation dates).</summary>
    private static double X(DateOnly period) => period.ToDateTime(TimeOnly.MinValue).ToOADate();

    /// <summary>
    /// At most about ten ticks, each on a period, labelled with its date as YYYY-MM-DD: readable in every locale,
    /// and never a time of day, which automatic date ticks show when the range is short.
    /// </summary>
    private static void AddDateTicks(Plot plot, List<DyadPoint> points, double periodDays)
    {
        var first = points[0].Period;
        int periods = (int)((X(points[^1].Period) - X(first)) / periodDays) + 1;
        int step = Math.Max(1, (int)Math.Ceiling(periods / 10.0));
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < periods; i += step)
        {
            var day = first.AddDays((int)(i * periodDays));
            ticks.AddMajor(X(day), day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        plot.Axes.Bottom.TickGenerator = ticks;
    }

    private static void SayNoEvents(Plot plot)
    {
        var note = plot.Add.Annotation("no events", Alignment.MiddleCenter);
        note.LabelFontSize = 24;
        note.LabelBackgroundColor = Colors.Transparent;
        note.LabelBorderColor = Colors.Transparent;
        note.LabelShadowColor = Colors.Transparent;
        // The frame stays so the title keeps its place; an empty chart has no scale to show.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.HideGrid();
    }

    private static List<Bar> StackedBars(List<DyadPoint> points, double periodDays)
    {
        var bars = new List<Bar>();
        foreach (var point in points)
        {
            double x = X(point.Period);
            double top = 0;
            foreach (var (_, color, count) in Quads)
            {
                int n = count(point);
                if (n == 0) continue;
                bars.Add(new Bar
                {
                    Position = x, ValueBase = top, Value = top + n, FillColor = color, Size = periodDays * 0.8, LineWidth = 0,
                });
                top += n;
            }
        }
        return bars;
    }

    private static void AddGoldsteinLine(Plot plot, List<DyadPoint> points, IReadOnlyList<DyadPoint> everyPeriod)
    {
        var line = plot.Add.Scatter(everyPeriod.Select(p => X(p.Period)).ToArray(),
            everyPeriod.Select(p => p.GoldsteinSum).ToArray(), GoldsteinColor);
        line.LineWidth = 2;
        line.MarkerSize = 0;
        line.Axes.YAxis = plot.Axes.Right;
        var ys = points.Select(p => p.GoldsteinSum).ToArray();
        var marks = plot.Add.ScatterPoints(points.Select(p => X(p.Period)).ToArray(), ys, GoldsteinColor);
        marks.MarkerSize = 6;
        marks.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "Goldstein sum";
        // Symmetric around zero, so cooperation (above) and conflict (below) read at a glance.
        double extent = Math.Max(1, ys.Max(Math.Abs)) * 1.15;
        plot.Axes.SetLimitsY(-extent, extent, plot.Axes.Right);
    }

    private static void AddLegend(Plot plot)
    {
        foreach (var (label, color, _) in Quads)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Goldstein sum", LineColor = GoldsteinColor, LineWidth = 2 });
        plot.Legend.Orientation = Orientation.Horizontal;
        // Below the chart, where it covers no bar and no point of the line.
        plot.ShowLegend(Edge.Bottom);
    }
}
