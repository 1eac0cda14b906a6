using Warta.Data;
using Warta.Languages;
using Warta.Text;

namespace Warta;

/// <summary>
/// The library's front door for the language layer: load once, analyse many documents, from many threads.
/// <code>
/// var analyzer = TextAnalyzer.Load();
/// var doc = analyzer.Analyze("Rusia mengusir diplomat Kazakhstan.");
/// foreach (var token in doc.Sentences.First().Tokens) Console.WriteLine($"{token.Form} {token.Pos} {token.Morph?.Lemma}");
/// </code>
/// </summary>
public sealed class TextAnalyzer
{
    private readonly Pipelines.Pipeline _pipeline;

    private TextAnalyzer(LanguagePackSet packs, LanguageIdentifier identifier, int maxSentenceChars, bool parse)
    {
        Packs = packs;
        Identifier = identifier;
        Parses = parse;
        _pipeline = Pipelines.PipelineRegistry.Analysis(packs, identifier, maxSentenceChars, parse);
    }

    /// <summary>True when the analysis ends with the dependency parser (every token gets a head and relation).</summary>
    public bool Parses { get; }

    public LanguagePackSet Packs { get; }
    public LanguageIdentifier Identifier { get; }
    public Pipelines.Pipeline Pipeline => _pipeline;

    /// <summary>Opens the data folder (default: next to the executable) and prepares the pipeline; packs load on first use.</summary>
    /// <param name="maxSentenceChars">Sentences longer than this are cut into pieces (<see cref="Document.LongSentencesSplit"/>).</param>
    /// <param name="parse">Parse every sentence (dependency heads and relations); the parser model loads on first use.</param>
    public static TextAnalyzer Load(string? dataPath = null, int maxSentenceChars = Input.InputLimits.DefaultMaxSentenceChars, bool parse = true)
    {
        var data = DataDirectory.Open(dataPath);
        return new TextAnalyzer(new LanguagePackSet(data, preloadParsers: parse), LanguageIdentifier.Load(data), maxSentenceChars, parse);
    }

    public Document Analyze(string text, string id = "doc", Language? language = null, DateOnly? published = null,
        CancellationToken cancellationToken = default) =>
        _pipeline.Run(new Document(id, text, published, language), cancellationToken);
}
