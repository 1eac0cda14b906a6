using CsCheck;
using Warta.Errors;
using Warta.Fuzz.Inputs;
using Warta.Ingest;

namespace Warta.Fuzz.Targets;

/// <summary>
/// FeedParser: LooksLikeFeed never throws; Parse gives items or WRT0226, never another exception; no item's title
/// or summary is longer than the feed itself, so an entity was never expanded.
/// </summary>
public sealed class FeedTarget : TextFuzzTarget
{
    private static readonly Uri FeedUrl = new("https://news.example/feed.xml");

    public override string Name => "feed";

    public override string Description =>
        "FeedParser: LooksLikeFeed never throws; Parse gives items or WRT0226; no item text longer than the feed (entities never expanded)";

    protected override Gen<string> TextInputs(FuzzCorpus corpus) => new FeedDocuments(corpus);

    protected override void CheckText(string text)
    {
        FeedParser.LooksLikeFeed(text);
        foreach (var url in new[] { FeedUrl, null })
        {
            try
            {
                foreach (var item in FeedParser.Parse(text, url, "fuzz.xml"))
                {
                    if ((item.Title?.Length ?? 0) > text.Length || (item.Summary?.Length ?? 0) > text.Length)
                        throw new PropertyViolation("an item's text is longer than the whole feed: an entity was expanded");
                    if (item.Link is { IsAbsoluteUri: false })
                        throw new PropertyViolation($"item link '{item.Link}' is not absolute");
                }
            }
            catch (Exception e) when (IsDocumentedInputError(e, ErrorCodes.FeedInvalid))
            {
            }
        }
    }
}
