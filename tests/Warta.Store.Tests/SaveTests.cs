using Warta.Store.Tests.Postgres;
using Warta.Coding;
using Warta.Dates;

namespace Warta.Store.Tests;

/// <summary>Run against every store kind: <see cref="DuckDbSaveTests"/> and <see cref="PostgresSaveTests"/>.</summary>
public abstract class SaveTests
{
    protected abstract Task<ITestStore> NewStoreAsync();

    private async Task<ITestStore> SampleAsync() => await SampleStore.FillAsync(await NewStoreAsync());

    [Fact]
    public async Task Coded_events_come_back_equal_field_by_field()
    {
        await using var temp = await NewStoreAsync();
        var coded = Articles.Code("ru-kz", Articles.RussiaKazakhstanId, source: "Kompas", url: "https://kompas.com/a");
        Assert.NotEmpty(coded.Events);

        var result = await temp.Store.SaveAsync([coded]);

        Assert.Equal(new SaveResult(1, 0, 0, coded.Events.Count), result);
        Assert.Equal(Articles.AsStored(coded.Events), await temp.Store.EventsOfDocumentAsync("ru-kz"));
        var stored = await temp.Store.GetDocumentAsync("ru-kz");
        Assert.Equal(new StoredDocument("ru-kz", coded.Input.Text, ContentHash.Of(coded.Input.Text), Articles.Monday, "id",
            "title of ru-kz", "https://kompas.com/a", "Kompas"), stored);
    }

    [Fact]
    public async Task Every_event_field_survives_including_the_optional_ones()
    {
        await using var temp = await NewStoreAsync();
        var coded = Articles.Code("full", Articles.RussiaKazakhstanEn);
        var full = new EventRecord
        {
            Id = "e-full", Doc = "full", Language = "en", SentenceIndex = 1, Sentence = "A sentence, with \"quotes\".",
            Date = new DateOnly(2024, 2, 29), DateFrom = DateSource.TextRelative, DateText = "yesterday",
            Source = new EventActor("the president", "IDNGOV", "IDN", "GOV", "Joko Widodo"),
            Target = new EventActor("the envoy", "KAZGOV", "KAZ", "GOV", "Someone"),
            Cameo = "0233", CameoName = "Appeal for humanitarian aid", Root = "02", Quad = 1, Goldstein = -2.5,
            Plover = new PloverCode("REQUEST", "aid"), Negated = true, Hypothetical = true, Modality = "negated",
            Evidence = new Evidence("asked", 4, 9), Rule = "en:predicate:ask→0233", Place = new EventPlace("Jakarta", "IDN"),
        };
        var bare = full with { Id = "e-bare", Target = null, Place = null, DateText = null, Plover = new PloverCode(null, null) };

        await temp.Store.SaveAsync([coded with { Events = [full, bare] }]);

        Assert.Equal([full, bare], await temp.Store.EventsOfDocumentAsync("full"));
    }

    [Fact]
    public async Task A_failing_batch_leaves_nothing_behind()
    {
        await using var temp = await NewStoreAsync();
        var good = Articles.Code("good", Articles.RussiaKazakhstanEn);
        var bad = Articles.Code("bad", Articles.JapanChinaEn);
        bad = bad with { Events = [bad.Events[0] with { Cameo = null! }] };

        await Assert.ThrowsAnyAsync<Exception>(() => temp.Store.SaveAsync([good, bad]));

        Assert.Equal(new StoreStatistics(0, 0, 0, 0, 0), await temp.Store.StatisticsAsync());
        Assert.Null(await temp.Store.GetDocumentAsync("good"));
        // The store still works after the rollback.
        Assert.Equal(1, (await temp.Store.SaveAsync([good])).DocumentsAdded);
    }

    [Fact]
    public async Task A_batch_the_database_refuses_is_reported_as_a_store_write_failure_naming_the_file()
    {
        await using var temp = new TempStore();
        var good = Articles.Code("good", Articles.RussiaKazakhstanEn);
        var bad = Articles.Code("bad", Articles.JapanChinaEn);
        bad = bad with { Events = [bad.Events[0] with { Cameo = null! }] };

        var error = await Assert.ThrowsAsync<Warta.Errors.WartaException>(() => temp.Store.SaveAsync([good, bad]));

        Assert.Equal(Warta.Errors.ErrorCodes.StoreWriteFailed, error.Code);
        Assert.Contains(temp.Store.Path, error.Message);
        Assert.Contains("none of them was written", error.Message);
    }

