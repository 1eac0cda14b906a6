using Warta.Data;
using Warta.Morphology;
using Warta.Morphology.English;
using Warta.Morphology.Indonesian;
using Warta.Segmentation;
using Warta.Tagging;
using Warta.Tokenization;

namespace Warta.Languages;

/// <summary>Loads the language packs. This is the only place that knows which classes make up each language.</summary>
public static class LanguagePacks
{
    /// <param name="preloadParser">Start reading the parser model on another thread now, instead of on first use.</param>
    /// <param name="morphology">The language's morphology when the caller has loaded it already (see <see cref="LoadMorphology"/>).</param>
    public static LanguagePack Load(DataDirectory data, Language language, bool preloadParser = false,
        IMorphologicalAnalyzer? morphology = null) => language switch
    {
        Language.Indonesian => LoadIndonesian(data, ParserOf(data, language, preloadParser),
            (IndonesianMorphology)(morphology ?? LoadMorphology(data, language))),
        Language.English => LoadEnglish(data, ParserOf(data, language, preloadParser),
            (EnglishMorphology)(morphology ?? LoadMorphology(data, language))),
        _ => throw new ArgumentOutOfRangeException(nameof(language), $"no language pack for '{language}'"),
    };

    /// <summary>The morphology alone: the first part of a pack, which the coder's lexicons need before the tagger is read.</summary>
    public static IMorphologicalAnalyzer LoadMorphology(DataDirectory data, Language language) => language switch
    {
        Language.Indonesian => IndonesianMorphology.Load(data),
        Language.English => EnglishMorphology.Load(data),
        _ => throw new ArgumentOutOfRangeException(nameof(language), $"no language pack for '{language}'"),
    };

    private static LanguagePack LoadIndonesian(DataDirectory data, Lazy<Parsing.DependencyParser> parser, IndonesianMorphology morphology)
    {
        var segmenter = Segmenter.Load(data, Language.Indonesian);
        return new LanguagePack
        {
            Language = Language.Indonesian,
            Segmenter = segmenter,
            // The tokenizer asks the lexicon before splitting clitics: katanya → kata + nya, but hanya stays whole.
            Tokenizer = Tokenizer.Load(data, Language.Indonesian, morphology, segmenter.Abbreviations),
            Morphology = morphology,
            // The tagger takes its morphology features from the same analyser; a missing model is WRT0111 naming the file.
            Tagger = PerceptronTagger.Load(data.File(Language.Indonesian, "tagger.bin"), morphology),
            LazyParser = parser,
        };
    }

    private static LanguagePack LoadEnglish(DataDirectory data, Lazy<Parsing.DependencyParser> parser, EnglishMorphology morphology)
    {
        var segmenter = Segmenter.Load(data, Language.English);
        return new LanguagePack
        {
            Language = Language.English,
            Segmenter = segmenter,
            Tokenizer = Tokenizer.Load(data, Language.English, lexicon: null, segmenter.Abbreviations),
            Morphology = morphology,
            Tagger = PerceptronTagger.Load(data.File(Language.English, "tagger.bin"), morphology),
            LazyParser = parser,
        };
    }

    private static Lazy<Parsing.DependencyParser> ParserOf(DataDirectory data, Language language, bool preload)
    {
        var parser = new Lazy<Parsing.DependencyParser>(() =>
        {
            var model = Parsing.DependencyParser.Load(data.File(language, "parser.bin"));
            return model.With(Parsing.ParserSplit.Decoding(language, model.JointTransitions));
        });
        // A failure is kept by the Lazy and thrown to the first caller of Value, as without preloading. Its own thread,
        // not the pool's: the pool's few threads may be busy loading the actor dictionaries and the lexicons.
        if (preload) Task.Factory.StartNew(() => parser.Value, TaskCreationOptions.LongRunning);
        return parser;
    }
}
