using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// A killing, wounding or destruction coordinated after an assault by the same subject tells what the assault did
/// (behaviour column <c>consequence</c>): CAMEO codes the assault once. Each sentence is written for the test.
/// </summary>
public sealed class AssaultResultTests
{
    [Theory]
    [InlineData("Pasukan Israel menyerang sebuah kamp pengungsi di Jenin pada Selasa, menewaskan tiga orang.", "id")]
    [InlineData("Pesawat tempur Rusia membombardir kota Aleppo di Suriah, merusak sebuah rumah sakit dan melukai puluhan warga.", "id")]
    [InlineData("Israeli troops raided a refugee camp in Jenin on Tuesday, killing three people.", "en")]
    public void What_an_assault_did_is_no_event_of_its_own(string text, string lang)
    {
        var coded = Code(text, published: "2024-03-01", lang: lang);
        Assert.Contains(coded.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("182", StringComparison.Ordinal) || e.Cameo == "1712");
    }

    // The assault may be a noun carried by a light verb ("melancarkan tembakan artileri", "launched artillery fire").
    [Fact]
    public void What_an_assault_noun_did_is_no_event_of_its_own()
    {
        var coded = Code("Pasukan Azerbaijan melancarkan tembakan artileri ke pos-pos tentara Armenia, menewaskan empat tentara Armenia.",
            published: "2024-03-01", lang: "id");
        Single(coded, "AZEMIL 194 ARMMIL asserted");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("182", StringComparison.Ordinal));
    }

    // "in an attack on villagers": people whose country is only the story's default name no other target, so the attack
    // noun is how the killing was done, not a second act of force.
    [Fact]
    public void An_attack_noun_on_unnamed_people_is_the_manner_of_the_killing()
    {
        var coded = Code("Serbian police killed three Albanian men in an attack on villagers near the town.", published: "2024-03-01", lang: "en");
        Single(coded, "SRBCOP 1823 ALBCVL asserted");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "190");
    }

    [Fact]
    public void A_killing_after_an_act_that_is_no_assault_is_an_event()
    {
        var coded = Code("Polisi Sudan menangkap dua wartawan dan menewaskan seorang demonstran di Khartoum.", published: "2024-03-01", lang: "id");
        Assert.Contains(coded.Events, e => e.Cameo == "173");
        Assert.Contains(coded.Events, e => e.Cameo == "1823");
    }

    [Fact]
    public void Only_results_of_force_are_consequences()
    {
        var codebook = Warta.Events.CameoCodebook.Load(TestPaths.DataDirectory);
        Assert.True(codebook.Behaviour("1823").Consequence);
        Assert.True(codebook.Behaviour("1712").Consequence);
        Assert.False(codebook.Behaviour("190").Consequence);
        Assert.False(codebook.Behaviour("181").Consequence);   // an abduction is an act of its own
        Assert.False(codebook.Behaviour("173").Consequence);
    }
}
