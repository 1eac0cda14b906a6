using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// PETRARCH-2's imported patterns ('- * WORDS') name what follows the verb: an active verb's cue is never a word of its
/// subject, while a passive verb's patient, its surface subject, still gives the cue. Nor is it a word of a prepositional
/// phrase after the object: the pattern names the object itself (with its of-phrases).
/// </summary>
public sealed class ImportedCuePositionTests
{
    [Theory]
    // receive + minister (043) is receiving ministers, not a minister receiving someone.
    [InlineData("The Prime Minister of Mongolia received a group of observers from the OSCE.", "receive+minister")]
    // use + aircraft (090) is someone using aircraft, not aircraft using missiles.
    [InlineData("Turkish aircraft using guided bombs hit a depot in Syria.", "use+aircraft")]
    // base + diplomat (161) is basing diplomats somewhere, not diplomats who are based there.
    [InlineData("Switzerland expelled two Iranian diplomats based in Bern for spying.", "base+diplomat")]
    public void A_word_of_an_active_verbs_subject_is_no_imported_cue(string text, string pattern) =>
        Assert.DoesNotContain(Code(text, lang: "en").Events, e => e.Rule.Contains(":petrarch:predicate:" + pattern, StringComparison.Ordinal));

    [Fact]
    public void An_imported_cue_after_an_active_verb_still_codes_it() =>
        Assert.Contains("en:petrarch:predicate:receive+minister",
            Single(Code("The Prime Minister of Mongolia received a group of Chinese ministers.", lang: "en"), "MNGGOV 043 CHNGOV asserted").Rule);

    [Fact]
    public void A_passive_verbs_patient_gives_the_imported_cue() =>
        Assert.Contains("en:petrarch:predicate:attack+camp",
            Single(Code("A Sudanese refugee camp was attacked by Chadian militiamen.", lang: "en"), "TCDUAF 190 SDNREF asserted").Rule);

    // stop + strike (087) is calling a strike off; a strike named only in a phrase after the object is when the work stopped.
    [Fact]
    public void A_word_of_a_phrase_after_the_object_is_no_imported_cue()
    {
        var coded = Code("Chilean miners stopped work on Monday on the first day of a national strike.", published: "2024-03-01", lang: "en");
        Assert.Contains("en:petrarch:predicate:stop+work", Single(coded, "CHL 143 CHLGOV asserted").Rule);
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "087");
    }

    // launch + effort (020), continue + effort (060): an effort is the act it names, the noun compounded with it or the
    // clause after it, not an appeal or a cooperation of its own.
    [Theory]
    [InlineData("Norway launched a mediation effort between Colombia and Venezuela.", "launch+effort")]
    [InlineData("The rebels continued their effort to overthrow the government of Chad.", "continue+effort")]
    public void An_effort_noun_with_an_act_of_its_own_is_no_imported_cue(string text, string pattern) =>
        Assert.DoesNotContain(Code(text, published: "2024-03-01", lang: "en").Events,
            e => e.Rule.Contains(":petrarch:predicate:" + pattern, StringComparison.Ordinal));

    [Fact]
    public void The_mediation_an_effort_names_is_coded_from_the_noun()
    {
        var coded = Code("Norway launched a mediation effort between Colombia and Venezuela.", published: "2024-03-01", lang: "en");
        Assert.Contains(coded.Events, e => e.Source.Code == "NOR" && e.Cameo == "045" && e.Target?.Code == "COL");
    }
}
