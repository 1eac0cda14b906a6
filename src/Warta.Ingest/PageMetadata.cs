using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Warta.Input;
using Warta.Languages;

namespace Warta.Ingest;

/// <summary>What a news page says about itself in its head: title, published date, language, address and outlet.</summary>
public sealed record PageMetadata(string? Title, DateOnly? Published, Language? Language, string? CanonicalUrl,
    string? SiteName)
{
    // Properties (Open Graph) and names (Dublin Core, news CMSs) that carry the publication time, most specific first.
    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
        "pubdate", "publishdate", "publish-date", "publication_date", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "content_publishdate",
    ];

    private static readonly string[] TitleMetaKeys = ["og:title", "twitter:title", "dc.title"];

    /// <summary>Reads the metadata of a parsed page; <paramref name="pageUrl"/> resolves a relative canonical link.</summary>
    public static PageMetadata Read(IHtmlDocument page, Uri? pageUrl)
    {
        var meta = MetaValues(page);
        var jsonLd = JsonLdArticle.Read(page);
        return new PageMetadata(
            Title: FirstText(TitleMetaKeys.Select(meta.GetValueOrDefault))
                ?? jsonLd.Headline ?? Text(page.Title) ?? Text(page.QuerySelector("h1")?.TextContent),
            Published: FirstDate(PublishedMetaKeys.Select(meta.GetValueOrDefault))
                ?? FirstDate([jsonLd.DatePublished]) ?? TimeElementDate(page),
            Language: ReadLanguage(page, meta),
            CanonicalUrl: ReadCanonicalUrl(page, meta, pageUrl),
            SiteName: FirstText([meta.GetValueOrDefault("og:site_name"), meta.GetValueOrDefault("application-name"),
                jsonLd.PublisherName]));
    }

    /// <summary>Maps a page's language tag to ours: id, in (the old code), id-ID → Indonesian; en-* → English; else null.</summary>
    public static Language? MapLanguageTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "id" or "in" or "ind" => Languages.Language.Indonesian,
            "en" or "eng" => Languages.Language.English,
            _ => null,
        };
    }

    /// <summary>
    /// The first date of a meta value, a JSON-LD field or a datetime attribute: ISO 8601 (its written date, never
    /// shifted to another zone), then the RFC 1123 and slash forms some CMSs write.
    /// </summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (PublishedDate.TryParse(text, out var date)) return date;
        if (text.Length >= 10 && PublishedDate.TryParse(text[..10].Replace('/', '-'), out date)) return date;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp))
            return DateOnly.FromDateTime(stamp.DateTime);
        return null;
    }

    /// <summary>Every meta tag's key (property, name, itemprop, lower case) with its content; the first of a key wins.</summary>
    private static Dictionary<string, string> MetaValues(IHtmlDocument page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var key = meta.GetAttribute(attribute)?.Trim().ToLowerInvariant();
                if (!string.IsNullOrEmpty(key)) values.TryAdd(key, content.Trim());
            }
        }
        return values;
    }

    private static Language? ReadLanguage(IHtmlDocument page, Dictionary<string, string> meta)
    {
        // The html element speaks for the page; og:locale and the older meta tags are fallbacks.
        var declared = Text(page.DocumentElement.GetAttribute("lang"))
            ?? Text(page.DocumentElement.GetAttribute("xml:lang"))
            ?? meta.GetValueOrDefault("og:locale") ?? meta.GetValueOrDefault("content-language")
            ?? meta.GetValueOrDefault("language");
        return MapLanguageTag(declared);
    }

    private static string? ReadCanonicalUrl(IHtmlDocument page, Dictionary<string, string> meta, Uri? pageUrl)
    {
        var href = Text(page.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")) ?? meta.GetValueOrDefault("og:url");
        if (href is null) return pageUrl is { IsFile: false } ? pageUrl.AbsoluteUri : null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.AbsoluteUri;
        if (pageUrl is { IsFile: false } && Uri.TryCreate(pageUrl, href, out var resolved)) return resolved.AbsoluteUri;
        return pageUrl is { IsFile: false } ? pageUrl.AbsoluteUri : null;
    }

    private static DateOnly? TimeElementDate(IHtmlDocument page)
    {
        // A <time> marked as the publication time first, then the first <time> of the article, then of the page.
        var time = page.QuerySelector("time[pubdate][datetime], time[itemprop='datePublished'][datetime]")
            ?? page.QuerySelector("article time[datetime]") ?? page.QuerySelector("time[datetime]");
        return ParseDate(time?.GetAttribute("datetime"));
    }

    private static DateOnly? FirstDate(IEnumerable<string?> values)
    {
        foreach (var value in values)
            if (ParseDate(value) is { } date) return date;
        return null;
    }

    private static string? FirstText(IEnumerable<string?> values) => values.Select(Text).FirstOrDefault(v => v is not null);

    private static string? Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>The fields of the first JSON-LD article object (NewsArticle, Article, ReportageNewsArticle…) on a page.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? PublisherName)
{
    private static readonly JsonLdArticle None = new(null, null, null);

    public static JsonLdArticle Read(IHtmlDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip,
                });
                if (FindArticle(json.RootElement) is { } article) return FromElement(article);
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
            {
                // A broken JSON-LD block is common on real pages; the meta tags still speak for the page. A lone
                // surrogate fails to transcode (ArgumentException) or, escaped, to decode (InvalidOperationException).
            }
        }
        return None;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (FindArticle(item) is { } found) return found;
                return null;
            case JsonValueKind.Object:
                if (IsArticleType(element) || element.TryGetProperty("datePublished", out _)) return element;
                return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null)
            : [type.ValueKind == JsonValueKind.String ? type.GetString() : null];
        return names.Any(n => n is not null && n.EndsWith("Article", StringComparison.Ordinal));
    }

    private static JsonLdArticle FromElement(JsonElement article) => new(
        StringField(article, "headline") ?? StringField(article, "name"),
        StringField(article, "datePublished") ?? StringField(article, "dateCreated"),
        article.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object
            ? StringField(publisher, "name") : null);

    private static string? StringField(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
