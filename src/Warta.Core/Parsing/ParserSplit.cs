using Warta.Languages;
using Warta.Tagging;

namespace Warta.Parsing;

/// <summary>
/// What the parsers train and tune on (../shared/ud/README.md). English trains on ewt-train and pud and chooses its
/// settings on ewt-dev, which neither the tagger nor the parser trains on, so its tags are as good as on new text.
/// Indonesian trains on csui-train, gsd-dev and pud and holds a block of the GSD and CSUI sentences out to choose them.
/// The test files are never read in training.
/// </summary>
public static class ParserSplit
{
    public static IReadOnlyList<string> TrainFiles(Language language) => TreebankSplit.TrainFiles(language);

    /// <summary>
    /// Training files of a second annotation convention: Indonesian GSD labels noun–noun modifiers compound where CSUI
    /// and PUD say nmod (about 6 % of GSD's words), so the parser learns both, told apart by a style classifier.
    /// </summary>
    public static Func<string, bool>? StyleFile(Language language) => language switch
    {
        Language.Indonesian => name => name.StartsWith("id_gsd", StringComparison.Ordinal),
        _ => null,
    };

    /// <summary>
    /// The training files the style classifier learns from: the two treebanks whose conventions it tells apart (GSD,
    /// CSUI). PUD, translated news and Wikipedia text, shares both one's words and the other's convention; with it the
    /// classifier recognised about half of unseen GSD sentences, without it about nine in ten (docs/parser.md).
    /// </summary>
    public static Func<string, bool>? StyleClassifierFile(Language language) => language switch
    {
        Language.Indonesian => name => name.StartsWith("id_gsd", StringComparison.Ordinal) || name.StartsWith("id_csui", StringComparison.Ordinal),
        _ => null,
    };

    /// <summary>The optional feature templates each language's shipped parser uses, chosen on its tuning data (docs/parser.md):
    /// English all of them, Indonesian the transition extras (its held-out block: +0.4 UAS / +0.5 LAS over the base set).</summary>
    public static ParserFeatureSet Features(Language language) => language switch
    {
        Language.English => ParserFeatureSet.All,
        _ => ParserFeatureSet.TransitionExtras,
    };

    /// <summary>
    /// Whether the language's parser is trained with joint labelled transitions (<c>train parser --joint</c>; docs/parser.md,
    /// twelfth round). Neither is: English gains on ewt-dev (+0.32 UAS / +0.66 LAS with its decoding) but coded PLOVER
    /// dev en lost two events with it, which this round's rule does not allow; Indonesian loses on its held-out block
    /// (−1.9 UAS / −1.8 LAS: 50,000 words are too few for 2L + 1 classes, and the joint model does not see the
    /// annotation style the relation model is conjoined with).
    /// </summary>
    public static bool JointTransitions(Language language) => false;

    /// <summary>
    /// How the parsers decode, chosen on ewt-dev and on the Indonesian held-out block (docs/parser.md): branches at the
    /// least certain moves if their margin is under 20 (10 for a model with joint labelled transitions, whose class
    /// scores the margin compares), sequences compared by their move scores plus 16 times their relation scores (a joint
    /// model: its class scores alone, which already hold the relation), a branch that is back in the greedy parse's stack and buffer finishing as it did.
    /// English takes two branches (ewt-dev +0.15 UAS over one, for the look-ups the fifth round saved), Indonesian one
    /// (two scored lower on its block).
    /// </summary>
    public static ParserDecoding Decoding(Language language, bool joint = false) =>
        new(Branches: language == Language.English ? 2 : 1, Margin: joint ? 10 : 20, RelationWeight: joint ? 0 : 16, Merge: true);

    public static IReadOnlyList<string> TuneFiles(Language language) => language switch
    {
        Language.English => ["en/en_ewt-ud-dev.conllu"],
        _ => [],
    };
}
