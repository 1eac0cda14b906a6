using System.Net;
using Warta.Errors;

namespace Warta.Ingest;

/// <summary>How much a fetch may take: the time for the whole response, its size, and the redirects followed.</summary>
public sealed record FetchLimits(TimeSpan Timeout, long MaxBytes, int MaxRedirects)
{
    /// <summary>20 seconds, 5 MiB, 5 redirects: a news page is far smaller, and a slow server should not hold a batch.</summary>
    public static FetchLimits Default { get; } = new(TimeSpan.FromSeconds(20), 5L * 1024 * 1024, 5);

    /// <summary>
    /// Whether loopback, private and link-local addresses may be fetched (<c>--allow-private-addresses</c>); off by
    /// default, see <see cref="PublicAddresses"/>.
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }
}

/// <summary>A fetched page: where it was asked for, where it ended up after redirects, its media type and its text.</summary>
public sealed record FetchedPage(Uri RequestedUrl, Uri FinalUrl, string MediaType, string Text)
{
    /// <summary>Set when the page named no charset and its encoding was judged from its bytes.</summary>
    public string? EncodingWarning { get; init; }

    public bool IsHtml => MediaType is "text/html" or "application/xhtml+xml";

    /// <summary>True for the media types only feeds use; generic XML needs a look at its root element.</summary>
    public bool IsFeedType => MediaType is "application/rss+xml" or "application/atom+xml" or "application/rdf+xml";

    public bool IsXml => IsFeedType || MediaType is "application/xml" or "text/xml";
}

/// <summary>
/// Fetches news pages and feeds over HTTP(S) within <see cref="FetchLimits"/>. Every failure is a WartaException
/// naming the address and the reason (WRT0221 network or status, WRT0222 timeout, WRT0223 too large, WRT0224 a
/// content type we cannot read). Safe to share between threads.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private static readonly HashSet<string> ReadableMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml",
        "application/xml", "text/xml", "text/plain",
    };

    private readonly HttpClient client;
    private readonly FetchLimits limits;

    /// <param name="limits">Null for <see cref="FetchLimits.Default"/>.</param>
    /// <param name="handler">The HTTP handler to send through (tests pass their own); null for a redirect-following one.</param>
    public PageFetcher(FetchLimits? limits = null, HttpMessageHandler? handler = null)
    {
        this.limits = limits ?? FetchLimits.Default;
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = Math.Max(1, this.limits.MaxRedirects),
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = this.limits.AllowPrivateAddresses ? null : PublicAddresses.ConnectAsync,
        };
        // Our own token bounds the whole exchange, body included, which HttpClient.Timeout does not.
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Warta/1.0 (news event coder)");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.5");
    }

    public FetchLimits Limits => limits;

    /// <summary>True for the addresses we fetch: absolute http and https.</summary>
    public static bool IsWebAddress(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && IsWebAddress(url);

    public static bool IsWebAddress(Uri url) => url.IsAbsoluteUri && url.Scheme is "http" or "https";

    /// <summary>Fetches <paramref name="url"/> and decodes it by the charset the server or the page names (UTF-8 by default).</summary>
    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        if (!IsWebAddress(url)) throw Failure(ErrorCodes.FetchFailed, url, "only http and https addresses can be fetched");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.Timeout);
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var finalUrl = response.RequestMessage?.RequestUri ?? url;
            CheckStatus(response, url);
            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "";
            if (mediaType.Length > 0 && !ReadableMediaTypes.Contains(mediaType))
                throw Failure(ErrorCodes.FetchContentTypeUnsupported, url,
                    $"the server sent {mediaType}, not an HTML page, a feed or text");
            if (response.Content.Headers.ContentLength > limits.MaxBytes)
                throw TooLarge(url, $"{response.Content.Headers.ContentLength} bytes announced");
            var bytes = await ReadCapped(response.Content, url, deadline.Token);
            var decoded = WebText.Decode(bytes, response.Content.Headers.ContentType?.CharSet?.Trim('"'), url.AbsoluteUri);
            var text = decoded.Text;
            if (mediaType.Length == 0) mediaType = SniffMediaType(text);
            return new FetchedPage(url, finalUrl, mediaType, text) { EncodingWarning = decoded.Warning };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure(ErrorCodes.FetchTimedOut, url, $"no complete answer within {limits.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw Failure(ErrorCodes.FetchFailed, url, e.InnerException?.Message ?? e.Message, e);
        }
    }

    /// <summary>The blocking form, for readers that hand documents on one at a time.</summary>
    public FetchedPage Fetch(Uri url, CancellationToken cancellationToken = default) =>
        FetchAsync(url, cancellationToken).GetAwaiter().GetResult();

    private void CheckStatus(HttpResponseMessage response, Uri url)
    {
        int status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
            throw Failure(ErrorCodes.FetchFailed, url, $"more than {limits.MaxRedirects} redirects (last: {status})");
        if (!response.IsSuccessStatusCode)
            throw Failure(ErrorCodes.FetchFailed, url, $"the server answered {status} {response.ReasonPhrase}".TrimEnd());
    }

    private async Task<byte[]> ReadCapped(HttpContent content, Uri url, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes) throw TooLarge(url, "the body kept coming");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private WartaException TooLarge(Uri url, string detail) =>
        Failure(ErrorCodes.FetchTooLarge, url, $"larger than the {limits.MaxBytes} byte cap ({detail}); raise it with {Input.InputLimits.MaxHtmlBytesOption}");

    private static string SniffMediaType(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)) return "application/xml";
        return start.StartsWith("<", StringComparison.Ordinal) ? "text/html" : "text/plain";
    }

    private static WartaException Failure(string code, Uri url, string reason, Exception? inner = null) =>
        new(code, $"{url}: {reason}", inner);

    public void Dispose() => client.Dispose();
}
