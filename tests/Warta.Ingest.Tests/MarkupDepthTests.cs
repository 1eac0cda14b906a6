using Warta.Errors;
using Warta.Input;

namespace Warta.Ingest.Tests;

public sealed class MarkupDepthTests
{
    private const string Article =
        "<p>Menteri Luar Negeri Indonesia bertemu mitranya dari Malaysia di Kuala Lumpur pada Selasa untuk membahas " +
        "batas laut kedua negara dan kerja sama penjagaan perairan.</p>";

    [Theory]
    [InlineData("div", true)]
    [InlineData("math", false)]
    [InlineData("select", false)]
    public void Extractor_refuses_a_page_nested_thousands_deep_instead_of_overflowing_the_stack(string tag, bool closed)
    {
        var open = string.Concat(Enumerable.Repeat($"<{tag}>", 5_000));
        var close = closed ? string.Concat(Enumerable.Repeat($"</{tag}>", 5_000)) : "";
        var page = $"<html><body>{open}{Article}{close}</body></html>";

        var error = Assert.Throws<WartaException>(() => new HtmlArticleExtractor().Extract(page, null, "deep", "deep.html", new InputDefaults()));
        Assert.Equal(ErrorCodes.HtmlTooDeep, error.Code);
        Assert.Contains("nested more than 512 deep", error.Message);
    }

    [Fact]
    public void Extractor_reads_an_article_a_hundred_elements_deep()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100)) + Article + string.Concat(Enumerable.Repeat("</div>", 100)) + "</body></html>";

        var document = new HtmlArticleExtractor().Extract(page, null, "deep", "deep.html", new InputDefaults());
        Assert.StartsWith("Menteri Luar Negeri Indonesia", document.Text);
    }

    [Fact]
    public void Extractor_refuses_a_page_with_tens_of_thousands_of_stray_end_tags()
    {
        var page = $"<html><body>{Article}{string.Concat(Enumerable.Repeat("</a>", 12_000))}</body></html>";

        var error = Assert.Throws<WartaException>(() => new HtmlArticleExtractor().Extract(page, null, "stray", "stray.html", new InputDefaults()));
        Assert.Equal(ErrorCodes.PageHasNoArticle, error.Code);
        Assert.Contains("close nothing", error.Message);
    }

    [Theory]
    [InlineData("<div></div></div></span></p></li>", 2)]
    [InlineData("<div><span></span></div>", 0)]
    public void Depth_estimate_counts_end_tags_that_close_nothing(string html, int expected)
    {
        Assert.Equal(expected, MarkupDepth.Estimate(html).StrayEndTags);
    }

    [Theory]
    [InlineData("<div><div><div></div></div></div>", 3)]
    [InlineData("<p>a<p>b<p>c<li>d<br><img src=x>", 0)]
    [InlineData("<div><!-- <div><div> --></div>", 1)]
    [InlineData("<script>if (a<b) document.write('<div><div>')</script><div></div>", 1)]
    [InlineData("<div/><div/><span></span>", 1)]
    public void Depth_estimate_counts_only_elements_that_nest(string html, int expected)
    {
        Assert.Equal(expected, MarkupDepth.Estimate(html).Depth);
    }

    [Theory]
    [InlineData("</p>")]
    [InlineData("<iframe>")]
    [InlineData("<")]
    public void Extractor_refuses_a_page_with_more_tags_than_the_limit_before_parsing_it(string tag)
    {
        var page = $"<html><head><title>t{string.Concat(Enumerable.Repeat(tag, 30_000))}</title></head><body>{Article}</body></html>";

        var error = Assert.Throws<WartaException>(() => new HtmlArticleExtractor().Extract(page, null, "tags", "tags.html", new InputDefaults()));

        Assert.Equal(ErrorCodes.HtmlTooManyTags, error.Code);
        Assert.Contains("tags.html: the page has more than 25,000 tags", error.Message);
        Assert.Contains("--max-html-tags", error.Message);
    }

    [Fact]
    public void The_tag_limit_is_configurable()
    {
        var page = $"<html><body>{string.Concat(Enumerable.Repeat("<span>x</span>", 300))}{Article}</body></html>";

        var strict = new HtmlArticleExtractor(InputLimits.Default with { MaxHtmlTags = 500 });
        Assert.Equal(ErrorCodes.HtmlTooManyTags,
            Assert.Throws<WartaException>(() => strict.Extract(page, null, "tags", "tags.html", new InputDefaults())).Code);
        Assert.Contains("Menteri Luar Negeri Indonesia", new HtmlArticleExtractor().Extract(page, null, "tags", "tags.html", new InputDefaults()).Text);
    }
}
