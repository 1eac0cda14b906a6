using Warta.Parsing;
using Warta.Text;

namespace Warta.Tests.Parsing;

public sealed class StyleClassifierTests
{
    /// <summary>Two made-up treebanks: the first writes about rivers, the second about markets; both share "the" and "was".</summary>
    private static readonly string[] First = ["the river was wide", "the river was cold today", "a boat crossed the river", "the bank of the river was green"];
    private static readonly string[] Second = ["the market was busy", "prices at the market rose", "the shop was closed today", "traders left the market"];

    private static SentenceAtoms Atoms(string sentence)
    {
        var words = sentence.Split(' ');
        var atoms = new SentenceAtoms();
        atoms.Start(words.Length);
        for (int i = 0; i < words.Length; i++) atoms.Set(i + 1, words[i], null, Upos.NOUN);
        return atoms;
    }

    private static StyleClassifier Trained() =>
        StyleClassifier.Train(First.Concat(Second).Select(Atoms).ToList(), First.Select(_ => true).Concat(Second.Select(_ => false)).ToList());

    [Theory]
    [InlineData("the river was high", 1UL)]
    [InlineData("traders at the market", 2UL)]
    [InlineData("THE RIVER", 1UL)]
    public void A_new_sentence_is_told_by_the_words_its_treebank_uses(string sentence, ulong style)
    {
        Assert.Equal(style, Trained().Classify(Atoms(sentence)));
    }

    [Theory]
    [InlineData("kata dia", 1UL)]
    [InlineData("dia kata", 2UL)]
    public void Word_order_tells_treebanks_apart_whose_words_are_the_same(string sentence, ulong style)
    {
        // Both made-up treebanks use the same three words; only the first puts "kata" before "dia".
        string[] first = ["kata dia", "kata dia lagi", "lagi kata dia"], second = ["dia kata", "dia kata lagi", "lagi dia kata"];
        var classifier = StyleClassifier.Train(first.Concat(second).Select(Atoms).ToList(), first.Select(_ => true).Concat(second.Select(_ => false)).ToList());
        Assert.Equal(style, classifier.Classify(Atoms(sentence)));
    }

    [Fact]
    public void Training_is_deterministic()
    {
        Assert.Equal(Trained().Weights, Trained().Weights);
        Assert.Equal(Trained().Prior, Trained().Prior);
    }
}
