using Warta.Morphology;
using Warta.Segmentation;
using Warta.Tagging;
using Warta.Tokenization;

namespace Warta.Languages;

/// <summary>Everything one language needs, loaded once from the data folder and read-only afterwards.</summary>
public sealed class LanguagePack
{
    public required Language Language { get; init; }
    public required Segmenter Segmenter { get; init; }
    public required Tokenizer Tokenizer { get; init; }
    public required IMorphologicalAnalyzer Morphology { get; init; }
    public required PerceptronTagger Tagger { get; init; }
    /// <summary>The dependency parser, read from its model file on first use (a run that never parses never loads it).</summary>
    public required Lazy<Parsing.DependencyParser> LazyParser { get; init; }
    public Parsing.DependencyParser Parser => LazyParser.Value;
}
