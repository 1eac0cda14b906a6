using System.Buffers.Binary;
using System.Xml.Linq;
using Warta.Plots;
using Warta.Store;

namespace Warta.Ingest.Tests.Plots;

public sealed class DyadChartRendererTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly DyadChartRenderer renderer = new();
    private readonly string folder = Directory.CreateTempSubdirectory("warta-plot-").FullName;

    private static DyadTimeline Timeline(TimelineInterval interval = TimelineInterval.Day) => new("IDN", "MYS", interval,
    [
        new DyadPoint(new DateOnly(2024, 3, 4), 3, 1, 0, 0, 9.4),
        new DyadPoint(new DateOnly(2024, 3, 5), 1, 0, 2, 1, -12.0),
        new DyadPoint(new DateOnly(2024, 3, 7), 0, 2, 1, 0, 10.2),
    ]);

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal(PngSignature, png[..8]);
        // The IHDR chunk comes first: width and height are big-endian at bytes 16 and 20.
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void A_timeline_renders_as_a_png_of_the_asked_size()
    {
        var png = renderer.RenderPng(Timeline(), 800, 400);

        Assert.Equal((800, 400), PngSize(png));
    }

    /// <summary>The text elements of an SVG chart, trimmed: its title, labels, legend and ticks.</summary>
    private static List<string> TextsOf(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

    [Fact]
    public void A_timeline_renders_as_svg_with_its_title_and_legend()
    {
        var text = TextsOf(renderer.RenderSvg(Timeline()));

        Assert.Contains("IDN–MYS", text);
        foreach (var label in (string[])["Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict", "Goldstein sum"])
            Assert.Contains(label, text);
    }

    [Fact]
    public void Dates_on_the_x_axis_are_calendar_dates()
    {
        var text = TextsOf(renderer.RenderSvg(Timeline()));

        Assert.Contains("2024-03-04", text);
        Assert.Contains("2024-03-07", text);
        Assert.DoesNotContain(text, t => t.Contains(':'));
    }

    [Theory]
    [InlineData("chart.png")]
    [InlineData("chart.SVG")]
    public void Render_picks_the_format_by_extension(string name)
    {
        var path = Path.Combine(folder, name);

        renderer.Render(Timeline(TimelineInterval.Week), path);

        var bytes = File.ReadAllBytes(path);
        if (name.EndsWith("png")) Assert.Equal((DyadChartRenderer.DefaultWidth, DyadChartRenderer.DefaultHeight), PngSize(bytes));
        else Assert.Equal("svg", XDocument.Load(path).Root!.Name.LocalName);
    }

    [Fact]
    public void Another_extension_is_refused() =>
        Assert.Throws<ArgumentException>(() => renderer.Render(Timeline(), Path.Combine(folder, "chart.pdf")));

    [Fact]
    public void An_empty_timeline_gives_a_chart_saying_no_events()
    {
        var empty = new DyadTimeline("IDN", "AUS", TimelineInterval.Day, []);

        var text = TextsOf(renderer.RenderSvg(empty));

        Assert.Contains("no events", text);
        Assert.Contains("IDN–AUS", text);
        Assert.Equal((640, 320), PngSize(renderer.RenderPng(empty, 640, 320)));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Days_without_events_are_periods_of_zero_so_the_goldstein_line_does_not_bridge_them()
    {
        var dense = DyadPeriods.Dense(Timeline());

        Assert.Equal(Enumerable.Range(4, 4).Select(d => new DateOnly(2024, 3, d)), dense.Select(p => p.Period));
        var quiet = dense[2];
        Assert.Equal((0, 0.0), (quiet.Events, quiet.GoldsteinSum));
        Assert.Equal(10.2, dense[3].GoldsteinSum);
    }

    [Fact]
    public void Weeks_without_events_are_filled_monday_by_monday()
    {
        var timeline = new DyadTimeline("KAZ", "RUS", TimelineInterval.Week,
        [
            new DyadPoint(new DateOnly(2023, 3, 27), 0, 0, 1, 0, -2),
            new DyadPoint(new DateOnly(2023, 3, 6), 1, 0, 0, 0, 3),
        ]);

        var dense = DyadPeriods.Dense(timeline);

        Assert.Equal([new DateOnly(2023, 3, 6), new DateOnly(2023, 3, 13), new DateOnly(2023, 3, 20), new DateOnly(2023, 3, 27)],
            dense.Select(p => p.Period));
        Assert.Equal([3.0, 0, 0, -2], dense.Select(p => p.GoldsteinSum));
    }
}
