using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// An act both ways (meet, hold talks with) that one party only says it will do is that party's intent alone: the other
/// side said nothing. A joint verb governing it ("agreed with Y to hold talks") keeps it both ways.
/// </summary>
public sealed class OneSidedIntentTests
{
    [Theory]
    [InlineData("Chile's president said he was willing to meet Peru's president.", "en")]
    [InlineData("Chile plans to hold talks with Peru.", "en")]
    [InlineData("Chile berencana mengadakan perundingan dengan Peru.", "id")]
    public void A_stated_intent_to_meet_is_the_speakers_alone(string text, string lang)
    {
        var events = Code(text, lang: lang).Events;
        Assert.Contains(events, e => e.Root == "03" && e.Source.Country == "CHL" && e.Target?.Country == "PER");
        Assert.DoesNotContain(events, e => e.Source.Country == "PER");
    }

    [Fact]
    public void Agreeing_with_the_other_side_to_meet_is_both_sides_intent()
    {
        var events = Code("Chile agreed with Peru to hold talks on the border.", lang: "en").Events;
        Assert.Contains(events, e => e.Root == "03" && e.Source.Country == "CHL" && e.Target?.Country == "PER");
        Assert.Contains(events, e => e.Root == "03" && e.Source.Country == "PER" && e.Target?.Country == "CHL");
    }
}
