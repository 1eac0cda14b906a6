using Warta.Languages;
using Warta.Text;

namespace Warta.Morphology;

/// <summary>
/// Corrects a context-free analysis once the tag is known, following UD: a proper noun keeps its spelling as the
/// lemma and carries no affixes (Selasa is not se + lasa, Union is not union); in English the possessive 's is not
/// the verb be, a noun in -ing is its own lemma (meeting, not meet), and a verb in -s is never a noun's irregular plural. Corrected analyses are cached per form, so
/// a hit allocates nothing.
/// </summary>
internal sealed class TaggedLemmas
{
    private const int CacheCapacity = 200_000;

    private static readonly MorphAnalysis Possessive = new() { Lemma = "'s", Known = true, Rule = "tagged:possessive" };

    private readonly CappedAnalysisCache _properNouns = new(CacheCapacity);
    private readonly CappedAnalysisCache _ingNouns = new(CacheCapacity);
    private readonly CappedAnalysisCache _verbS = new(CacheCapacity);

    public MorphAnalysis Correct(ReadOnlySpan<char> word, Upos pos, MorphAnalysis analysis, Language language) => pos switch
    {
        Upos.PROPN when !word.SequenceEqual(analysis.Lemma) || analysis.Prefixes.Count + analysis.Suffixes.Count > 0
            => Cached(_properNouns, word, analysis, ProperNoun),
        Upos.PART when language == Language.English && analysis.Lemma == "be" && IsApostropheS(word) => Possessive,
        Upos.NOUN when language == Language.English && analysis.VerbForm == "Ger" => Cached(_ingNouns, word, analysis, IngNoun),
        Upos.VERB when language == Language.English && analysis.Rule == "irregular-plural" && word.Length > 3 && word[^1] is 's' or 'S'
            => Cached(_verbS, word, analysis, VerbS),
        _ => analysis,
    };

    private static bool IsApostropheS(ReadOnlySpan<char> word) =>
        word.Length == 2 && word[0] is '\'' or '’' && word[1] is 's' or 'S';

    private static MorphAnalysis ProperNoun(string form, MorphAnalysis analysis) =>
        new() { Lemma = form, Known = analysis.Known, Rule = "tagged:proper-noun" };

    private static MorphAnalysis IngNoun(string form, MorphAnalysis analysis) =>
        new() { Lemma = form.ToLowerInvariant(), Number = "Sing", Known = analysis.Known, Rule = "tagged:ing-noun" };

    // "leaves", "lives", "bases" tagged VERB: the third person of leave, live, base, not the plural of leaf, life, basis.
    private static MorphAnalysis VerbS(string form, MorphAnalysis analysis) => new()
    {
        Lemma = form[..^1].ToLowerInvariant(), Suffixes = ["s"], Tense = "Pres", VerbForm = "Fin", Known = analysis.Known,
        Rule = "tagged:verb-s",
    };

    private static MorphAnalysis Cached(CappedAnalysisCache cache, ReadOnlySpan<char> word,
        MorphAnalysis analysis, Func<string, MorphAnalysis, MorphAnalysis> make) =>
        cache.TryGet(word, out var hit) ? hit : cache.Add(word, make(word.ToString(), analysis));
}
