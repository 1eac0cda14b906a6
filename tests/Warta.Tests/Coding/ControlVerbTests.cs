using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Control verbs (agree, promise, threaten, refuse to …; sepakat, berjanji, mengancam, menolak …) give one event: the
/// intent, threat or refusal form of the act they govern, by the control verb's subject, not their own generic code.
/// </summary>
public sealed class ControlVerbTests
{
    [Theory]
    [InlineData("Canada promised to send weapons to Ukraine.", "CAN 0332 UKR asserted", "+control-intent(promise to)→0332")]
    [InlineData("Kanada berjanji mengirim senjata ke Ukraina.", "CAN 0332 UKR asserted", "+control-intent(berjanji)→0332")]
    [InlineData("Iran threatened to attack Israel.", "IRN 138 ISR asserted", "+control-threat(threaten to)→138")]
    [InlineData("Iran mengancam akan menyerang Israel.", "IRN 138 ISR asserted", "+control-threat(mengancam akan)→138")]
    [InlineData("Nepal refused to meet India.", "NPL 125 IND asserted", "+control-refusal(refuse to)→125")]
    [InlineData("Nepal menolak bertemu dengan India.", "NPL 125 IND asserted", "+control-refusal(menolak)→125")]
    public void The_governed_act_is_coded_in_its_control_form_and_names_the_rule(string text, string expected, string rule)
    {
        var coded = Code(text);
        var e = Assert.Single(coded.Events);
        Assert.Equal(expected, Describe(e));
        Assert.EndsWith(rule, e.Rule);
    }

    [Theory]
    [InlineData("Egypt accused Ethiopia of trying to \"seize the Nile\" and warned Addis Ababa of a response.", "EGY 130 ETH asserted")]
    [InlineData("Russia refused to extend the grain deal and condemned Ukraine.", "RUS 111 UKR asserted")]
    public void A_verb_coordinated_after_a_control_chain_has_the_control_verbs_subject(string text, string expected)
    {
        var coded = Code(text);
        Single(coded, expected);
    }

