using Warta.Languages;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Tests.Morphology.English;

/// <summary>Verb forms that did not reach their verb before the verb-form check (docs/lexicon.md, "Verb forms").</summary>
public sealed class EnglishVerbFormTests
{
    [Theory]
    [InlineData("upgraded", "upgrade")]      // verb-lemmas.txt: UD knows upgrade only as a noun
    [InlineData("waged", "wage")]            // not wag
    [InlineData("convening", "convene")]
    [InlineData("marshalled", "marshal")]
    [InlineData("trying", "try")]            // a y-stem has no vowel letter but is a verb
    [InlineData("flying", "fly")]
    [InlineData("untied", "untie")]          // -ied of an -ie verb
    [InlineData("untying", "untie")]
    [InlineData("spied", "spy")]
    [InlineData("retold", "retell")]         // prefix + irregular past
    [InlineData("overran", "overrun")]
    [InlineData("underwritten", "underwrite")]
    [InlineData("mislaid", "mislay")]
    [InlineData("reset", "reset")]           // set is a verb of its own: not split
    [InlineData("relay", "relay")]
    [InlineData("resent", "resent")]
    [InlineData("re-open", "reopen")]        // a hyphen after re-, co- is spelling when the joined verb is known
    [InlineData("re-opened", "reopen")]
    [InlineData("co-operating", "cooperate")]
    [InlineData("re-took", "retake")]
    [InlineData("re-elected", "reelect")]    // the joined word is unknown, but re- before a known verb is a verb
    [InlineData("co-founder", "co-founder")] // not a verb: the hyphen stays
    [InlineData("re-signed", "re-sign")]     // another word than resign
    [InlineData("slain", "slay")]
    [InlineData("undid", "undo")]
    public void Forms_reach_their_verb(string form, string lemma) =>
        Assert.Equal(lemma, EnglishMorphologyTests.Analyzer.Analyze(form).Lemma);

    [Theory]
    [InlineData("leaves", "leave")]
    [InlineData("lives", "live")]
    [InlineData("bases", "base")]
    public void An_irregular_plural_tagged_verb_is_the_verb_s_form(string form, string lemma)
    {
        var analysis = EnglishMorphologyTests.Analyzer.Analyze(form);
        Assert.Equal(lemma, new TaggedLemmas().Correct(form, Upos.VERB, analysis, Language.English).Lemma);
        Assert.NotEqual(lemma, new TaggedLemmas().Correct(form, Upos.NOUN, analysis, Language.English).Lemma);
    }
}
