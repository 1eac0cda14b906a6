using System.CommandLine;
using Warta.Cli;
using Warta.Cli.Commands;
using Warta.Coding;
using Warta.Input;
using Warta.Store.DuckDb;

namespace Warta.Store.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-ingest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Db => Path.Combine(_folder, "store.duckdb");

    private string Articles(params (string Name, string Text)[] files)
    {
        var folder = Path.Combine(_folder, "articles");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => InProcessCli.Run(args);

    [Fact]
    public async Task Ingesting_twice_adds_nothing_the_second_time()
    {
        var folder = Articles(("ru.txt", Tests.Articles.RussiaKazakhstanId), ("jp.txt", Tests.Articles.JapanChinaEn));

        var first = Run("ingest", folder, "--db", Db, "--data", TestPaths.Data, "--published", "2024-03-13");
        var second = Run("ingest", folder, "--db", Db, "--data", TestPaths.Data, "--published", "2024-03-13");

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("ingest: 2 added, 0 replaced, 0 skipped", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("ingest: 0 added, 0 replaced, 2 skipped", second.Output);
        Assert.Contains("; 0 events;", second.Output);
        await using var store = DuckDbEventStore.Open(Db);
        var statistics = await store.StatisticsAsync();
        Assert.Equal(2, statistics.Documents);
        Assert.True(statistics.Events >= 4);
    }

    [Fact]
    public void A_bad_file_is_named_on_standard_error_the_rest_is_stored_and_the_exit_code_is_2()
    {
        var folder = Articles(("ru.txt", Tests.Articles.RussiaKazakhstanId));
        var binary = Path.Combine(_folder, "broken.txt");
        File.WriteAllBytes(binary, [0x52, 0x75, 0x73, 0x69, 0x61, 0x20, 0x00, 0x28, 0x20, 0x61]); // a NUL byte: binary

        var result = Run("ingest", folder, binary, "--db", Db, "--data", TestPaths.Data);

        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:"));
        Assert.Contains(binary, error);
        Assert.StartsWith("ingest: 1 added, 0 replaced, 0 skipped (stored already), 1 failed", result.Output);
    }

    [Fact]
    public void Pages_nested_too_deep_or_too_large_are_refused_by_name_and_the_rest_is_stored()
    {
        var folder = Articles(("ru.txt", Tests.Articles.RussiaKazakhstanId));
        var deep = Path.Combine(_folder, "deep.html");
        File.WriteAllText(deep, "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "Rusia mengusir diplomat."
                                + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>");
        var large = Path.Combine(_folder, "large.html");
        File.WriteAllText(large, "<html><body><p>" + new string('a', 300_000) + "</p></body></html>");

        var result = Run("ingest", folder, deep, large, "--db", Db, "--data", TestPaths.Data, "--max-html-bytes", "200000");

        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        var errors = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error:")).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("WRT0230") && e.Contains(deep) && e.Contains("--max-html-depth"));
        Assert.Contains(errors, e => e.Contains("WRT0229") && e.Contains(large) && e.Contains("--max-html-bytes"));
        Assert.StartsWith("ingest: 1 added, 0 replaced, 0 skipped (stored already), 2 failed", result.Output);
    }

    [Fact]
    public void A_store_that_cannot_be_opened_is_reported_with_exit_3()
    {
        var notADatabase = Path.Combine(_folder, "text.duckdb");
        File.WriteAllText(notADatabase, "this is not a DuckDB file, just some text to make the header wrong");
        var folder = Articles(("ru.txt", Tests.Articles.RussiaKazakhstanId));

        var result = Run("ingest", folder, "--db", notADatabase, "--data", TestPaths.Data);

        Assert.Equal(ExitCodes.DataMissing, result.ExitCode);
        Assert.Contains("WRT0401", result.Error);
        Assert.Contains(notADatabase, result.Error);
    }

    [Fact]
    public async Task Recode_with_a_dictionary_that_adds_a_predicate_reports_the_new_events()
    {
        // "reprove" is a verb the shipped lexicon lacks (the first recode below checks that), so only the user dictionary codes it.
        var folder = Articles(("my.txt", "Malaysia reproved Singapore over the water dispute."), ("jp.txt", Tests.Articles.JapanChinaEn));
        Assert.Equal(0, Run("ingest", folder, "--db", Db, "--data", TestPaths.Data, "--published", "2024-03-13").ExitCode);
        var dict = Path.Combine(_folder, "dict", "en", "events");
        Directory.CreateDirectory(dict);
        File.WriteAllText(Path.Combine(dict, "predicates.tsv"), "V\treprove\t111\t-\t-\t-\t-\n");

        var unchanged = Run("recode", "--db", Db, "--data", TestPaths.Data);
        var recoded = Run("recode", "--db", Db, "--data", TestPaths.Data, "--dict", Path.Combine(_folder, "dict"));

        Assert.Equal(0, unchanged.ExitCode);
        Assert.StartsWith("recode: 2 documents, 0 changed, 0 failed; events 0 added, 0 removed", unchanged.Output);
        Assert.Equal(0, recoded.ExitCode);
        var lines = recoded.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("my: +1 -0 events", lines[0]);
        Assert.StartsWith("recode: 2 documents, 1 changed, 0 failed; events 1 added, 0 removed", lines[1]);
        await using var store = DuckDbEventStore.Open(Db);
        var reproof = Assert.Single(await store.EventsOfDocumentAsync("my"));
        Assert.Equal(("MYS", "111", "SGP"), (reproof.Source.Code, reproof.Cameo, reproof.Target?.Code));
    }

    [Fact]
    public void A_feed_item_whose_page_cannot_be_fetched_is_stored_from_its_summary_with_a_warning()
    {
        var feed = Path.Combine(_folder, "news.rss");
        File.WriteAllText(feed, """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>t</title><link>http://127.0.0.1:9/</link>
            <item><title>Russia and Kazakhstan sign a gas deal</title><link>http://127.0.0.1:9/gas</link>
            <description>Russia signed a gas agreement with Kazakhstan on Monday.</description></item>
            </channel></rss>
            """);

        var result = Run("ingest", feed, "--db", Db, "--data", TestPaths.Data, "--published", "2024-03-13");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("ingest: 1 added", result.Output);
        Assert.Contains("warning: " + feed + " → http://127.0.0.1:9/gas (page not read: ", result.Error);
    }

    [Fact]
    public void Ingest_fetches_no_private_address_unless_asked()
    {
        var guarded = Run("ingest", "http://127.0.0.1:9/news", "--db", Db, "--data", TestPaths.Data);
        var allowed = Run("ingest", "http://127.0.0.1:9/news", "--db", Db, "--data", TestPaths.Data, "--allow-private-addresses");

        Assert.Equal(2, guarded.ExitCode);
        Assert.Contains("http://127.0.0.1:9/news: 127.0.0.1 is a loopback, private or link-local address", guarded.Error);
        Assert.Equal(2, allowed.ExitCode);
        Assert.DoesNotContain("private or link-local", allowed.Error);
        Assert.Contains("http://127.0.0.1:9/news", allowed.Error);
    }

    [Fact]
    public async Task Two_different_articles_with_one_id_in_one_run_are_not_silently_merged_the_second_is_refused_by_name()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "a"));
        Directory.CreateDirectory(Path.Combine(_folder, "b"));
        File.WriteAllText(Path.Combine(_folder, "a", "x.txt"), Tests.Articles.JapanChinaEn);
        File.WriteAllText(Path.Combine(_folder, "b", "x.txt"), Tests.Articles.RussiaKazakhstanEn);

        var result = Run("ingest", Path.Combine(_folder, "a"), Path.Combine(_folder, "b"), "--db", Db, "--data", TestPaths.Data,
            "--published", "2024-03-13");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: WRT0207: {Path.Combine(_folder, "b", "x.txt")}: the id 'x' is already the id of another document of this run " +
                        $"({Path.Combine(_folder, "a", "x.txt")})", result.Error);
        Assert.StartsWith("ingest: 1 added, 0 replaced, 0 skipped (stored already), 1 failed", result.Output);
        await using var store = DuckDbEventStore.Open(Db);
        Assert.Equal(Tests.Articles.JapanChinaEn, (await store.GetDocumentAsync("x"))!.Text);
    }

    [Fact]
    public void One_file_named_twice_is_stored_once_and_is_no_error()
    {
        var file = Path.Combine(_folder, "jp.txt");
        File.WriteAllText(file, Tests.Articles.JapanChinaEn);

        var result = Run("ingest", file, file, "--db", Db, "--data", TestPaths.Data, "--published", "2024-03-13");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("ingest: 1 added, 0 replaced, 1 skipped (stored already), 0 failed", result.Output);
    }

    [Fact]
    public void Recode_of_a_missing_store_is_exit_code_3_and_creates_no_store()
    {
        var missing = Path.Combine(_folder, "mistyped.duckdb");

        var result = Run("recode", "--db", missing, "--data", TestPaths.Data);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no such store", result.Error);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Serve_with_a_store_that_cannot_be_opened_says_why_and_exits_3_without_a_stack_trace()
    {
        var broken = Path.Combine(_folder, "broken.duckdb");
        File.WriteAllText(broken, "this is no DuckDB file");

        var result = Run("serve", "--db", broken, "--data", TestPaths.Data, "--urls", "http://127.0.0.1:0");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("error: WRT0401: " + broken, result.Error);
    }

    [Fact]
    public async Task A_document_source_plugged_into_ingest_brings_its_outlets_to_the_store()
    {
        DocumentSource feed = (paths, defaults, _) => paths.Select((path, i) => InputDocument.Ok(path, new NewsDocument(
            $"feed-{i}", i == 0 ? Tests.Articles.RussiaKazakhstanId : Tests.Articles.RussiaKazakhstanEn, defaults.Published,
            Url: $"https://{path}/article", Source: path)));
        var output = new StringWriter();
        var io = new CliIo(output, new StringWriter(), () => Stream.Null);
        var root = new RootCommand { IngestCommand.Create(io, feed) };

        int code = root.Parse(["ingest", "kompas.com", "reuters.com", "--db", Db, "--data", TestPaths.Data, "--published", "2024-03-13"]).Invoke();

        Assert.Equal(0, code);
        Assert.StartsWith("ingest: 2 added", output.ToString());
        await using var store = DuckDbEventStore.Open(Db);
        var page = await store.QueryEventsAsync(new EventQuery(new EventFilter { Source = "RUS", Target = "KAZ", Outlet = "reuters.com" }));
        var item = Assert.Single(page.Items);
        Assert.Equal(("https://reuters.com/article", 2, 2), (item.DocumentUrl, item.NumArticles, item.NumSources));
    }
}