    // An -ing clause after a comma is an adverbial of the main verb, not one more step of the chain before it.
    [Fact]
    public void A_participle_after_a_comma_has_the_main_verbs_subject_not_the_chains()
    {
        var coded = Code("Turkey accused Greece of trying to arm the islands, warning Athens of a response.");
        Single(coded, "TUR 130 GRC asserted");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code == "GRC" && e.Cameo == "130");
    }

    // A list of gerunds closed by "and" is the chain's own conjuncts: the accused did all of them, and all are alleged.
    [Fact]
    public void A_list_of_gerunds_stays_in_the_chain_and_is_alleged()
    {
        var coded = Code("Amnesty International accused Egypt of jailing journalists, torturing prisoners and attacking protesters.");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code.StartsWith("NGO", StringComparison.Ordinal) && e.Cameo != "112");
        Assert.Contains(coded.Events, e => e.Source.Code == "EGY" && e.Cameo.StartsWith("182", StringComparison.Ordinal) && e.Modality == "alleged");
        Assert.DoesNotContain(coded.Asserted, e => e.Source.Code == "EGY");
    }

    [Theory]
    [InlineData("Chile and Peru agreed on Tuesday to resume talks.", "agree to", "CHL", "PER")]
    [InlineData("Filipina dan Vietnam bersepakat untuk menggelar perundingan.", "bersepakat", "PHL", "VNM")]
    [InlineData("Filipina dan Vietnam sepakat menggelar perundingan.", "sepakat", "PHL", "VNM")]
    public void An_agreement_to_negotiate_is_an_intent_to_meet_each_way_not_an_accord(string text, string verb, string a, string b)
    {
        var coded = Code(text, "2024-03-13");
        Assert.Equal(new[] { $"{a} 036 {b} asserted", $"{b} 036 {a} asserted" }.Order(), Described(coded).Order());
        Assert.All(coded.Events, e => Assert.Contains($"+control-intent({verb})→036", e.Rule));
    }

    [Theory]
    [InlineData("Filipina dan Vietnam sepakat untuk melanjutkan perundingan.")]
    [InlineData("Kamboja dan Thailand telah sepakat untuk melanjutkan perundingan perbatasan.")]
    public void Sepakat_untuk_is_a_control_verb_whatever_its_tag_and_continuing_talks_is_negotiating(string text)
    {
        // "sepakat" is often tagged as an adjective; before "untuk" and a verb it is the control verb of its own clause, and
        // "melanjutkan perundingan" (continue the talks) is the talks' own act (046), so the agreement is an intent to meet.
        var coded = Code(text, "2024-03-13");
        Assert.Equal(2, coded.Events.Count);
        Assert.All(coded.Events, e =>
        {
            Assert.Equal("036", e.Cameo);
            Assert.Contains("+control-intent(sepakat untuk)→036", e.Rule);
        });
        Assert.NotEqual(coded.Events[0].Source.Code, coded.Events[1].Source.Code);
    }

    [Fact]
    public void An_agreement_is_dated_by_the_adverbial_between_the_control_verb_and_its_clause()
    {
        // "agreed on Tuesday to resume": the control phrase "agree to" is read across "on Tuesday", which dates the intent.
        var coded = Code("Chile and Peru agreed on Tuesday to resume talks.", "2024-03-13");
        Assert.All(coded.Events, e => Assert.Equal(new DateOnly(2024, 3, 12), e.Date));
    }

    [Fact]
    public void A_refusal_is_the_refusing_side_s_only()
    {
        // "refused to meet India" is nothing India did: no event from India, negated or not.
        var coded = Code("Nepal refused to meet India.");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code == "IND");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "120");
    }

    [Theory]
    [InlineData("Russia refused to expel the Japanese diplomats.", "RUS 174 JPNGOV negated")]
    public void Without_a_refusal_code_for_the_act_the_older_negated_reading_stays(string text, string expected) =>
        Single(Code(text), expected);

    [Theory]
    // A helping or realising verb before a verb of its subject's own: the governed act is the event, asserted
    // (mediation "between X and Y" is aimed at each side).
    [InlineData("Norway helped to broker a ceasefire between Israel and Hamas.", "NOR 045 ISR asserted; NOR 045 PSEREB asserted")]
    // withdraw + troops is the troop pull-back (0872), like menarik pasukan; the plural matches since round nine.
    [InlineData("Egypt began to withdraw its troops from Libya.", "EGY 0872 LBY asserted")]
    public void A_framing_verb_gives_the_act_it_governs_not_its_own_default(string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", Described(Code(text))));

    [Theory]
    // "seek to" plans (intents.tsv): what is sought is not done, and seeking is no appeal (020) of its own.
    [InlineData("Germany sought to reassure Poland about its border.")]
    [InlineData("Brazil is seeking to deepen its ties with Angola.")]
    public void Seeking_to_do_something_is_no_appeal(string text) =>
        Assert.DoesNotContain(Code(text).Events, e => e.Root == "02");

    [Theory]
    // With a cue of its own, or an object that does the governed act, the verb keeps its code.
    [InlineData("Egypt helped Sudan evacuate its citizens from Libya.", "EGY 070 SDN asserted")]
    [InlineData("China is seeking support from Brazil for its plan.", "CHN 022 BRA asserted")]
    public void A_framing_verb_with_its_own_object_or_cue_keeps_its_code(string text, string expected) =>
        Single(Code(text), expected);

    [Theory]
    // An adjective that says what its subject will or will not do (clause-words kind auxiliary) controls the infinitive
    // after it as a verb does; the subject is the copula's, also inside reported speech.
    [InlineData("Ghana is ready to send aid to Togo.", "GHA 033 TGO asserted")]
    [InlineData("Fiji is determined to impose sanctions on Tonga.", "FJI 1312 TON asserted")]
    [InlineData("Latvia is unwilling to meet Belarus.", "LVA 125 BLR asserted")]
    [InlineData("Kiribati said it was prepared to send aid to Tuvalu.", "KIR 033 TUV asserted")]
    public void A_predicate_adjective_of_will_controls_the_act_it_governs(string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", Described(Code(text))));

    [Theory]
    // "likely to", "able to" say nothing of the subject's will: no control word, and the act is not read as an intent.
    [InlineData("Uruguay is likely to send aid to Paraguay.")]
    [InlineData("Uruguay was able to send aid to Paraguay.")]
    public void An_adjective_of_chance_or_ability_gives_no_intent(string text) =>
        Assert.DoesNotContain(Code(text).Events, e => e.Root == "03");

    [Fact]
    public void A_negated_predicate_adjective_negates_the_intent() =>
        Assert.Equal("URY 033 PRY negated", string.Join("; ", Described(Code("Uruguay is not ready to send aid to Paraguay."))));
}
