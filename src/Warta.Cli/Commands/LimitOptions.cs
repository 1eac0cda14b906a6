using System.CommandLine;
using Warta.Input;

namespace Warta.Cli.Commands;

/// <summary>
/// The input limit options (<see cref="InputLimits"/>), declared once. A command adds the ones that apply to what it
/// reads and gets an <see cref="InputLimits"/> back, with the defaults for the options it does not take.
/// </summary>
internal sealed class LimitOptions
{
    private readonly Option<long>? _documentBytes;
    private readonly Option<int>? _sentenceChars;
    private readonly Option<long>? _htmlBytes;
    private readonly Option<int>? _htmlDepth;
    private readonly Option<int>? _htmlTags;
    private readonly Option<bool>? _allowPrivateAddresses;

    private LimitOptions(bool document, bool sentence, bool html)
    {
        if (document)
            _documentBytes = Positive<long>(InputLimits.MaxDocumentBytesOption, InputLimits.DefaultMaxDocumentBytes,
                "Largest document text, in UTF-8 bytes; a larger one is skipped with an error (WRT0228)");
        if (sentence)
            _sentenceChars = Positive<int>(InputLimits.MaxSentenceCharsOption, InputLimits.DefaultMaxSentenceChars,
                "Longest sentence, in characters; a longer one is cut at a comma or space, with a warning");
        if (html)
        {
            _htmlBytes = Positive<long>(InputLimits.MaxHtmlBytesOption, InputLimits.DefaultMaxHtmlBytes,
                "Largest HTML page or feed (file or fetched), in bytes (WRT0229, WRT0223)");
            _htmlDepth = Positive<int>(InputLimits.MaxHtmlDepthOption, InputLimits.DefaultMaxHtmlDepth,
                "Deepest element nesting of an HTML page (WRT0230)");
            _htmlTags = Positive<int>(InputLimits.MaxHtmlTagsOption, InputLimits.DefaultMaxHtmlTags,
                "Most tags in an HTML page, counting every '<' (WRT0232)");
            _allowPrivateAddresses = new Option<bool>(InputLimits.AllowPrivateAddressesOption)
            {
                Description = "Also fetch loopback, private and link-local addresses (refused by default, so a feed cannot reach into your network)",
            };
        }
    }

    /// <summary>For commands that read and code text: document size and sentence length.</summary>
    public static LimitOptions ForText() => new(document: true, sentence: true, html: false);

    /// <summary>For commands that also read HTML pages and feeds.</summary>
    public static LimitOptions ForTextAndHtml() => new(document: true, sentence: true, html: true);

    /// <summary>For commands that read documents but do not code them (enqueue).</summary>
    public static LimitOptions ForDocuments() => new(document: true, sentence: false, html: false);

    /// <summary>For commands that code documents they did not read (worker): sentence length only.</summary>
    public static LimitOptions ForSentences() => new(document: false, sentence: true, html: false);

    public void AddTo(Command command)
    {
        foreach (var option in new Option?[] { _documentBytes, _sentenceChars, _htmlBytes, _htmlDepth, _htmlTags, _allowPrivateAddresses })
            if (option is not null) command.Options.Add(option);
    }

    public InputLimits Read(ParseResult parse) => new(
        _documentBytes is null ? InputLimits.DefaultMaxDocumentBytes : parse.GetValue(_documentBytes),
        _sentenceChars is null ? InputLimits.DefaultMaxSentenceChars : parse.GetValue(_sentenceChars),
        _htmlBytes is null ? InputLimits.DefaultMaxHtmlBytes : parse.GetValue(_htmlBytes),
        _htmlDepth is null ? InputLimits.DefaultMaxHtmlDepth : parse.GetValue(_htmlDepth),
        _htmlTags is null ? InputLimits.DefaultMaxHtmlTags : parse.GetValue(_htmlTags))
    {
        FetchPrivateAddresses = _allowPrivateAddresses is not null && parse.GetValue(_allowPrivateAddresses),
    };

    private static Option<T> Positive<T>(string name, T fallback, string description) where T : struct, System.Numerics.INumber<T>
    {
        var option = new Option<T>(name) { Description = description, DefaultValueFactory = _ => fallback };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<T>() < T.One) r.AddError($"{name} must be 1 or more");
        });
        return option;
    }
}
