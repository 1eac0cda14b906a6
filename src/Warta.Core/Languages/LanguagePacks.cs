using Warta.Data;
using Warta.Morphology.English;
using Warta.Morphology.Indonesian;
using Warta.Segmentation;
using Warta.Tagging;
using Warta.Tokenization;

namespace Warta.Languages;

/// <summary>Loads the language packs. This is the only place that knows which classes make up each language.</summary>
public static class LanguagePacks
{
    public static LanguagePack Load(DataDirectory data, Language language) => language switch
    {
        Language.Indonesian => LoadIndonesian(data),
        Language.English => LoadEnglish(data),
        _ => throw new ArgumentOutOfRangeException(nameof(language), $"no language pack for '{language}'"),
    };

    private static LanguagePack LoadIndonesian(DataDirectory data)
    {
        var morphology = IndonesianMorphology.Load(data);
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
            LazyParser = ParserOf(data, Language.Indonesian),
        };
    }

    private static LanguagePack LoadEnglish(DataDirectory data)
    {
        var morphology = EnglishMorphology.Load(data);
        var segmenter = Segmenter.Load(data, Language.English);
        return new LanguagePack
        {
            Language = Language.English,
            Segmenter = segmenter,
            Tokenizer = Tokenizer.Load(data, Language.English, lexicon: null, segmenter.Abbreviations),
            Morphology = morphology,
            Tagger = PerceptronTagger.Load(data.File(Language.English, "tagger.bin"), morphology),
            LazyParser = ParserOf(data, Language.English),
        };
    }

    private static Lazy<Parsing.DependencyParser> ParserOf(DataDirectory data, Language language) =>
        new(() => Parsing.DependencyParser.Load(data.File(language, "parser.bin")));
}
