using Warta.Coding;
using Warta.Languages;
using Warta.Parsing;
using Warta.Text;
using static Warta.Tests.Clauses.TreeKit;

namespace Warta.Tests.Coding;

/// <summary>Each modality reading of the tree (Coding/TreeModality.cs) on trees written by hand, in both languages: no parser model.</summary>
public sealed class TreeModalityTests
{
    [Theory]
    [InlineData("Russia/PROPN/4/nsubj will/AUX/4/aux not/PART/4/advmod attack/VERB/0/root Ukraine/PROPN/4/obj ./PUNCT/4/punct", "en", "attack", "will not")]
    [InlineData("Rusia/PROPN/4/nsubj tidak/PART/4/advmod akan/AUX/4/aux menyerang/VERB/0/root Ukraina/PROPN/4/obj ./PUNCT/4/punct", "id", "menyerang", "tidak akan")]
    // "will" attached to the verb across an aside, where the tag reading's verb group stops.
    [InlineData("Russia/PROPN/8/nsubj will/AUX/8/aux ,/PUNCT/5/punct officials/NOUN/5/nsubj say/VERB/8/parataxis ,/PUNCT/5/punct not/PART/8/advmod attack/VERB/0/root ./PUNCT/8/punct", "en", "attack", "will not")]
    public void The_verb_group_is_what_the_tree_attaches_to_the_verb(string spec, string lang, string verb, string expected)
    {
        var (doc, reading) = ReadAt(spec, lang, verb);
        Assert.Equal(expected, string.Join(' ', reading.Modifiers.Select(t => doc[t].Text.ToString())));
        Assert.False(reading.Negated);
    }

    [Theory]
    [InlineData("The/DET/2/det sides/NOUN/3/nsubj made/VERB/0/root no/DET/5/det progress/NOUN/3/obj on/SCONJ/7/mark pulling/VERB/5/acl back/ADV/7/compound:prt troops/NOUN/7/obj ./PUNCT/3/punct", "en", "pulling")]
    [InlineData("The/DET/2/det sides/NOUN/3/nsubj made/VERB/0/root no/DET/5/det progress/NOUN/3/obj ./PUNCT/3/punct", "en", "made")]
    public void A_negated_noun_cancels_the_act_on_it_and_the_clause_it_heads(string spec, string lang, string verb)
    {
        var (_, reading) = ReadAt(spec, lang, verb);
        Assert.True(reading.Negated);
    }

    [Fact]
    public void A_determiner_that_negates_nothing_is_no_negation()
    {
        var (_, reading) = ReadAt("The/DET/2/det sides/NOUN/3/nsubj made/VERB/0/root some/DET/5/det progress/NOUN/3/obj on/SCONJ/7/mark pulling/VERB/5/acl back/ADV/7/compound:prt troops/NOUN/7/obj ./PUNCT/3/punct", "en", "pulling");
        Assert.False(reading.Negated);
    }

    [Theory]
    [InlineData("Iran/PROPN/2/nsubj retaliates/VERB/0/root if/SCONJ/5/mark Israel/PROPN/5/nsubj attacks/VERB/2/advcl ./PUNCT/2/punct", "en", "attacks", true)]
    [InlineData("Iran/PROPN/2/nsubj retaliates/VERB/0/root when/SCONJ/5/mark Israel/PROPN/5/nsubj attacks/VERB/2/advcl ./PUNCT/2/punct", "en", "attacks", false)]
    [InlineData("Jika/SCONJ/3/mark Rusia/PROPN/3/nsubj menyerang/VERB/6/advcl ,/PUNCT/3/punct Kazakhstan/PROPN/6/nsubj membalas/VERB/0/root ./PUNCT/6/punct", "id", "menyerang", true)]
    [InlineData("Ketika/SCONJ/3/mark Rusia/PROPN/3/nsubj menyerang/VERB/6/advcl ,/PUNCT/3/punct Kazakhstan/PROPN/6/nsubj membalas/VERB/0/root ./PUNCT/6/punct", "id", "menyerang", false)]
    public void A_clause_marked_by_a_condition_word_is_conditional(string spec, string lang, string verb, bool conditional)
    {
        var (_, reading) = ReadAt(spec, lang, verb);
        Assert.Equal(conditional, reading.Conditional);
        Assert.Equal(-1, reading.Frame);
    }

