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
}