    [Fact]
    public async Task Saving_the_same_documents_twice_adds_nothing()
    {
        await using var temp = await NewStoreAsync();
        var documents = new[] { Articles.Code("a", Articles.RussiaKazakhstanId), Articles.Code("b", Articles.JapanChinaEn) };
        await temp.Store.SaveAsync(documents);
        var before = await temp.Store.StatisticsAsync();

        var again = await temp.Store.SaveAsync([Articles.Code("a-renamed", Articles.RussiaKazakhstanId)]);

        Assert.Equal(new SaveResult(0, 0, 1, 0), again);
        Assert.True(await temp.Store.ContainsAsync(ContentHash.Of(Articles.RussiaKazakhstanId)));
        Assert.Equal(before, await temp.Store.StatisticsAsync());
    }

    [Fact]
    public async Task A_text_repeated_within_one_batch_is_stored_once()
    {
        await using var temp = await NewStoreAsync();
        var first = Articles.Code("first", Articles.RussiaKazakhstanId);

        var result = await temp.Store.SaveAsync([first, Articles.Code("copy", Articles.RussiaKazakhstanId + "  \n")]);

        Assert.Equal(new SaveResult(1, 0, 1, first.Events.Count), result);
        Assert.Equal(1, (await temp.Store.StatisticsAsync()).Documents);
        Assert.Null(await temp.Store.GetDocumentAsync("copy"));
    }

    [Fact]
    public async Task A_document_saved_again_under_its_id_is_replaced_with_its_new_events()
    {
        await using var temp = await NewStoreAsync();
        await temp.Store.SaveAsync([Articles.Code("doc", Articles.RussiaKazakhstanEn)]);
        var replacement = Articles.Code("doc", Articles.JapanChinaEn);

        var result = await temp.Store.SaveAsync([replacement]);

        Assert.Equal(new SaveResult(0, 1, 0, replacement.Events.Count), result);
        Assert.Equal(Articles.AsStored(replacement.Events), await temp.Store.EventsOfDocumentAsync("doc"));
        Assert.Equal(1, (await temp.Store.StatisticsAsync()).Documents);
        Assert.False(await temp.Store.ContainsAsync(ContentHash.Of(Articles.RussiaKazakhstanEn)));
    }

    [Fact]
    public async Task Recoding_a_document_with_the_same_events_keeps_them()
    {
        await using var temp = await NewStoreAsync();
        var coded = Articles.Code("doc", Articles.RussiaKazakhstanEn);
        await temp.Store.SaveAsync([coded]);

        var result = await temp.Store.SaveAsync([coded]);

        Assert.Equal(1, result.DocumentsReplaced);
        Assert.Equal(Articles.AsStored(coded.Events), await temp.Store.EventsOfDocumentAsync("doc"));
    }

    [Fact]
    public async Task Content_hash_ignores_white_space_layout()
    {
        Assert.Equal(ContentHash.Of("Rusia  memanggil\n duta besar. "), ContentHash.Of("Rusia memanggil duta besar."));
        Assert.NotEqual(ContentHash.Of("Rusia memanggil duta besar."), ContentHash.Of("Rusia memanggil duta besar!"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Documents_are_listed_in_id_order()
    {
        await using var temp = await NewStoreAsync();
        await temp.Store.SaveAsync([Articles.Code("z", Articles.JapanChinaEn), Articles.Code("m", Articles.RussiaKazakhstanEn)]);

        var ids = new List<string>();
        await foreach (var d in temp.Store.DocumentsAsync()) ids.Add(d.Id);

        Assert.Equal(["m", "z"], ids);
    }

    [Fact]
    public async Task One_store_serves_parallel_reads_while_batches_are_saved()
    {
        await using var temp = await SampleAsync();
        var writes = Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            temp.Store.SaveAsync([Articles.Code($"w{i}", $"Dokumen {i}. " + Articles.RussiaKazakhstanId)])));
        var reads = Enumerable.Range(0, 16).Select(_ => Task.Run(() => temp.Store.QueryEventsAsync(new EventQuery(new EventFilter()))));

        await Task.WhenAll([.. writes, .. reads]);

        Assert.Equal(7, (await temp.Store.StatisticsAsync()).Documents);
    }
}

public sealed class DuckDbSaveTests : SaveTests
{
    protected override Task<ITestStore> NewStoreAsync() => Task.FromResult<ITestStore>(new TempStore());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSaveTests(PostgresServer server) : SaveTests
{
    protected override async Task<ITestStore> NewStoreAsync() => await PostgresTempStore.CreateAsync(server);
}
