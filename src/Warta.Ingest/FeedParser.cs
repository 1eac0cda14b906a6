using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Warta.Errors;

namespace Warta.Ingest;

/// <summary>One entry of a feed: its headline, the address of its page, when it was published and its summary text.</summary>
public sealed record FeedItem(string? Title, Uri? Link, DateOnly? Published, string? Summary);

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 feeds with System.ServiceModel.Syndication (kept by the .NET team and released with
/// .NET; strict XML with DTDs ignored). Its date parsing is replaced by a lenient one: a feed whose pubDate is not
/// strict RFC 822 (common in the wild) still yields its items, with the date as written or none.
/// </summary>
public static class FeedParser
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    // RFC 822 as feeds really write it: with or without the weekday and seconds, numeric or named zones.
    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy",
    ];

    /// <summary>True when <paramref name="text"/> is XML whose root element is an RSS, RDF or Atom feed.</summary>
    public static bool LooksLikeFeed(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), ReaderSettings());
            if (reader.MoveToContent() != XmlNodeType.Element) return false;
            return reader.LocalName is "rss" or "RDF" || (reader.LocalName == "feed" && reader.NamespaceURI == AtomNamespace);
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>
    /// The items of a feed, in the feed's order. <paramref name="feedUrl"/> resolves relative links (null for a
    /// file); errors are WRT0226 naming <paramref name="where"/>.
    /// </summary>
    public static IReadOnlyList<FeedItem> Parse(string xml, Uri? feedUrl, string where)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), ReaderSettings());
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName == "feed"
                ? new Atom10FeedFormatter { DateTimeParser = TryParseFeedDate }
                : new Rss20FeedFormatter { DateTimeParser = TryParseFeedDate };
            if (!formatter.CanRead(reader))
                throw new WartaException(ErrorCodes.FeedInvalid,
                    $"{where}: the root element <{reader.LocalName}> is not an RSS 2.0 or Atom feed");
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException e)
        {
            throw new WartaException(ErrorCodes.FeedInvalid, $"{where}: not a well-formed feed ({e.Message})", e);
        }
        catch (NotSupportedException e)
        {
            // The formatter's word for an <rss> whose version attribute it does not know (or that is empty).
            throw new WartaException(ErrorCodes.FeedInvalid, $"{where}: not a supported feed ({e.Message})", e);
        }
        // A relative item link resolves against where the feed came from, else against the site the feed names.
        var baseUrl = feedUrl ?? feed.Links.Select(l => l.Uri).FirstOrDefault(u => u is { IsAbsoluteUri: true });
        return feed.Items.Select(item => ToFeedItem(item, baseUrl)).ToList();
    }

    private static FeedItem ToFeedItem(SyndicationItem item, Uri? baseUrl)
    {
        var summary = item.Summary?.Text ?? (item.Content as TextSyndicationContent)?.Text;
        return new FeedItem(
            Title: Clean(item.Title?.Text),
            Link: ItemLink(item, baseUrl),
            Published: DateOf(item.PublishDate) ?? DateOf(item.LastUpdatedTime),
            Summary: Clean(summary));
    }

    private static Uri? ItemLink(SyndicationItem item, Uri? baseUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        var candidate = link?.Uri;
        if (candidate is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var idUri)) candidate = idUri;
        if (candidate is null) return null;
        if (candidate.IsAbsoluteUri) return candidate;
        var baseUri = link?.BaseUri ?? item.BaseUri ?? baseUrl;
        return baseUri is not null && Uri.TryCreate(baseUri, candidate, out var resolved) ? resolved : null;
    }

    /// <summary>The calendar date as the feed wrote it; the formatter reports an unreadable date as MinValue.</summary>
    private static DateOnly? DateOf(DateTimeOffset stamp) =>
        stamp == DateTimeOffset.MinValue ? null : DateOnly.FromDateTime(stamp.DateTime);

    private static bool TryParseFeedDate(XmlDateTimeData data, out DateTimeOffset stamp)
    {
        var text = data.DateTimeString?.Trim() ?? "";
        text = ReplaceZoneName(text);
        if (DateTimeOffset.TryParseExact(text, Rfc822Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out stamp)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out stamp))
            return true;
        // An unreadable date costs the item its date, not the feed its items.
        stamp = DateTimeOffset.MinValue;
        return true;
    }

    /// <summary>RFC 822 zone names and "+0700" as the "+07:00" .NET parses.</summary>
    private static string ReplaceZoneName(string text)
    {
        int space = text.LastIndexOf(' ');
        if (space < 0) return text;
        var zone = text[(space + 1)..];
        var offset = zone.ToUpperInvariant() switch
        {
            "GMT" or "UT" or "UTC" or "Z" => "+00:00",
            "EST" => "-05:00", "EDT" => "-04:00", "CST" => "-06:00", "CDT" => "-05:00",
            "MST" => "-07:00", "MDT" => "-06:00", "PST" => "-08:00", "PDT" => "-07:00",
            "WIB" => "+07:00", "WITA" => "+08:00", "WIT" => "+09:00",
            _ when zone.Length == 5 && zone[0] is '+' or '-' && zone[1..].All(char.IsAsciiDigit) => $"{zone[..3]}:{zone[3..]}",
            _ => null,
        };
        return offset is null ? text : $"{text[..space]} {offset}";
    }

    /// <summary>Feed titles and summaries are often HTML; a reader wants their text.</summary>
    private static string? Clean(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        if (!html.Contains('<') && !html.Contains('&')) return html.Trim();
        using var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        // A summary nested absurdly deep is dropped rather than walked (see HtmlDepth).
        if (HtmlDepth.Exceeds(document, Input.InputLimits.DefaultMaxHtmlDepth)) return null;
        var text = ArticleText.FromElement(document.Body!);
        return text.Length == 0 ? null : text;
    }

    private static XmlReaderSettings ReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true,
    };
}
