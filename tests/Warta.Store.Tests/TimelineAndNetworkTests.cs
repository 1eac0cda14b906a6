using Warta.Store.Tests.Postgres;
namespace Warta.Store.Tests;

/// <summary>Run against every store kind: <see cref="DuckDbTimelineAndNetworkTests"/> and <see cref="PostgresTimelineAndNetworkTests"/>.</summary>
public abstract class TimelineAndNetworkTests
{
    protected abstract Task<ITestStore> NewStoreAsync();

    private async Task<ITestStore> SampleAsync() => await SampleStore.FillAsync(await NewStoreAsync());

    [Fact]
    public async Task Daily_timeline_has_a_point_per_day_with_quad_counts_and_goldstein_sum()
    {
        await using var temp = await SampleAsync();
        var dyad = (await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter { Dyad = ("KAZ", "RUS") }))).Items;

        var timeline = await temp.Store.DyadTimelineAsync(new DyadQuery("RUS", "KAZ"));

        Assert.Equal([new DateOnly(2024, 3, 12), new DateOnly(2024, 3, 18)], timeline.Points.Select(p => p.Period));
        Assert.Equal((0, 0, 1, 0), Quads(timeline.Points[0]));
        Assert.Equal((2, 0, 1, 0), Quads(timeline.Points[1]));
        Assert.Equal(dyad.Sum(i => i.Event.Goldstein), timeline.Points.Sum(p => p.GoldsteinSum), 6);
    }

    [Fact]
    public async Task Weekly_timeline_buckets_on_the_monday()
    {
        await using var temp = await SampleAsync();

        var timeline = await temp.Store.DyadTimelineAsync(new DyadQuery("KAZGOV", "RUS", Interval: TimelineInterval.Week));

        // KAZGOV matches by code (not KAZ's signing); RUS matches RUSGOV by country: the summons (Tuesday 12 March,
        // week of Monday 11 March) and the criticism (Monday 18 March).
        Assert.Equal([new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 18)], timeline.Points.Select(p => p.Period));
        Assert.Equal([1, 1], timeline.Points.Select(p => p.VerbalConflict));
        Assert.Equal([1, 1], timeline.Points.Select(p => p.Events));

        var both = await temp.Store.DyadTimelineAsync(new DyadQuery("KAZ", "RUS", Interval: TimelineInterval.Week,
            From: new DateOnly(2024, 3, 1), To: new DateOnly(2024, 3, 31)));
        Assert.Equal([new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 18)], both.Points.Select(p => p.Period));
        Assert.Equal([1, 3], both.Points.Select(p => p.Events));
    }

    [Fact]
    public async Task Network_joins_countries_both_ways_and_keeps_igos_by_code()
    {
        await using var temp = await SampleAsync();
        var dyad = (await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter { Dyad = ("KAZ", "RUS") }))).Items;

        var network = await temp.Store.NetworkAsync(new EventFilter());

        var edge = Assert.Single(network.Edges, e => e.A == "KAZ" && e.B == "RUS");
        Assert.Equal(4, edge.Events);
        Assert.Equal(dyad.Average(i => i.Event.Goldstein), edge.MeanGoldstein, 6);
        Assert.Contains(network.Edges, e => e.A == "IGOUNO" && e.B == "MMR" && e.Events == 1);
        Assert.Equal(4, network.Nodes.Single(n => n.Id == "KAZ").Events);
        Assert.Contains(network.Nodes, n => n.Id == "IGOUNO");
        Assert.Equal(4, network.Edges.Count);
    }

    [Fact]
    public async Task Network_follows_the_filter()
    {
        await using var temp = await SampleAsync();

        var network = await temp.Store.NetworkAsync(new EventFilter { Language = "id" });

        Assert.Equal(["IDN-PSE", "KAZ-RUS"], network.Edges.Select(e => $"{e.A}-{e.B}").Order());
    }

    private static (int, int, int, int) Quads(DyadPoint p) =>
        (p.VerbalCooperation, p.MaterialCooperation, p.VerbalConflict, p.MaterialConflict);
}

public sealed class DuckDbTimelineAndNetworkTests : TimelineAndNetworkTests
{
    protected override Task<ITestStore> NewStoreAsync() => Task.FromResult<ITestStore>(new TempStore());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresTimelineAndNetworkTests(PostgresServer server) : TimelineAndNetworkTests
{
    protected override async Task<ITestStore> NewStoreAsync() => await PostgresTempStore.CreateAsync(server);
}
