using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Indonesian constructions and codebook rows (docs/coding.md, "Indonesian constructions: coordinated parties, control
/// verbs with their own rows, ter- forms, rejections"). Each sentence is written for the test.
/// </summary>
public sealed class IndonesianConstructionTests
{
    // The clause builder gives each conjunct of a prepositional phrase the preposition of the first: each is a target.
    [Theory]
    [InlineData("Rusia melancarkan serangan udara terhadap Georgia dan Ukraina.", "RUS 195 GEO asserted", "RUS 195 UKR asserted")]
    [InlineData("Norwegia memulai mediasi antara Sudan dan Chad pada Selasa.", "NOR 045 SDN asserted", "NOR 045 TCD asserted")]
    public void Each_party_after_one_preposition_is_a_target(string text, string first, string second)
    {
        var described = Described(Code(text, lang: "id"));
        Assert.Contains(first, described);
        Assert.Contains(second, described);
    }
}
