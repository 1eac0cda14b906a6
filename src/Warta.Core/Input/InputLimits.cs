using System.Globalization;
using System.Text;
using Warta.Errors;

namespace Warta.Input;

/// <summary>
/// How big an input may be before it is refused (or, for a sentence, split), so one bad input cannot exhaust memory
/// or time and costs only itself. Every limit has a CLI option of the same name (docs/input.md).
/// </summary>
/// <param name="MaxDocumentBytes">The text of one document, in UTF-8 bytes (<c>--max-document-bytes</c>, default 2 MiB).</param>
/// <param name="MaxSentenceChars">One sentence, in characters; a longer one is split at a safe boundary with a warning
/// (<c>--max-sentence-chars</c>, default 2,000: about 300 words, ten times a long news sentence).</param>
/// <param name="MaxHtmlBytes">One HTML page or feed, file or fetched, in bytes (<c>--max-html-bytes</c>, default 10 MiB).</param>
/// <param name="MaxHtmlDepth">Element nesting of one HTML page (<c>--max-html-depth</c>, default 512).</param>
/// <param name="MaxHtmlTags">Start and end tags of one HTML page (<c>--max-html-tags</c>, default 25,000: a heavy news
/// page has a few thousand; HTML parsers slow down far more than linearly on pages of hundreds of thousands).</param>
public sealed record InputLimits(
    long MaxDocumentBytes = InputLimits.DefaultMaxDocumentBytes,
    int MaxSentenceChars = InputLimits.DefaultMaxSentenceChars,
    long MaxHtmlBytes = InputLimits.DefaultMaxHtmlBytes,
    int MaxHtmlDepth = InputLimits.DefaultMaxHtmlDepth,
    int MaxHtmlTags = InputLimits.DefaultMaxHtmlTags)
{
    public const long DefaultMaxDocumentBytes = 2L * 1024 * 1024;
    public const int DefaultMaxSentenceChars = 2000;
    public const long DefaultMaxHtmlBytes = 10L * 1024 * 1024;
    public const int DefaultMaxHtmlDepth = 512;
    public const int DefaultMaxHtmlTags = 25_000;

    public const string MaxDocumentBytesOption = "--max-document-bytes";
    public const string MaxSentenceCharsOption = "--max-sentence-chars";
    public const string MaxHtmlBytesOption = "--max-html-bytes";
    public const string MaxHtmlDepthOption = "--max-html-depth";
    public const string MaxHtmlTagsOption = "--max-html-tags";

    public const string AllowPrivateAddressesOption = "--allow-private-addresses";

    public static InputLimits Default { get; } = new();

    /// <summary>
    /// Whether <c>ingest</c> may fetch loopback, private and link-local addresses (<c>--allow-private-addresses</c>);
    /// off by default, so a hostile feed cannot point the fetcher at a service inside the user's network.
    /// </summary>
    public bool FetchPrivateAddresses { get; init; }

    /// <summary>
    /// The most bytes a text file may have before decoding can tell its text is over <see cref="MaxDocumentBytes"/>:
    /// UTF-32 takes four bytes for each ASCII character that UTF-8 writes in one (UTF-16 two).
    /// </summary>
    public long MaxDocumentFileBytes => MaxDocumentBytes > long.MaxValue / 4 ? long.MaxValue : MaxDocumentBytes * 4 + 4;

    /// <summary>Throws WRT0228 naming <paramref name="where"/> when <paramref name="text"/> is over <see cref="MaxDocumentBytes"/>.</summary>
    public void CheckDocument(string text, string where)
    {
        // A character is at most 3 UTF-8 bytes, so short texts need no count.
        if ((long)text.Length * 3 <= MaxDocumentBytes) return;
        long bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > MaxDocumentBytes) throw DocumentTooLarge(where, bytes, "of text");
    }

    public WartaException DocumentTooLarge(string where, long bytes, string what) =>
        new(ErrorCodes.DocumentTooLarge,
            $"{where}: {Size(bytes)} {what}, over the limit of {Size(MaxDocumentBytes)} a document may have; " +
            $"split it, or raise the limit with {MaxDocumentBytesOption}");

    /// <summary>A byte count for a message: "3.0 MB (3,145,728 bytes)".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB ({bytes:N0} bytes)")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
