using System.Text;
using Warta.Errors;
using Warta.Input;
using Warta.Languages;

namespace Warta.Ingest.Tests;

public sealed class IngestReaderTests(LocalNewsServer server) : IClassFixture<LocalNewsServer>, IDisposable
{
    // Generous, so a cold start on a busy machine never times out; only the slow page uses the short one.
    private static readonly FetchLimits TestLimits = new(TimeSpan.FromSeconds(60), 100_000, 3) { AllowPrivateAddresses = true };
    private static readonly FetchLimits ImpatientLimits = TestLimits with { Timeout = TimeSpan.FromSeconds(1) };
    private static readonly InputDefaults Defaults = new(new DateOnly(2020, 1, 1));
    private readonly string folder = Directory.CreateTempSubdirectory("warta-ingest-").FullName;
    private readonly NoNetworkHandler offline = new();

    private IngestReader OfflineReader(string stdin = "") =>
        new(Defaults, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), new PageFetcher(TestLimits, offline));

    private IngestReader OnlineReader(FetchLimits? limits = null) =>
        new(Defaults, () => Stream.Null, new PageFetcher(limits ?? TestLimits));

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private string Copy(string fixture, string relativePath) => Write(relativePath, Fixtures.Read(fixture));

    [Fact]
    public void An_html_file_is_read_as_its_article()
    {
        var input = Assert.Single(OfflineReader().Read(Fixtures.PathOf("article-id.html")));

        Assert.Null(input.Error);
        Assert.Equal("https://warta-nusantara.example/internasional/2024/03/05/menlu-bertemu", input.Document!.Id);
        Assert.Equal(Language.Indonesian, input.Document.Language);
    }

    [Fact]
    public void A_feed_file_gives_one_document_per_item_from_its_text_when_pages_cannot_be_fetched()
    {
        var inputs = OfflineReader().Read(Fixtures.PathOf("berita.rss")).ToList();

        Assert.Equal(3, inputs.Count);
        Assert.All(inputs, i => Assert.Null(i.Error));
        var first = inputs[0].Document!;
        Assert.Equal("https://warta-nusantara.example/internasional/2024/03/05/perundingan-batas", first.Id);
        Assert.Equal("Indonesia dan Malaysia Sepakat Lanjutkan Perundingan Batas\n\nKedua menteri luar negeri sepakat mempercepat perundingan segmen perbatasan darat di Kalimantan.", first.Text);
        Assert.Equal(new DateOnly(2024, 3, 5), first.Published);
        Assert.Contains("page not read", inputs[0].Origin);
        Assert.Contains("the network is off in tests", inputs[0].Origin);
        Assert.Equal(3, offline.Requested.Count);
    }

    [Fact]
    public void Each_feed_item_read_from_its_summary_instead_of_its_page_is_warned_about()
    {
        var warnings = new List<string>();
        var reader = new IngestReader(Defaults, () => Stream.Null, new PageFetcher(TestLimits, offline), warn: warnings.Add);

        var inputs = reader.Read(Fixtures.PathOf("berita.rss")).ToList();

        Assert.Equal(inputs.Select(i => i.Origin), warnings);
        Assert.All(warnings, w => Assert.Contains("read from the feed's title and summary", w));
    }

    [Fact]
    public void A_feed_item_without_a_date_takes_the_default_date() =>
        Assert.Equal(Defaults.Published, OfflineReader().Read(Fixtures.PathOf("berita.rss")).ToList()[2].Document!.Published);

    [Fact]
    public void A_directory_is_read_recursively_in_path_order_with_every_kind_of_file()
    {
        Copy("article-en.html", "a/page.htm");
        Copy("world.atom", "b/world.atom");
        Write("c/plain.txt", "Presiden bertemu Perdana Menteri di Jakarta.");
        Write("c/docs.jsonl", "{\"id\":\"j1\",\"text\":\"Menteri bertemu.\"}\n");
        Copy("not-a-feed.xml", "d/catalog.xml");
        Write("d/notes.md", "not read");

        var ids = OfflineReader().Read(folder).Select(i => i.Document?.Id).ToList();

        Assert.Equal(
        [
            "https://herald.example/world/asia/border-talks-resume",
            "https://herald.example/world/asia/border-talks-resume", "https://herald.example/world/asia/fishing-arrests",
            "j1", "plain",
        ], ids);
    }

    [Fact]
    public void Bad_inputs_become_failed_documents_and_the_rest_still_come_through()
    {
        var good = Copy("article-en.html", "good.html");
        var index = Copy("index-page.html", "index.html");
        var broken = Copy("broken.rss", "broken.rss");
        var catalog = Copy("not-a-feed.xml", "catalog.xml");
        var missing = Path.Combine(folder, "missing.html");
        var binary = Path.Combine(folder, "binary.html");
        File.WriteAllBytes(binary, [0x3C, 0x00, 0x01, 0x02]);

        var inputs = OfflineReader().Read([missing, index, binary, broken, catalog, "ftp://example.invalid/x", good]).ToList();

        Assert.Equal(7, inputs.Count);
        Assert.Equal(ErrorCodes.InputNotFound, inputs[0].Error?.Code);
        Assert.Equal(ErrorCodes.PageHasNoArticle, inputs[1].Error?.Code);
        Assert.Equal(ErrorCodes.InputNotText, inputs[2].Error?.Code);
        Assert.Equal(ErrorCodes.FeedInvalid, inputs[3].Error?.Code);
        Assert.Equal(ErrorCodes.FeedInvalid, inputs[4].Error?.Code);
        Assert.Equal(ErrorCodes.InputNotFound, inputs[5].Error?.Code);
        Assert.Equal([missing, index, binary, broken, catalog], inputs.Take(5).Select(i => i.Origin));
        Assert.All(inputs.Take(5), i => Assert.Contains(i.Origin, i.Error!.Message));
        Assert.Equal("Ministers agree to resume border talks", inputs[6].Document?.Title);
    }

    [Fact]
    public void An_html_file_in_a_declared_legacy_charset_is_decoded_by_it()
    {
        var path = Path.Combine(folder, "latin.html");
        var body = string.Concat(Enumerable.Repeat("<p>Le ministre a rencontré son homologue au café du port pour parler de pêche.</p>", 3));
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes($"<html><head><meta charset=\"windows-1252\"></head><body><article>{body}</article></body></html>"));

        var input = Assert.Single(OfflineReader().Read(path));

        Assert.Contains("rencontré son homologue au café", input.Document?.Text);
    }

    [Fact]
    public void An_html_file_in_no_declared_charset_and_not_UTF8_is_read_as_a_legacy_charset_with_a_warning()
    {
        var path = Path.Combine(folder, "bad.html");
        var body = string.Concat(Enumerable.Repeat("<p>Le ministre a rencontré son homologue au café du port pour parler de pêche.</p>", 3));
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes($"<html><body><article>{body}</article></body></html>"));

        var input = Assert.Single(OfflineReader().Read(path));

        Assert.Contains("rencontré son homologue au café", input.Document?.Text);
        var warning = Assert.Single(input.Warnings);
        Assert.Contains(path, warning);
        Assert.Contains("Latin-1", warning);
    }

    [Fact]
    public void A_page_nested_10000_deep_is_refused_and_the_next_page_is_read()
    {
        var deep = Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "teks"
                                      + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>");
        var good = Fixtures.PathOf("article-id.html");

        var inputs = OfflineReader().Read([deep, good]).ToList();

        Assert.Equal(ErrorCodes.HtmlTooDeep, inputs[0].Error?.Code);
        Assert.Contains(deep, inputs[0].Error!.Message);
        Assert.Contains("more than 512 deep", inputs[0].Error!.Message);
        Assert.Null(inputs[1].Error);
    }

    [Fact]
    public void Html_and_feed_files_over_the_size_limit_are_refused_unread()
    {
        var page = Write("big.html", "<html><body><p>" + new string('a', 5000) + "</p></body></html>");
        var limits = new InputLimits(MaxHtmlBytes: 1000);
        var reader = new IngestReader(Defaults, () => Stream.Null, new PageFetcher(TestLimits, offline), limits: limits);

        var input = Assert.Single(reader.Read(page));

        Assert.Equal(ErrorCodes.HtmlTooLarge, input.Error?.Code);
        Assert.Contains("over the limit of 1,000 bytes", input.Error!.Message);
    }

    [Fact]
    public void An_empty_html_file_is_reported_as_empty()
    {
        var path = Path.Combine(folder, "empty.html");
        File.WriteAllBytes(path, []);

        var input = Assert.Single(OfflineReader().Read(path));

        Assert.Equal(ErrorCodes.InputEmpty, input.Error?.Code);
        Assert.Contains($"{path}: is empty", input.Error!.Message);
    }

    [Fact]
    public void Stdin_is_read_as_before()
    {
        var input = Assert.Single(OfflineReader("Menteri bertemu di Jakarta.").Read("-"));

        Assert.Equal("stdin", input.Document?.Id);
        Assert.Equal(Defaults.Published, input.Document?.Published);
    }

    [Fact]
    public void Inputs_are_read_lazily_one_at_a_time()
    {
        var reader = OfflineReader();

        using var documents = reader.Read([Fixtures.PathOf("berita.rss")]).GetEnumerator();
        Assert.True(documents.MoveNext());

        Assert.Single(offline.Requested);
    }

    [Fact]
    public void A_web_page_address_is_fetched_and_extracted()
    {
        var input = Assert.Single(OnlineReader().Read(server.At("old-address").AbsoluteUri));

        Assert.Null(input.Error);
        Assert.Equal("https://herald.example/world/asia/border-talks-resume", input.Document!.Id);
        Assert.Equal(4, input.Document.Text.Split("\n\n").Length);
    }

    [Fact]
    public void A_plain_text_address_is_one_article_under_its_address()
    {
        var input = Assert.Single(OnlineReader().Read(server.At("plain").AbsoluteUri));

        Assert.Equal(server.At("plain").AbsoluteUri, input.Document?.Id);
        Assert.Equal("Menteri bertemu di Jakarta.\n\nMereka membahas perdagangan.", input.Document?.Text);
    }

    [Theory]
    [InlineData("feed.rss")]
    [InlineData("feed-as-text-xml")]
    [InlineData("feed-as-html")]
    public void A_feed_address_is_expanded_into_its_fetched_pages_with_fallbacks_for_the_rest(string path)
    {
        var inputs = OnlineReader().Read(server.At(path).AbsoluteUri).ToList();

        Assert.Equal(4, inputs.Count);
        Assert.All(inputs, i => Assert.Null(i.Error));
        Assert.Equal("https://warta-nusantara.example/internasional/2024/03/05/menlu-bertemu", inputs[0].Document!.Id);
        Assert.Equal(new DateOnly(2024, 3, 5), inputs[0].Document!.Published);
        Assert.Equal("https://herald.example/world/asia/border-talks-resume", inputs[1].Document!.Id);
        Assert.Equal(new DateOnly(2023, 11, 21), inputs[1].Document!.Published);

        var missing = inputs[2];
        Assert.Contains("404", missing.Origin);
        Assert.Equal(server.At("missing").AbsoluteUri, missing.Document!.Id);
        Assert.Equal("Menteri bertemu nelayan di Natuna\n\nMenteri Kelautan bertemu nelayan di Natuna untuk membahas kapal asing.", missing.Document.Text);
        Assert.Equal(new DateOnly(2024, 3, 8), missing.Document.Published);

        Assert.Contains("application/pdf", inputs[3].Origin);
    }

    [Theory]
    [InlineData("missing", ErrorCodes.FetchFailed)]
    [InlineData("slow", ErrorCodes.FetchTimedOut)]
    [InlineData("large", ErrorCodes.FetchTooLarge)]
    [InlineData("report.pdf", ErrorCodes.FetchContentTypeUnsupported)]
    [InlineData("index", ErrorCodes.PageHasNoArticle)]
    [InlineData("catalog.xml", ErrorCodes.FeedInvalid)]
    public void A_bad_address_is_a_failed_document_naming_it(string path, string code)
    {
        var address = server.At(path).AbsoluteUri;

        var inputs = OnlineReader(path == "slow" ? ImpatientLimits : null).Read([address, Fixtures.PathOf("article-en.html")]).ToList();

        Assert.Equal(2, inputs.Count);
        Assert.Equal(code, inputs[0].Error?.Code);
        Assert.Equal(address, inputs[0].Origin);
        Assert.Contains(address, inputs[0].Error!.Message);
        Assert.NotNull(inputs[1].Document);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
