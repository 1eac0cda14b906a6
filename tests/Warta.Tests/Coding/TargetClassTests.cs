using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Classes of targets that are not about words: the partner of a relational noun inside a place or noun phrase
/// (relational-partner), and a rejection the text names no target for (CAMEO 12 is target-optional).
/// </summary>
public sealed class TargetClassTests
{
    [Theory]
    // A bare role as the object (troops with no country) does not hide the border's other side.
    [InlineData("Turki mengerahkan ribuan tentara ke perbatasan dengan Suriah pada Senin.", "id", "TUR 154 SYR asserted")]
    [InlineData("Turkey deployed thousands of soldiers to the border with Syria on Monday.", "en", "TUR 154 SYR asserted")]
    // A from-phrase names where the goods come from: the trading partner.
    [InlineData("Korea Selatan menghentikan impor daging sapi dari Brasil pada Selasa.", "id", "KOR 163 BRA asserted")]
    [InlineData("South Korea halted imports from Brazil on Tuesday.", "en", "KOR 163 BRA asserted")]
    // The noun's own with-phrase, not the one of the talks further right.
    [InlineData("Indonesia strengthened ties with Australia ahead of talks with Japan on Monday.", "en", "IDN 060 AUS asserted")]
    public void The_partner_of_a_relational_noun_is_its_own_with_or_from_phrase(string text, string lang, string description)
    {
        var e = Single(Code(text, lang: lang), description);
        Assert.Equal("relational-partner", e.ActorRule?.Target);
    }

    [Fact]
    public void A_with_phrase_the_tree_hangs_elsewhere_is_not_taken_from_a_later_noun()
    {
        // "with the United States" belongs to "talks", outside the phrase of "its cooperation": no partner of the cooperation.
        var coded = Code("Canada expanded its cooperation with Mexico ahead of talks with the United States on Monday.", lang: "en");
        Assert.Contains("CAN 060 MEX asserted", Described(coded));
        Assert.DoesNotContain(coded.Events, e => e.Source.Code == "CAN" && e.Target?.Code == "USA");
    }

    [Theory]
    [InlineData("Korea Utara menolak usulan itu pada Selasa.", "id")]
    [InlineData("North Korea rejected the proposal on Tuesday.", "en")]
    public void A_rejection_with_no_target_named_is_kept(string text, string lang)
    {
        // CAMEO 12 may stand without a target (behaviour target_optional): the proposal's maker is not named.
        var e = Single(Code(text, lang: lang), "PRK 120 - asserted");
        Assert.Null(e.Target);
    }
}
