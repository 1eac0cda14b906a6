using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using Warta.Coding;
using Warta.Errors;
using Warta.Input;

namespace Warta.Ingest;

/// <summary>
/// Finds the article in a news page. SmartReader (a port of Mozilla's Readability) scores the page's blocks by
/// their text, commas and link density and keeps the best one with its siblings; <see cref="ArticleText"/> turns it
/// into paragraphs; <see cref="PageMetadata"/> reads title, date, language, address and outlet from the head.
/// A page with more tags than <see cref="InputLimits.MaxHtmlTags"/> (WRT0232) or nested deeper than
/// <see cref="InputLimits.MaxHtmlDepth"/> (WRT0230) is refused before anything parses or walks it.
/// Stateless and safe to share between threads.
/// </summary>
public sealed class HtmlArticleExtractor(InputLimits? limits = null)
{
    /// <summary>Below this many characters of text a page has no article (an index, a page built by JavaScript).</summary>
    public const int MinimumArticleChars = 80;

    // Readability's own default (500) drops short wire stories; a short news item is still news.
    private const int ReadabilityCharThreshold = 200;

    private readonly InputLimits _limits = limits ?? InputLimits.Default;

    private static readonly Uri PlaceholderPageUrl = new("http://localhost/");

    /// <summary>
    /// Extracts the article of <paramref name="html"/>. <paramref name="pageUrl"/> is where the page came from (an
    /// http(s) address, or null for a file); <paramref name="fallbackId"/> is the document id when the page names no
    /// canonical address. Throws WRT0225 naming <paramref name="where"/> when the page has no article text.
    /// </summary>
    public NewsDocument Extract(string html, Uri? pageUrl, string fallbackId, string where, InputDefaults defaults)
    {
        // Checked before parsing (the parser is quadratic in the depth and in stray end tags) and after (the parser's repairs can nest what the
        // markup did not); the walks below are recursive and would overflow the stack.
        var (depth, strayEndTags, tags) = MarkupDepth.Estimate(html);
        if (tags > _limits.MaxHtmlTags)
            throw new WartaException(ErrorCodes.HtmlTooManyTags,
                $"{where}: the page has more than {_limits.MaxHtmlTags:N0} tags (counting every '<'), far more than an article page; raise the limit with {InputLimits.MaxHtmlTagsOption}");
        if (depth > _limits.MaxHtmlDepth) throw TooDeep(where);
        if (strayEndTags > MarkupDepth.StrayEndTagLimit)
            throw new WartaException(ErrorCodes.PageHasNoArticle,
                $"{where}: the page has {strayEndTags} end tags that close nothing (over {MarkupDepth.StrayEndTagLimit}); it is broken or hostile");
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(html);
        if (HtmlDepth.Exceeds(page, _limits.MaxHtmlDepth)) throw TooDeep(where);
        var metadata = PageMetadata.Read(page, pageUrl);
        var text = MainText(page, pageUrl);
        if (text.Length < MinimumArticleChars)
            throw new WartaException(ErrorCodes.PageHasNoArticle,
                $"{where}: no article text found ({text.Length} characters of running text); the page may be an index, " +
                "built by JavaScript or behind a paywall");
        return new NewsDocument(
            Id: metadata.CanonicalUrl ?? fallbackId,
            Text: text,
            Published: metadata.Published ?? defaults.Published,
            Language: metadata.Language ?? defaults.Language,
            Title: metadata.Title,
            Url: metadata.CanonicalUrl ?? (pageUrl is { IsFile: false } ? pageUrl.AbsoluteUri : null),
            Source: metadata.SiteName ?? (pageUrl is { IsFile: false } ? pageUrl.Host : null));
    }

    private WartaException TooDeep(string where) =>
        new(ErrorCodes.HtmlTooDeep,
            $"{where}: its elements are nested more than {_limits.MaxHtmlDepth} deep, which no article needs; " +
            $"raise the limit with {InputLimits.MaxHtmlDepthOption}");

    private static string MainText(IHtmlDocument page, Uri? pageUrl)
    {
        // SmartReader changes the tree it reads, so it gets its own copy; the metadata was read from the original.
        using var copy = (IHtmlDocument)page.Clone(deep: true);
        // Its own metadata (title, meta tags, JSON-LD) is not used, and its title cleaning backtracks for minutes on a
        // long hostile title, so the copy goes without them.
        foreach (var element in copy.QuerySelectorAll("title, meta, script[type='application/ld+json']").ToList()) element.Remove();
        var reader = new Reader((pageUrl is { IsFile: false } ? pageUrl : PlaceholderPageUrl).AbsoluteUri, copy)
        {
            CharThreshold = ReadabilityCharThreshold,
        };
        var article = reader.GetArticle();
        if (!string.IsNullOrWhiteSpace(article.Content))
        {
            using var content = new HtmlParser().ParseDocument($"<body>{article.Content}</body>");
            var text = ArticleText.FromElement(content.Body!);
            if (text.Length >= MinimumArticleChars) return text;
        }
        // Readability gives up on a short page; its body less the page furniture is then the article.
        return page.Body is null ? "" : ArticleText.FromElement(page.Body);
    }
}
