using Warta.Coding;
using Warta.Errors;
using Warta.Input;

namespace Warta.Ingest;

/// <summary>
/// Reads everything <c>warta ingest</c> accepts, lazily, one document at a time: .txt and .jsonl files and "-" (stdin)
/// as <see cref="DocumentReader"/> does; .html/.htm pages through <see cref="HtmlArticleExtractor"/>; feeds (.rss,
/// .atom, an .xml whose root is a feed) item by item, fetching each item's page; http(s) addresses, fetched and read
/// as a page or a feed; directories recursively, in ordinal path order. A bad input never throws: it is yielded as a
/// failed <see cref="InputDocument"/> naming it and the reason, and the rest go on. A feed item whose page could not be
/// read is stored from the feed's own title and summary, and <paramref name="warn"/> is told, so the user knows what
/// was stored in place of the article (it is called on the thread that enumerates). <paramref name="limits"/> bound
/// every document, page and feed (WRT0228–0230); an assumed encoding is a warning on the document.
/// </summary>
public sealed class IngestReader(InputDefaults defaults, Func<Stream> openStdin, PageFetcher fetcher,
    HtmlArticleExtractor? extractor = null, Action<string>? warn = null, InputLimits? limits = null)
{
    private readonly InputLimits limits = limits ?? InputLimits.Default;

    private static readonly string[] HtmlExtensions = [".html", ".htm"];
    private static readonly string[] FeedExtensions = [".rss", ".atom"];
    private static readonly string[] PlainExtensions = [".txt", ".jsonl"];

    private readonly DocumentReader plainReader = new(defaults, openStdin, limits);
    private readonly HtmlArticleExtractor extractor = extractor ?? new HtmlArticleExtractor(limits ?? InputLimits.Default);

    public IEnumerable<InputDocument> Read(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
            foreach (var document in Read(input))
                yield return document;
    }

    public IEnumerable<InputDocument> Read(string input)
    {
        if (input == DocumentReader.StdinName) return plainReader.Read(input);
        if (PageFetcher.IsWebAddress(input, out var url)) return ReadWebAddress(url);
        if (Directory.Exists(input)) return ReadDirectory(input);
        return ReadFile(input, explicitlyNamed: true);
    }

    private IEnumerable<InputDocument> ReadDirectory(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsIngestFile)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
            foreach (var document in ReadFile(file, explicitlyNamed: false))
                yield return document;
    }

    private static bool IsIngestFile(string path) =>
        HasExtension(path, HtmlExtensions) || HasExtension(path, FeedExtensions) || HasExtension(path, PlainExtensions)
        || HasExtension(path, [".xml"]);

    private static bool HasExtension(string path, string[] extensions) =>
        extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private IEnumerable<InputDocument> ReadFile(string path, bool explicitlyNamed)
    {
        if (HasExtension(path, HtmlExtensions)) return [ReadHtmlFile(path)];
        if (HasExtension(path, FeedExtensions)) return ReadFeedFile(path, mustBeFeed: true);
        if (HasExtension(path, [".xml"])) return ReadFeedFile(path, mustBeFeed: explicitlyNamed);
        return plainReader.Read(path);
    }

    private InputDocument ReadHtmlFile(string path)
    {
        try
        {
            var html = WebText.ReadFile(path, limits);
            return InputDocument.Ok(path, ExtractPage(html.Text, null, Path.GetFileNameWithoutExtension(path), path))
                .WithWarning(html.Warning);
        }
        catch (WartaException e)
        {
            return InputDocument.Failed(path, e);
        }
    }

    /// <param name="mustBeFeed">False for an .xml met in a directory: one that is no feed is passed over, not an error.</param>
    private IEnumerable<InputDocument> ReadFeedFile(string path, bool mustBeFeed)
    {
        string xml;
        try { xml = WebText.ReadFile(path, limits).Text; }
        catch (WartaException e) { return [InputDocument.Failed(path, e)]; }
        if (!mustBeFeed && !FeedParser.LooksLikeFeed(xml)) return [];
        return ReadFeed(xml, null, path, Path.GetFileNameWithoutExtension(path));
    }

    private IEnumerable<InputDocument> ReadWebAddress(Uri url)
    {
        FetchedPage page;
        try { page = fetcher.Fetch(url); }
        catch (WartaException e) { return [InputDocument.Failed(url.AbsoluteUri, e)]; }

        var origin = url.AbsoluteUri;
        // Some servers send feeds as text/html or text/plain: the root element decides.
        if (page.IsFeedType || FeedParser.LooksLikeFeed(page.Text))
            return ReadFeed(page.Text, page.FinalUrl, origin, page.FinalUrl.AbsoluteUri);
        if (page.IsXml)
            return [InputDocument.Failed(origin, new WartaException(ErrorCodes.FeedInvalid,
                $"{origin}: the XML it serves is not an RSS or Atom feed"))];
        return [ReadFetchedPage(page, origin)];
    }

    private InputDocument ReadFetchedPage(FetchedPage page, string origin)
    {
        try
        {
            if (!page.IsHtml)
            {
                if (string.IsNullOrWhiteSpace(page.Text)) throw new WartaException(ErrorCodes.InputEmpty, $"{origin}: the page is empty");
                limits.CheckDocument(page.Text, origin);
                return InputDocument.Ok(origin, new NewsDocument(page.FinalUrl.AbsoluteUri, page.Text, defaults.Published,
                    defaults.Language, Url: page.FinalUrl.AbsoluteUri, Source: page.FinalUrl.Host)).WithWarning(page.EncodingWarning);
            }
            return InputDocument.Ok(origin, ExtractPage(page.Text, page.FinalUrl, page.FinalUrl.AbsoluteUri, origin))
                .WithWarning(page.EncodingWarning);
        }
        catch (WartaException e)
        {
            return InputDocument.Failed(origin, e);
        }
    }

    private IEnumerable<InputDocument> ReadFeed(string xml, Uri? feedUrl, string origin, string idStem)
    {
        IReadOnlyList<FeedItem> items;
        try { items = FeedParser.Parse(xml, feedUrl, origin); }
        catch (WartaException e) { return [InputDocument.Failed(origin, e)]; }
        return items.Select((item, index) => ReadFeedItem(item, origin, $"{idStem}#{index + 1}"));
    }

    private InputDocument ReadFeedItem(FeedItem item, string feedOrigin, string fallbackId)
    {
        if (item.Link is null || !PageFetcher.IsWebAddress(item.Link))
            return FromFeedText(item, $"{feedOrigin} item {fallbackId} (no web page linked; read from the feed's title and summary)", fallbackId);

        var origin = $"{feedOrigin} → {item.Link.AbsoluteUri}";
        try
        {
            var page = fetcher.Fetch(item.Link);
            if (!page.IsHtml)
                throw new WartaException(ErrorCodes.FetchContentTypeUnsupported, $"{item.Link}: {page.MediaType} is no article page");
            // The page's own date wins, then the feed's, then the caller's.
            var itemDefaults = defaults with { Published = item.Published ?? defaults.Published };
            var document = ExtractPage(page.Text, page.FinalUrl, page.FinalUrl.AbsoluteUri, origin, itemDefaults);
            return InputDocument.Ok(origin, document with { Title = document.Title ?? item.Title }).WithWarning(page.EncodingWarning);
        }
        catch (WartaException e)
        {
            var note = $"{origin} (page not read: {e.Message}; read from the feed's title and summary)";
            warn?.Invoke(note);
            return FromFeedText(item, note, item.Link.AbsoluteUri);
        }
    }

    private InputDocument FromFeedText(FeedItem item, string origin, string id)
    {
        var text = string.Join("\n\n", new[] { item.Title, item.Summary }.Where(t => !string.IsNullOrWhiteSpace(t)));
        if (text.Length == 0)
            return InputDocument.Failed(origin, new WartaException(ErrorCodes.FeedInvalid,
                $"{origin}: the feed item has neither a title nor a summary to read"));
        return InputDocument.Ok(origin, new NewsDocument(id, text, item.Published ?? defaults.Published, defaults.Language,
            item.Title, item.Link?.AbsoluteUri, item.Link?.Host));
    }

    private NewsDocument ExtractPage(string html, Uri? pageUrl, string fallbackId, string where,
        InputDefaults? pageDefaults = null)
    {
        try
        {
            var document = extractor.Extract(html, pageUrl, fallbackId, where, pageDefaults ?? defaults);
            limits.CheckDocument(document.Text, where);
            return document;
        }
        catch (Exception e) when (e is not WartaException and not OutOfMemoryException)
        {
            // The HTML parser and Readability are third-party code; a page that trips them costs that page only.
            throw new WartaException(ErrorCodes.PageHasNoArticle, $"{where}: the page could not be read ({e.Message})", e);
        }
    }
}
