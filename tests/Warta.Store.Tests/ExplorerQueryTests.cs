using Warta.Store.Tests.Postgres;
namespace Warta.Store.Tests;

/// <summary>
/// The queries behind the web explorer (periods by month and year, keyword search, the map, actor suggestions), run
/// against every store kind: <see cref="DuckDbExplorerQueryTests"/> and <see cref="PostgresExplorerQueryTests"/>.
/// </summary>
public abstract class ExplorerQueryTests
{
    protected abstract Task<ITestStore> NewStoreAsync();

    private async Task<ITestStore> SampleAsync() => await SampleStore.FillAsync(await NewStoreAsync());

    [Fact]
    public async Task Monthly_and_yearly_timelines_start_their_periods_on_the_first_day()
    {
        await using var temp = await SampleAsync();

        var month = await temp.Store.DyadTimelineAsync(new DyadQuery("RUS", "KAZ", Interval: TimelineInterval.Month));
        var year = await temp.Store.DyadTimelineAsync(new DyadQuery("RUS", "KAZ", Interval: TimelineInterval.Year));

        var point = Assert.Single(month.Points);
        Assert.Equal((new DateOnly(2024, 3, 1), 4), (point.Period, point.Events));
        Assert.Equal((new DateOnly(2024, 1, 1), 4), (Assert.Single(year.Points).Period, year.Points[0].Events));
    }

    [Fact]
    public async Task A_timeline_takes_the_other_filters_too()
    {
        await using var temp = await SampleAsync();

        var conflict = await temp.Store.DyadTimelineAsync(new DyadQuery("RUS", "KAZ", Filter: new EventFilter { Quad = 3 }));
        var kompas = await temp.Store.DyadTimelineAsync(new DyadQuery("RUS", "KAZ", Filter: new EventFilter { Outlet = "Kompas" }));

        Assert.Equal(2, conflict.Points.Sum(p => p.Events));
        Assert.All(conflict.Points, p => Assert.Equal(p.Events, p.VerbalConflict + p.MaterialConflict));
        Assert.Equal([new DateOnly(2024, 3, 12)], kompas.Points.Select(p => p.Period));
    }

    [Fact]
    public async Task Keyword_search_finds_words_of_the_sentence_or_the_title_in_any_case_and_takes_wildcards_literally()
    {
        await using var temp = await SampleAsync();

        var trade = await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter { Text = "TRADE agreement" }));
        var byTitle = await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter { Text = "title of jp" }));
        var wildcard = await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter { Text = "%" }));

        Assert.InRange(trade.Total, 1, 2);
        Assert.All(trade.Items, i => Assert.Contains("trade agreement", i.Event.Sentence));
        Assert.True(byTitle.Total >= 2, $"{byTitle.Total} events of the article titled 'title of jp'");
        Assert.All(byTitle.Items, i => Assert.Equal("jp", i.Event.Doc));
        Assert.Equal(0, wildcard.Total);
    }

    [Fact]
    public async Task The_map_puts_each_event_in_its_place_else_its_target_else_its_source_country()
    {
        await using var temp = await SampleAsync();
        var all = (await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter(), PageSize: 100))).Items;

        var areas = await temp.Store.MapAsync(new EventFilter());

        string? Expected(Coding.EventRecord e) => e.Place?.Country ?? e.Target?.Country ?? e.Source.Country;
        var expected = all.Where(i => Expected(i.Event) is not null).GroupBy(i => Expected(i.Event)!)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key), areas.Select(a => new KeyValuePair<string, int>(a.Country, a.Events)).OrderBy(p => p.Key));
        Assert.All(areas, a => Assert.Equal(a.Events, a.ByPlace + a.ByTarget + a.BySource));
        var kaz = areas.Single(a => a.Country == "KAZ");
        var inKaz = await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter { Area = "KAZ" }));
        Assert.Equal(kaz.Events, inKaz.Total);
    }

    [Fact]
    public async Task Actor_suggestions_match_a_code_prefix_or_a_name_most_mentioned_first()
    {
        await using var temp = await SampleAsync();

        var kaz = await temp.Store.SuggestActorsAsync("kaz", 10);
        var none = await temp.Store.SuggestActorsAsync("zzzz", 10);

        Assert.NotEmpty(kaz);
        Assert.All(kaz, a => Assert.True(a.Code.StartsWith("KAZ", StringComparison.Ordinal) || (a.Name ?? "").Contains("kaz", StringComparison.OrdinalIgnoreCase), a.Code));
        Assert.Equal(kaz.OrderByDescending(a => a.Mentions).Select(a => a.Mentions), kaz.Select(a => a.Mentions));
        Assert.Empty(none);
    }
}

public sealed class DuckDbExplorerQueryTests : ExplorerQueryTests
{
    protected override Task<ITestStore> NewStoreAsync() => Task.FromResult<ITestStore>(new TempStore());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresExplorerQueryTests(PostgresServer server) : ExplorerQueryTests
{
    protected override async Task<ITestStore> NewStoreAsync() => await PostgresTempStore.CreateAsync(server);
}

public sealed class TimelineIntervalTests
{
    [Theory]
    [InlineData("2024-03-01", "2024-03-31", TimelineInterval.Day)]
    [InlineData("2024-03-01", "2024-06-30", TimelineInterval.Week)]
    [InlineData("2022-01-01", "2024-06-30", TimelineInterval.Month)]
    [InlineData("2000-01-01", "2024-06-30", TimelineInterval.Year)]
    public void The_interval_is_picked_for_the_span(string first, string last, TimelineInterval expected) =>
        Assert.Equal(expected, TimelineIntervals.Pick(DateOnly.Parse(first), DateOnly.Parse(last)));

    [Fact]
    public void Dense_periods_fill_quiet_months_with_zero_from_the_range_asked()
    {
        var timeline = new DyadTimeline("A", "B", TimelineInterval.Month, [new DyadPoint(new DateOnly(2024, 3, 1), 1, 0, 0, 0, 3)]);

        var dense = TimelineIntervals.Dense(timeline, new DateOnly(2024, 1, 15), new DateOnly(2024, 5, 2));

        Assert.Equal(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"], dense.Select(p => p.Period.ToString("yyyy-MM-dd")));
        Assert.Equal([0, 0, 1, 0, 0], dense.Select(p => p.Events));
    }

    [Fact]
    public void A_week_starts_on_monday_and_the_palette_has_four_quads()
    {
        Assert.Equal(new DateOnly(2024, 3, 11), TimelineIntervals.Start(new DateOnly(2024, 3, 17), TimelineInterval.Week));
        Assert.Equal(4, TimelineStyle.Quads.Count);
        Assert.All(TimelineStyle.Quads, q => Assert.Matches("^#[0-9A-Fa-f]{6}$", q.Color));
    }
}
