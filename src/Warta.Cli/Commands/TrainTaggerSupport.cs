using Warta.Conllu;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;
using Warta.Morphology;
using Warta.Morphology.English;
using Warta.Morphology.Indonesian;

namespace Warta.Cli.Commands;

/// <summary>What train tagger and test tagger share: which analyser feeds the features.</summary>
internal static class TrainTaggerSupport
{
    /// <summary>The analyser of a language, or null with the reason when this build has none.</summary>
    public static IMorphologicalAnalyzer? Analyzer(DataDirectory data, Language language, out string? unavailable)
    {
        unavailable = null;
        try
        {
            return language == Language.English ? EnglishMorphology.Load(data) : IndonesianMorphology.Load(data);
        }
        catch (WartaException e)
        {
            unavailable = e.Message;
            return null;
        }
    }

    /// <summary>
    /// Builds, from given sentences, the language's analyser with a lexicon that knows only their lemmas plus our own
    /// lists (as if `train lexicon` had read only them): for jackknifed morphology features.
    /// </summary>
    public static Func<IReadOnlyList<ConlluSentence>, IMorphologicalAnalyzer> AnalyzerFactory(DataDirectory data, Language language)
    {
        if (language == Language.English)
        {
            var lists = EnglishWordLists.Load(data);
            return sentences => EnglishMorphology.Build(sentences, lists);
        }
        var own = IndonesianLexiconLists.Load(Path.Combine(data.Root, language.ToCode()));
        return sentences => RootLexiconBuilder.BuildAnalyzer(sentences, own);
    }
}
