using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// English verb senses of data/en/events/predicates.tsv that PLOVER-style news codes and the coder used to miss or
/// code with the wrong root, each on a sentence written for it.
/// </summary>
public sealed class EnglishLexiconTests
{
    [Theory]
    // Agreeing on something is an intention to cooperate (03), not the statement of accord (019) it used to be.
    [InlineData("Kenyan and Ugandan officials agreed on Monday that their countries should reopen the border post.", "KENGOV 030 UGAGOV asserted")]
    [InlineData("Peru accepted a compromise formula to end its border dispute with Ecuador.", "PER 030 ECU asserted")]
    [InlineData("Egypt has been sharing expertise with Sudan on water management.", "EGY 064 SDN asserted")]
    [InlineData("The World Food Programme distributed food rations to Sudanese refugees in Chad.", "IGOUNOWFP 073 SDNREF asserted")]
    [InlineData("Polish farmers blocked the bridge to Germany on Friday.", "POLAGR 144 DEU asserted")]
    [InlineData("Al-Shabaab militants beheaded four Kenyan villagers near the Somali border.", "SOMINS 1823 KENCVL asserted")]
    [InlineData("Canada announced a suspension of air links with Iran on Tuesday.", "CAN 160 IRN asserted")]
    [InlineData("Kuwait suspended flights to Lebanon on Tuesday.", "KWT 160 LBN asserted")]
    // Every verb of the easing family eases what CAMEO 081-085 name (restrictions, martial law, sanctions).
    [InlineData("Chile's government relaxed restrictions on public gatherings.", "CHLGOV 081 CHL asserted")]
    [InlineData("The Thai junta revoked martial law in Bangkok.", "THAMIL 0814 THA asserted")]
    [InlineData("Canada scrapped sanctions on Venezuela.", "CAN 085 VEN asserted")]
    // Removing or ending sanctions eases them (it was the sanction noun alone: 163, sanctions imposed).
    [InlineData("The European Union removed the sanctions on Myanmar.", "IGOEUREEC 085 MMR asserted")]
    [InlineData("The United States ended its embargo on Cuba.", "USA 085 CUB asserted")]
    public void A_verb_sense_gives_its_code(string text, string expected) =>
        Single(Code(text, lang: "en"), expected);

    [Fact]
    public void Agreeing_with_a_partner_is_no_longer_an_expression_of_accord()
    {
        var coded = Code("Kenyan and Ugandan officials agreed on Monday that their countries should reopen the border post.", lang: "en");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "019");
    }

    [Fact]
    public void Welcoming_a_leaders_proposal_is_no_visit_he_is_hosted_on()
    {
        var coded = Code("The Chilean government welcomed President Lula's proposal for a regional summit.", lang: "en");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "043");
        Single(coded, "CHLGOV 051 BRAGOV asserted");
    }

    [Theory]
    // Speaking or talking is consultation (040) only with a partner to speak with; "speaking at a rally" is none.
    [InlineData("Putin spoke on Monday with Xi about trade.", "RUSGOV 040 CHNGOV asserted")]
    [InlineData("Macron talked with Scholz about the budget.", "FRAGOV 040 DEUGOV asserted")]
    public void Speaking_with_a_partner_is_consultation(string text, string expected) =>
        Single(Code(text, lang: "en"), expected);

    [Theory]
    [InlineData("The Polish president, speaking at a rally in Warsaw, accused Russia of sabotage.")]
    [InlineData("Speaking to reporters in Ankara, Erdogan criticised Israel.")]
    public void Speaking_with_no_partner_is_no_consultation(string text) =>
        Assert.DoesNotContain(Code(text, lang: "en").Events, e => e.Root == "04");

    [Theory]
    // A source keeping his name out of the story asks nothing of anyone and refuses nothing.
    [InlineData("A Serbian official, who asked not to be identified, said Kosovo had closed the border crossing.")]
    [InlineData("A Kenyan officer, who declined to be named, said the patrol was ambushed near the border with Somalia.")]
    public void A_source_asking_for_anonymity_makes_no_appeal_or_refusal(string text) =>
        Assert.DoesNotContain(Code(text, lang: "en").Events, e => e.Root is "02" or "12");

    [Theory]
    // Calling, describing or saying that an act is unacceptable, provocative or irresponsible criticises whoever did it
    // (111), also when the verdict stands in quotes after the clause or in the reported clause with its copula.
    [InlineData("Armed men seized a cargo ship off Somalia on Friday. Kenya's foreign ministry called the seizure of the vessel \"unacceptable\".", "KENGOV 111 SOMUAF asserted")]
    [InlineData("Norway's foreign minister described Russia's decision as irresponsible.", "NORGOV 111 RUS asserted")]
    [InlineData("Gunmen abducted two aid workers in northern Mali on Sunday. Senegal's foreign minister said the kidnapping was \"irresponsible\".", "SENGOV 111 MLIINS asserted")]
    public void A_verdict_on_an_act_is_a_criticism_of_its_doer(string text, string expected) =>
        Single(Code(text, lang: "en"), expected);

    [Fact]
    public void An_act_called_unacceptable_is_not_done_by_the_one_who_calls_it_so()
    {
        var coded = Code("Armed men seized a cargo ship off Somalia on Friday. Kenya's foreign ministry called the seizure of the vessel \"unacceptable\".", lang: "en");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code == "KENGOV" && e.Root == "17");
    }

    [Fact]
    public void A_speech_verb_takes_illegal_as_a_kind_of_act_not_a_verdict()
    {
        var coded = Code("Indonesia's fisheries minister said illegal fishing by Vietnamese boats had fallen sharply.", lang: "en");
        Assert.DoesNotContain(coded.Events, e => e.Root == "11");
    }
}
