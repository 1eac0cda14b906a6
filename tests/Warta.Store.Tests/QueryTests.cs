using Warta.Store.Tests.Postgres;
namespace Warta.Store.Tests;

/// <summary>Run against every store kind: <see cref="DuckDbQueryTests"/> and <see cref="PostgresQueryTests"/>.</summary>
public abstract class QueryTests
{
    protected abstract Task<ITestStore> NewStoreAsync();

    private async Task<ITestStore> SampleAsync() => await SampleStore.FillAsync(await NewStoreAsync());

    public static TheoryData<string, int> Filters => new()
    {
        { "none", 7 }, { "from", 5 }, { "to", 2 }, { "actor-country", 4 }, { "actor-igo", 1 }, { "source", 2 }, { "target", 2 },
        { "dyad", 4 }, { "dyad-reversed", 4 }, { "root", 4 }, { "cameo-prefix", 4 }, { "cameo", 3 }, { "quad", 2 },
        { "language", 2 }, { "outlet", 3 }, { "all", 9 },
    };

    private static EventFilter Filter(string name) => name switch
    {
        "none" => new(),
        "from" => new() { From = new DateOnly(2024, 3, 12) },
        "to" => new() { To = new DateOnly(2024, 3, 11) },
        "actor-country" => new() { Actor = "KAZ" },
        "actor-igo" => new() { Actor = "IGOUNO" },
        "source" => new() { Source = "RUS" },
        "target" => new() { Target = "RUS" },
        "dyad" => new() { Dyad = ("RUS", "KAZ") },
        "dyad-reversed" => new() { Dyad = ("KAZ", "RUS") },
        "root" => new() { Root = "11" },
        "cameo-prefix" => new() { Cameo = "11" },
        "cameo" => new() { Cameo = "111" },
        "quad" => new() { Quad = 1 },
        "language" => new() { Language = "id" },
        "outlet" => new() { Outlet = "AP" },
        "all" => new() { IncludeAll = true },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_selects_its_events(string filter, int expected)
    {
        await using var temp = await SampleAsync();

        var page = await temp.Store.QueryEventsAsync(new EventQuery(Filter(filter), PageSize: 100));

        Assert.Equal(expected, page.Total);
        Assert.Equal(expected, page.Items.Count);
    }

    [Fact]
    public async Task Filters_combine_and_values_are_parameters_not_sql()
    {
        await using var temp = await SampleAsync();

        var both = await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter { Actor = "KAZ", Quad = 1 }));
        var injected = await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter { Actor = "KAZ' OR 1=1 --" }));

        Assert.Equal(2, both.Total);
        Assert.Equal(0, injected.Total);
    }

    [Fact]
    public async Task Pages_split_the_sorted_result_without_overlap()
    {
        await using var temp = await SampleAsync();

        var pages = new List<EventPage>();
        for (int page = 1; page <= 3; page++)
            pages.Add(await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter(), page, PageSize: 3, EventSort.Goldstein, Descending: false)));

        Assert.All(pages, p => Assert.Equal(7, p.Total));
        Assert.Equal([3, 3, 1], pages.Select(p => p.Items.Count));
        var all = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(7, all.Select(i => i.Event.Id).Distinct().Count());
        Assert.Equal(all.Select(i => i.Event.Goldstein).Order(), all.Select(i => i.Event.Goldstein));
    }

    [Theory]
    [InlineData(EventSort.Date)]
    [InlineData(EventSort.Cameo)]
    [InlineData(EventSort.Source)]
    [InlineData(EventSort.Target)]
    [InlineData(EventSort.Articles)]
    public async Task Each_sort_orders_descending_by_default(EventSort sort)
    {
        await using var temp = await SampleAsync();

        var items = (await temp.Store.QueryEventsAsync(new EventQuery(new EventFilter(), Sort: sort))).Items;

        Func<StoredEvent, string> key = sort switch
        {
            EventSort.Date => i => i.Event.Date.ToString("yyyy-MM-dd"),
            EventSort.Cameo => i => i.Event.Cameo,
            EventSort.Source => i => i.Event.Source.Code,
            EventSort.Target => i => i.Event.Target?.Code ?? "",
            _ => i => i.NumArticles.ToString("D4"),
        };
        Assert.Equal(items.Select(key).OrderDescending(StringComparer.Ordinal), items.Select(key));
        if (sort != EventSort.Articles) Assert.NotEqual(items.Select(key).Order(StringComparer.Ordinal), items.Select(key));
    }
}

public sealed class DuckDbQueryTests : QueryTests
{
    protected override Task<ITestStore> NewStoreAsync() => Task.FromResult<ITestStore>(new TempStore());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresQueryTests(PostgresServer server) : QueryTests
{
    protected override async Task<ITestStore> NewStoreAsync() => await PostgresTempStore.CreateAsync(server);
}
