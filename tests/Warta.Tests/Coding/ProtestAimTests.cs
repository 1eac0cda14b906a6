using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// What a protest is against: disapproval or rejection said as the purpose of a protest, or with a protest noun as its
/// subject, is the protest's aim and target, not a complaint (114) or rejection (120) of its own; and an event noun that
/// is the cue of a verb coding the same act is not coded a second time. Each sentence is written for the test.
/// </summary>
public sealed class ProtestAimTests
{
    [Theory]
    [InlineData("Ratusan petani Thailand menggelar unjuk rasa di Bangkok untuk memprotes kebijakan impor beras Vietnam.", "THAAGR 141 VNM asserted")]
    [InlineData("Thousands of Thai farmers staged a rally in Bangkok to protest against Vietnam's rice import policy.", "THAAGR 141 VNM asserted")]
    public void Protesting_as_the_purpose_of_a_protest_is_its_target_not_a_complaint(string text, string expected)
    {
        var coded = Code(text);
        Single(coded, expected);
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void A_protest_noun_that_opposes_something_is_the_protest_aimed_at_it()
    {
        var coded = Code("Demonstrasi mahasiswa Kenya menentang pajak baru pemerintah Kenya berlangsung selama tiga hari.", lang: "id");
        Single(coded, "KENEDU 141 KENGOV asserted");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void A_summons_to_protest_is_still_a_complaint()
    {
        // The purpose of a summons is no demonstration: the complaint stays.
        var coded = Code("Kementerian Luar Negeri Jepang memanggil duta besar China untuk memprotes pelanggaran wilayah udara.", lang: "id");
        Assert.Contains(coded.Events, e => e.Source.Code == "JPNGOV" && e.Cameo == "114");
    }

    [Fact]
    public void What_protesters_demand_stays_a_demand()
    {
        var coded = Code("Ribuan buruh Argentina berunjuk rasa di Buenos Aires untuk menuntut pemerintah Argentina menaikkan upah.", lang: "id");
        Assert.Contains(coded.Events, e => e.Source.Code == "ARGLAB" && e.Cameo.StartsWith("10", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Para buruh Argentina melanjutkan pemogokan pada Selasa.", "143")]
    [InlineData("Sekitar 300 tahanan Palestina memulai mogok makan di penjara Ofer.", "142")]
    public void A_noun_a_verb_carries_out_is_one_event(string text, string code)
    {
        var coded = Code(text, lang: "id");
        Assert.Single(coded.Events, e => e.Cameo == code);
    }

    [Fact]
    public void A_noun_with_a_possessor_of_its_own_is_the_other_party_act()
    {
        // Hosting (043) carries "kunjungan" as its cue, but the visit itself is the guest's (042).
        var coded = Code("Presiden Kenya menerima kunjungan Perdana Menteri Etiopia di Nairobi.", lang: "id");
        Single(coded, "KENGOV 043 ETHGOV asserted");
        Single(coded, "ETHGOV 042 KENGOV asserted");
    }

    // A protest held in another country's territory, with no one named, is aimed at the authority there, not at the
    // protesters' own government (home-government; the place comes from a locative phrase of the clause).
    [Fact]
    public void A_protest_with_no_one_named_is_aimed_at_the_government_where_it_is_held()
    {
        var coded = Code("Ethiopian migrants rioted on Sunday at a detention centre in Yemen, Ethiopian officials said.", published: "2024-03-01", lang: "en");
        var riot = Assert.Single(coded.Events, e => e.Cameo == "145");
        Assert.Equal("YEMGOV", riot.Target?.Code);
        Assert.Equal("home-government", riot.ActorRule?.Target);
    }
}
