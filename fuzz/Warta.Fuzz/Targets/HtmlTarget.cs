using CsCheck;
using Warta.Errors;
using Warta.Fuzz.Inputs;
using Warta.Ingest;
using Warta.Input;

namespace Warta.Fuzz.Targets;

/// <summary>
/// HtmlArticleExtractor with its page metadata, with and without a page address: an article of at least the
/// minimum length with an id, or WRT0225 (no article), never another exception.
/// </summary>
public sealed class HtmlTarget : TextFuzzTarget
{
    private static readonly Uri PageUrl = new("https://news.example/2024/03/05/article.html");
    private readonly HtmlArticleExtractor _extractor = new();

    public override string Name => "html";

    public override string Description =>
        "HtmlArticleExtractor + PageMetadata: a document with an id and at least the minimum article text, or WRT0225; nothing else thrown";

    protected override Gen<string> TextInputs(FuzzCorpus corpus) => new HtmlPages(corpus);

    protected override void CheckText(string text)
    {
        foreach (var url in new[] { PageUrl, null })
        {
            try
            {
                var document = _extractor.Extract(text, url, "fuzz", "fuzz.html", new InputDefaults());
                if (string.IsNullOrEmpty(document.Id)) throw new PropertyViolation("the extracted document has no id");
                if (document.Text.Length < HtmlArticleExtractor.MinimumArticleChars)
                    throw new PropertyViolation($"the extracted article has {document.Text.Length} characters, under the minimum");
            }
            catch (Exception e) when (IsDocumentedInputError(e, ErrorCodes.PageHasNoArticle, ErrorCodes.HtmlTooDeep, ErrorCodes.HtmlTooManyTags))
            {
            }
        }
    }
}
