using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Which sense of a verb codes a clause when several of its cues stand in it, and senses that depend on whether a target
/// is named: the right pair with the wrong CAMEO code counts twice (a false event and a missed one).
/// </summary>
public sealed class VerbSenseTests
{
    [Theory]
    // stop + work (143) and stop + strike (087) are equally specific: the object, nearest the verb, says what was stopped.
    [InlineData("Greek dockworkers stopped work on the second day of the strike.", "en", "stop+work→143")]
    // menghentikan + pekerjaan (143) over menghentikan + mogok (082), which only names the day.
    [InlineData("Buruh Yunani menghentikan pekerjaan pada hari kedua mogok.", "id", "menghentikan+pekerjaan→143")]
    public void Of_equally_specific_cues_the_one_nearest_after_the_verb_wins(string text, string lang, string rule) =>
        Assert.Contains(Code(text, lang: lang).Events, e => e.Cameo == "143" && e.Rule.Contains(rule, StringComparison.Ordinal));

    [Theory]
    [InlineData("North Korea fired three ballistic missiles into the sea on Thursday.", "en")]
    [InlineData("Korea Utara meluncurkan tiga rudal balistik ke laut pada Kamis.", "id")]
    public void A_missile_fired_at_no_party_named_is_a_show_of_force(string text, string lang)
    {
        var e = Single(Code(text, lang: lang), "PRK 150 - asserted");
        Assert.EndsWith("+untargeted→150", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Iran launched dozens of missiles at Israel.", "en")]
    [InlineData("Iran menembakkan puluhan rudal ke Israel.", "id")]
    public void A_missile_fired_at_a_country_is_an_attack(string text, string lang) =>
        Single(Code(text, lang: lang), "IRN 194 ISR asserted");

    [Fact]
    public void Helping_to_broker_an_agreement_is_mediating_it()
    {
        var coded = Code("Egypt helped broker a ceasefire between Israel and Hamas.", lang: "en");
        Assert.Contains(coded.Events, e => e.Source.Code == "EGY" && e.Cameo == "045" && e.Target?.Country == "ISR");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "070");
    }

    [Theory]
    // withdraw alone is a military pull-back (087); withdrawing confidence or support is reducing relations.
    [InlineData("The Peruvian parliament withdrew its confidence in the government of Prime Minister Gustavo Adrianzen.", "en")]
    [InlineData("Parlemen Peru menarik dukungan terhadap pemerintah Perdana Menteri Gustavo Adrianzen.", "id")]
    public void Withdrawing_confidence_from_a_government_reduces_relations(string text, string lang) =>
        Single(Code(text, lang: lang), "PERLEG 160 PERGOV asserted");

    [Fact]
    public void Handing_over_a_diplomatic_note_is_an_official_complaint() =>
        Single(Code("Thai officials handed a diplomatic note to the Cambodian ambassador.", lang: "en"), "THAGOV 114 KHMGOV asserted");

    [Theory]
    // Calling an attack a (grave) violation of the law is a verdict on it (111), not a bare statement.
    [InlineData("Kementerian Luar Negeri RI menyebut serangan Israel ke rumah sakit di Gaza sebagai pelanggaran berat hukum humaniter internasional.", "id")]
    [InlineData("The Indonesian foreign ministry called the Israeli strike on the hospital a grave violation of international law.", "en")]
    public void Calling_an_attack_a_violation_of_the_law_denounces_its_doer(string text, string lang) =>
        Single(Code(text, lang: lang), "IDNGOV 111 ISR asserted");

    [Fact]
    public void Beating_back_rebels_is_fighting_them_not_a_beating_and_a_retreat()
    {
        var coded = Code("Tentara Nigeria berhasil memukul mundur pemberontak Boko Haram di Maiduguri.", lang: "id");
        Single(coded, "NGAMIL 190 NGAREB asserted");
        Assert.DoesNotContain(coded.Events, e => e.Cameo is "0874" or "182");
    }

    [Fact]
    public void Reneging_on_a_deal_rejects_it() =>
        Single(Code("The Malaysian government reneged on the deal with Singapore.", lang: "en"), "MYSGOV 120 SGP asserted");

    [Theory]
    // Recognising a rival's victory is conceding (080), not diplomatic recognition (054) nor a bare admission (015).
    [InlineData("The Georgian government recognized the victory of the opposition in the election.", "en")]
    [InlineData("Pemerintah Georgia mengakui kemenangan oposisi dalam pemilu.", "id")]
    public void Recognising_the_oppositions_victory_is_conceding(string text, string lang) =>
        Single(Code(text, lang: lang), "GEOGOV 080 GEOOPP asserted");

    [Fact]
    public void Defending_oneself_is_no_verbal_defence_of_another()
    {
        Assert.DoesNotContain(Code("Nelayan Indonesia itu membela diri dari serangan penjaga pantai Malaysia.", lang: "id").Events, e => e.Cameo == "052");
        Single(Code("Presiden Jokowi membela kebijakan pemerintah China di Xinjiang.", lang: "id"), "IDNGOV 052 CHNGOV asserted");
    }

    [Theory]
    // Withdrawn observers are inspectors or observers (1662), not troops pulling back (0874): "military" only describes them.
    [InlineData("Russia withdrew its military observers from Georgia.", "en")]
    [InlineData("Rusia menarik pengamat militernya dari Georgia.", "id")]
    public void Withdrawing_observers_is_withdrawing_inspectors(string text, string lang) =>
        Single(Code(text, lang: lang), "RUS 1662 GEO asserted");

    [Theory]
    // A contingent sent to keep order arrives to protect (074); a minister arriving is still a visit (042).
    [InlineData("The first contingent of Kenyan police arrived in Port-au-Prince on June 25.", "en")]
    [InlineData("Kontingen pertama polisi Kenya tiba di Port-au-Prince pada 25 Juni 2024.", "id")]
    public void A_police_contingent_arriving_is_deployed_to_protect(string text, string lang) =>
        Single(Code(text, lang: lang), "KENCOP 074 HTI asserted");
}
