using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Indonesian event families and the passive light-verb construction (docs/coding.md, "Indonesian event families, round
/// ten"). Each sentence is written for the test.
/// </summary>
public sealed class IndonesianEventFamilyTests
{
    // An event noun that is the subject of a passive light verb (dilakukan, dilontarkan, disampaikan, digelar …) was done by
    // that verb's agent, bare or after oleh, and aimed at whom the verb's phrase with the noun's target preposition names.
    [Theory]
    [InlineData("Kecaman keras dilontarkan Indonesia terhadap Israel.", "IDN 111 ISR asserted")]
    [InlineData("Kritik tajam disampaikan oleh Filipina terhadap China pada Senin.", "PHL 111 CHN asserted")]
    [InlineData("Penggeledahan itu dilakukan oleh Kejaksaan Agung terhadap Kementerian Perdagangan.", "IDNJUD 091 IDNGOV asserted")]
    public void An_event_noun_under_a_passive_light_verb_takes_its_agent(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    // The passive light verb lends its modality: a noun it denies was not done.
    [Fact]
    public void A_denied_passive_light_verb_asserts_no_event()
    {
        var coded = Code("Kecaman itu tidak dilontarkan oleh Malaysia terhadap Singapura.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "111" && e.Modality == "asserted");
    }

    // Only the agent of a light verb is the noun's doer: "dikecam oleh PBB" names who condemned, not who attacked.
    [Fact]
    public void Another_passive_verbs_agent_is_no_doer()
    {
        var coded = Code("Serangan itu dikecam oleh Perserikatan Bangsa-Bangsa.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source.Code.StartsWith("IGO", StringComparison.Ordinal));
    }

    // Verbs and peN-…-an nouns of families that had neither: searching premises (091), repatriation (0841), funding (071),
    // reconciling parties (045), and the nouns of sending troops or arms (154, 072) under a light verb.
    [Theory]
    [InlineData("Kejaksaan Agung menggeledah kantor Kementerian Perdagangan pada Selasa.", "IDNJUD 091 IDNGOV asserted")]
    [InlineData("Malaysia merepatriasi ratusan pengungsi ke Myanmar.", "MYS 0841 MMR asserted")]
    [InlineData("Jepang membiayai pembangunan pelabuhan di Sri Lanka untuk pemerintah Sri Lanka.", "JPN 071 LKAGOV asserted")]
    [InlineData("Qatar mendamaikan Rwanda dan Kongo.", "QAT 045 RWA asserted")]
    [InlineData("Rusia melakukan pengiriman pasukan ke Belarus.", "RUS 154 BLR asserted")]
    public void Family_rows_code_their_act(string text, string expected) =>
        Assert.Contains(expected, Described(Code(text, lang: "id")));
}
