using Warta.Store.Tests.Postgres;
namespace Warta.Store.Tests;

/// <summary>Run against every store kind: <see cref="DuckDbClusterTests"/> and <see cref="PostgresClusterTests"/>.</summary>
public abstract class ClusterTests
{
    protected abstract Task<ITestStore> NewStoreAsync();

    private async Task<ITestStore> SampleAsync() => await SampleStore.FillAsync(await NewStoreAsync());

    private static readonly EventFilter RussiaSummonsKazakhstan = new() { Source = "RUSGOV", Target = "KAZGOV", Cameo = "114" };

    [Fact]
    public async Task Two_outlets_reporting_one_event_make_one_cluster_of_two_articles_and_two_sources()
    {
        await using var temp = await NewStoreAsync();
        await temp.Store.SaveAsync([
            Articles.Code("kompas-1", Articles.RussiaKazakhstanId, source: "Kompas"),
            Articles.Code("reuters-1", Articles.RussiaKazakhstanEn, source: "Reuters"),
        ]);

        var page = await temp.Store.QueryEventsAsync(new EventQuery(RussiaSummonsKazakhstan));

        Assert.Equal(2, page.Total);
        Assert.Single(page.Items.Select(i => i.ClusterId).Distinct());
        Assert.All(page.Items, i => Assert.Equal((2, 2, 2), (i.NumMentions, i.NumArticles, i.NumSources)));
        Assert.Equal(["Kompas", "Reuters"], page.Items.Select(i => i.DocumentSource).Order());
    }

    [Fact]
    public async Task Articles_of_one_outlet_count_as_one_source_by_their_url_host()
    {
        await using var temp = await NewStoreAsync();
        await temp.Store.SaveAsync([
            Articles.Code("a", Articles.RussiaKazakhstanId, url: "https://www.antaranews.com/berita/1"),
            Articles.Code("b", Articles.RussiaKazakhstanEn, url: "https://antaranews.com/en/2"),
        ]);

        var item = (await temp.Store.QueryEventsAsync(new EventQuery(RussiaSummonsKazakhstan))).Items[0];

        Assert.Equal((2, 1), (item.NumArticles, item.NumSources));
    }

    [Fact]
    public async Task A_syndicated_copy_counts_once_and_is_hidden_unless_asked_for()
    {
        await using var temp = await NewStoreAsync();
        await temp.Store.SaveAsync([Articles.Code("reuters-1", Articles.RussiaKazakhstanEn, source: "Reuters")]);
        var copy = Articles.Code("yahoo-1", "MOSCOW (Reuters) " + Articles.RussiaKazakhstanEn, source: "Yahoo");

        var result = await temp.Store.SaveAsync([copy]);

        Assert.Equal(1, result.DocumentsAdded);
        Assert.Equal("reuters-1", (await temp.Store.GetDocumentAsync("yahoo-1"))!.SyndicatedFrom);
        var visible = await temp.Store.QueryEventsAsync(new EventQuery(RussiaSummonsKazakhstan));
        Assert.Equal("reuters-1", Assert.Single(visible.Items).Event.Doc);
        Assert.Equal((1, 1, 1), (visible.Items[0].NumMentions, visible.Items[0].NumArticles, visible.Items[0].NumSources));
        var all = await temp.Store.QueryEventsAsync(new EventQuery(RussiaSummonsKazakhstan with { IncludeSyndicated = true }));
        Assert.Equal(2, all.Total);
        Assert.All(all.Items, i => Assert.Equal(1, i.NumArticles));
        Assert.Equal(1, (await temp.Store.StatisticsAsync()).SyndicatedDocuments);
    }

    [Fact]
    public async Task Copies_within_one_batch_point_at_the_first_and_different_texts_are_not_copies()
    {
        await using var temp = await NewStoreAsync();
        await temp.Store.SaveAsync([
            Articles.Code("first", Articles.JapanChinaEn, source: "A"),
            Articles.Code("second", Articles.JapanChinaEn + " ", source: "B"),
            Articles.Code("third", "Reported: " + Articles.JapanChinaEn, source: "C"),
            Articles.Code("other", Articles.RussiaKazakhstanEn, source: "D"),
        ]);

        Assert.Equal(1, (await temp.Store.StatisticsAsync()).SyndicatedDocuments);
        Assert.Null(await temp.Store.GetDocumentAsync("second")); // same content hash: skipped, not a copy
        Assert.Equal("first", (await temp.Store.GetDocumentAsync("third"))!.SyndicatedFrom);
        Assert.Null((await temp.Store.GetDocumentAsync("other"))!.SyndicatedFrom);
    }

    [Fact]
    public async Task Clusters_count_asserted_events_unless_all_are_asked_for()
    {
        await using var temp = await NewStoreAsync();
        await temp.Store.SaveAsync([
            Articles.Code("a", Articles.JapanChinaEn, source: "A"),
            Articles.Code("b", "Indonesia did not sign the agreement with Malaysia on Monday.", source: "B"),
        ]);
        var negated = new EventFilter { Source = "IDN", Target = "MYS", Cameo = "057", IncludeAll = true };

        var item = Assert.Single((await temp.Store.QueryEventsAsync(new EventQuery(negated))).Items, i => i.Event.Doc == "a");

        Assert.Equal("negated", item.Event.Modality);
        Assert.Equal((2, 2), (item.NumArticles, item.NumMentions));
        Assert.Equal(0, (await temp.Store.QueryEventsAsync(new EventQuery(negated with { IncludeAll = false }))).Total);
    }
}

public sealed class DuckDbClusterTests : ClusterTests
{
    protected override Task<ITestStore> NewStoreAsync() => Task.FromResult<ITestStore>(new TempStore());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresServer server) : ClusterTests
{
    protected override async Task<ITestStore> NewStoreAsync() => await PostgresTempStore.CreateAsync(server);
}
