using Warta.Errors;
using Warta.Input;
using Warta.Languages;

namespace Warta.Ingest.Tests;

public sealed class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();
    private static readonly InputDefaults NoDefaults = new();

    [Fact]
    public void Extractor_keeps_every_paragraph_of_an_Indonesian_article_apart()
    {
        var document = Extractor.Extract(Fixtures.Read("article-id.html"), null, "article-id", "article-id.html", NoDefaults);

        var paragraphs = document.Text.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("KUALA LUMPUR, Warta — Menteri Luar Negeri Indonesia bertemu", paragraphs[0]);
        Assert.StartsWith("Dalam pertemuan tersebut", paragraphs[1]);
        Assert.StartsWith("\"Kami ingin masalah ini selesai", paragraphs[2]);
        Assert.EndsWith("di perairan kedua negara.", paragraphs[3]);
    }

    [Theory]
    [InlineData("Beranda")]
    [InlineData("Bagikan ke Facebook")]
    [InlineData("Baca juga")]
    [InlineData("Berita Terkait")]
    [InlineData("Harga Beras")]
    [InlineData("hak cipta")]
    [InlineData("Pedoman Media Siber")]
    [InlineData("dataLayer")]
    [InlineData("font-family")]
    public void Extractor_drops_the_boilerplate_of_an_Indonesian_page(string boilerplate)
    {
        var document = Extractor.Extract(Fixtures.Read("article-id.html"), null, "article-id", "article-id.html", NoDefaults);

        Assert.DoesNotContain(boilerplate, document.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extractor_reads_the_Indonesian_page_metadata()
    {
        var document = Extractor.Extract(Fixtures.Read("article-id.html"), null, "article-id", "article-id.html", NoDefaults);

        Assert.Equal("https://warta-nusantara.example/internasional/2024/03/05/menlu-bertemu", document.Id);
        Assert.Equal(document.Id, document.Url);
        Assert.Equal("Menlu RI Bertemu Menlu Malaysia Bahas Perbatasan", document.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), document.Published);
        Assert.Equal(Language.Indonesian, document.Language);
        Assert.Equal("Warta Nusantara", document.Source);
    }

    [Fact]
    public void Extractor_keeps_every_paragraph_of_an_English_article_and_drops_its_boilerplate()
    {
        var document = Extractor.Extract(Fixtures.Read("article-en.html"), null, "article-en", "article-en.html", NoDefaults);

        var paragraphs = document.Text.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("JAKARTA (Herald) - Indonesia and Australia agreed", paragraphs[0]);
        Assert.StartsWith("\"We want a line", paragraphs[3]);
        foreach (var boilerplate in (string[])["cookies", "Share on", "Advertisement", "Read more", "Most read", "Copyright", "Markets fall"])
            Assert.DoesNotContain(boilerplate, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extractor_reads_the_English_page_metadata_with_the_most_specific_date_first()
    {
        var document = Extractor.Extract(Fixtures.Read("article-en.html"), null, "article-en", "article-en.html", NoDefaults);

        Assert.Equal("https://herald.example/world/asia/border-talks-resume", document.Id);
        Assert.Equal("Ministers agree to resume border talks", document.Title);
        Assert.Equal(new DateOnly(2023, 11, 21), document.Published);
        Assert.Equal(Language.English, document.Language);
        Assert.Equal("The Example Herald", document.Source);
    }

    [Fact]
    public void A_page_without_metadata_takes_the_file_name_and_the_defaults()
    {
        var paragraph = "<p>Pemerintah mengumumkan kebijakan baru tentang impor beras pada hari Senin, dan para petani menyambutnya dengan hati-hati karena harga gabah sedang turun.</p>";
        var html = $"<html><body><div>{paragraph}{paragraph.Replace("Senin", "Selasa")}</div></body></html>";
        var defaults = new InputDefaults(new DateOnly(2022, 10, 6), Language.Indonesian);

        var document = Extractor.Extract(html, null, "plain", "plain.html", defaults);

        Assert.Equal("plain", document.Id);
        Assert.Null(document.Url);
        Assert.Equal(new DateOnly(2022, 10, 6), document.Published);
        Assert.Equal(Language.Indonesian, document.Language);
        Assert.Contains("hari Selasa", document.Text);
    }

    [Fact]
    public void A_page_with_no_article_is_an_error_naming_it()
    {
        var error = Assert.Throws<WartaException>(() =>
            Extractor.Extract(Fixtures.Read("index-page.html"), null, "index-page", "index-page.html", NoDefaults));

        Assert.Equal(ErrorCodes.PageHasNoArticle, error.Code);
        Assert.Contains("index-page.html", error.Message);
    }

    [Theory]
    [InlineData("id", Language.Indonesian)]
    [InlineData("in", Language.Indonesian)]
    [InlineData("id-ID", Language.Indonesian)]
    [InlineData("id_ID", Language.Indonesian)]
    [InlineData("en", Language.English)]
    [InlineData("en-US", Language.English)]
    [InlineData("en_GB", Language.English)]
    [InlineData("ms-MY", null)]
    [InlineData("", null)]
    public void Language_tags_map_to_our_languages(string tag, Language? expected) =>
        Assert.Equal(expected, PageMetadata.MapLanguageTag(tag));

    [Theory]
    [InlineData("2024-03-05", "2024-03-05")]
    [InlineData("2024-03-05T23:30:00-05:00", "2024-03-05")]
    [InlineData("2024/03/05 10:00:00", "2024-03-05")]
    [InlineData("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05")]
    public void Dates_in_meta_tags_keep_their_written_day(string value, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), PageMetadata.ParseDate(value));

    [Fact]
    public void A_time_element_dates_a_page_without_date_meta_tags()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Para menteri bertemu di Jakarta untuk membahas kerja sama perdagangan dan keamanan kawasan Asia Tenggara, kata pejabat.</p>", 3));
        var html = $"<html lang='in'><body><article><time datetime='2021-07-01T08:00'>1 Juli</time>{body}</article></body></html>";

        var document = Extractor.Extract(html, new Uri("https://news.example/a?x=1"), "a", "a", NoDefaults);

        Assert.Equal(new DateOnly(2021, 7, 1), document.Published);
        Assert.Equal(Language.Indonesian, document.Language);
        Assert.Equal("https://news.example/a?x=1", document.Id);
        Assert.Equal("news.example", document.Source);
    }
}
