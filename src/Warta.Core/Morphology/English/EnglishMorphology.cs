using Warta.Conllu;
using Warta.Data;

namespace Warta.Morphology.English;

/// <summary>
/// English lemma, tense, verb form and number of one word form, from irregular tables, a base-word lexicon and
/// suffix rules. Context-free: voice is decided later by <see cref="EnglishVoiceStage"/>. Thread-safe; analyses are
/// cached per form and a cache hit allocates nothing.
/// </summary>
public sealed class EnglishMorphology : IMorphologicalAnalyzer
{
    // Bounds memory on an endless stream of new forms (numbers, typos); later forms are analysed uncached.
    private const int CacheCapacity = 500_000;

    private readonly EnglishInflection _inflection;
    private readonly CappedAnalysisCache _cache = new(CacheCapacity);

    private EnglishMorphology(EnglishInflection inflection) => _inflection = inflection;

    /// <summary>The shipped analyser: our own lists plus data/en/lemmas.tsv.</summary>
    public static EnglishMorphology Load(DataDirectory data) => Create(EnglishWordLists.Load(data), EnglishLemmaTable.Load(data));

    /// <summary>
    /// An analyser whose base-word lexicon knows only the lemmas of <paramref name="sentences"/> (plus our own lists),
    /// exactly as if lemmas.tsv had been built from them: for jackknifing the tagger's morphology features.
    /// </summary>
    public static EnglishMorphology Build(IEnumerable<ConlluSentence> sentences, EnglishWordLists lists) =>
        Create(lists, EnglishLemmaTable.FromTreebank(sentences));

    private static EnglishMorphology Create(EnglishWordLists lists, EnglishLemmaTable lemmas) =>
        new(new EnglishInflection(EnglishLexicon.Create(lists, lemmas), lists.Invariant, lists.Prefixes));

    public MorphAnalysis Analyze(ReadOnlySpan<char> word)
    {
        return _cache.TryGet(word, out var cached) ? cached : _cache.Add(word, AnalyzeUncached(word));
    }

    private MorphAnalysis AnalyzeUncached(ReadOnlySpan<char> word)
    {
        var form = word.ToString();
        var lower = form.ToLowerInvariant();
        var analysis = _inflection.Analyze(lower);
        // An unknown capitalised word is most likely a name: keep its spelling as the lemma (Kazakhstan, not kazakhstan).
        if (!analysis.Known && analysis.Lemma == lower && !ReferenceEquals(form, lower) && form != lower)
            return new MorphAnalysis
            {
                Lemma = form, Suffixes = analysis.Suffixes, Tense = analysis.Tense, VerbForm = analysis.VerbForm,
                Number = analysis.Number, Rule = analysis.Rule,
            };
        return analysis;
    }
}