    [Theory]
    [InlineData("Japan/PROPN/2/nsubj asked/VERB/0/root whether/SCONJ/5/mark China/PROPN/5/nsubj retaliated/VERB/2/ccomp ./PUNCT/2/punct", "en", "retaliated")]
    [InlineData("Jepang/PROPN/2/nsubj bertanya/VERB/0/root apa/PRON/6/mark kah/PART/3/fixed China/PROPN/6/nsubj membalas/VERB/2/ccomp ./PUNCT/2/punct", "id", "membalas")]
    public void An_embedded_yes_no_question_is_a_question_and_a_complement_of_its_verb(string spec, string lang, string verb)
    {
        var (doc, reading) = ReadAt(spec, lang, verb);
        Assert.True(reading.Question);
        Assert.True(reading.FrameIsComplement);
        Assert.Equal(1, reading.Frame);
        Assert.Equal(Upos.VERB, doc.TokenRows[reading.Frame].Pos);
    }

    [Theory]
    [InlineData("Police/NOUN/3/nsubj allegedly/ADV/3/advmod beat/VERB/0/root protesters/NOUN/3/obj ./PUNCT/3/punct", "en", "beat")]
    [InlineData("Polisi/NOUN/3/nsubj konon/ADV/3/advmod memukul/VERB/0/root mahasiswa/NOUN/3/obj ./PUNCT/3/punct", "id", "memukul")]
    public void An_allegation_adverb_makes_the_act_a_claim(string spec, string lang, string verb)
    {
        var (_, reading) = ReadAt(spec, lang, verb);
        Assert.True(reading.Alleged);
    }

    [Theory]
    // "accused Kyiv of shelling": an advcl opened by a word that is no subordinator hangs on the accusation.
    [InlineData("Russia/PROPN/2/nsubj accused/VERB/0/root Kyiv/PROPN/2/obj of/SCONJ/5/mark shelling/VERB/2/advcl the/DET/7/det plant/NOUN/5/obj ./PUNCT/2/punct", "en", "shelling", "accused", false)]
    [InlineData("Russia/PROPN/2/nsubj denied/VERB/0/root that/SCONJ/6/mark its/PRON/5/nmod:poss troops/NOUN/6/nsubj attacked/VERB/2/ccomp Ukraine/PROPN/6/obj ./PUNCT/2/punct", "en", "attacked", "denied", true)]
    [InlineData("Polisi/NOUN/2/nsubj diduga/VERB/0/root memukul/VERB/2/xcomp mahasiswa/NOUN/3/obj ./PUNCT/2/punct", "id", "memukul", "diduga", false)]
    [InlineData("Rusia/PROPN/2/nsubj membantah/VERB/0/root bahwa/SCONJ/6/mark pasukan/NOUN/6/nsubj nya/PRON/4/nmod:poss menyerang/VERB/2/ccomp Ukraina/PROPN/6/obj ./PUNCT/2/punct", "id", "menyerang", "membantah", true)]
    public void The_frame_is_the_verb_the_clause_depends_on(string spec, string lang, string verb, string frame, bool complement)
    {
        var (doc, reading) = ReadAt(spec, lang, verb);
        Assert.Equal(frame, doc[reading.Frame].Text.ToString());
        Assert.Equal(complement, reading.FrameIsComplement);
    }

    [Theory]
    [InlineData("Japan/PROPN/2/nsubj asked/VERB/0/root why/SCONJ/5/mark China/PROPN/5/nsubj retaliated/VERB/2/ccomp ./PUNCT/2/punct", "en", "retaliated")]
    [InlineData("Jepang/PROPN/2/nsubj bertanya/VERB/0/root mengapa/SCONJ/5/mark China/PROPN/5/nsubj membalas/VERB/2/ccomp ./PUNCT/2/punct", "id", "membalas")]
    public void An_embedded_wh_question_presupposes_its_act(string spec, string lang, string verb)
    {
        var (_, reading) = ReadAt(spec, lang, verb);
        Assert.False(reading.Question);
    }

    [Fact]
    public void A_subordinate_clause_has_no_frame()
    {
        var (_, reading) = ReadAt("Iran/PROPN/2/nsubj protested/VERB/0/root after/SCONJ/5/mark Israel/PROPN/5/nsubj struck/VERB/2/advcl ./PUNCT/2/punct", "en", "struck");
        Assert.Equal(-1, reading.Frame);
        Assert.False(reading.Conditional);
    }

    private static (Document Doc, TreeModality Reading) ReadAt(string spec, string lang, string verb)
    {
        var language = lang == "en" ? Language.English : Language.Indonesian;
        var (doc, _) = Read(spec, language);
        int predicate = Enumerable.Range(0, doc.TokenCount).Single(t => doc[t].Text.SequenceEqual(verb));
        var reading = SharedCoder.Instance.Resources.For(language).TreeModality.Read(new DependencyTree(doc, 0), predicate);
        return (doc, reading);
    }
}
