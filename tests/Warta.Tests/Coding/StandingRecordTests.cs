using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>A relative clause that only says what its antecedent is known for is no event of the story.</summary>
public sealed class StandingRecordTests
{
    [Fact]
    public void A_present_perfect_relative_clause_set_off_by_commas_is_not_coded()
    {
        var coded = Code("Norway, which has mediated between Colombia and the rebels, declined to comment on the raid.", lang: "en");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "045");
    }

    [Theory]
    [InlineData("Norway mediated between Colombia and Venezuela on Monday.")]
    [InlineData("Chile expelled the Peruvian envoy, who had insulted the government.")]
    [InlineData("Norway, which mediated between Colombia and Venezuela last year, offered to host talks.")]
    public void Acts_of_the_story_and_earlier_acts_it_places_stay_coded(string text)
    {
        Assert.NotEmpty(Code(text, lang: "en").Events);
    }
}
