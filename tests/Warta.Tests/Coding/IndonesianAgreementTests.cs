using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Agreeing (setuju, menyetujui, sepakat) is an intention to cooperate (030), as PLOVER codes "agreed to/on" (AGREE) and
/// as the English lexicon codes agree; 019 (accord of opinion) maps to no PLOVER type. Each sentence is written for the test.
/// </summary>
public sealed class IndonesianAgreementTests
{
    [Theory]
    [InlineData("Pemerintah Sri Lanka setuju dengan usulan India.", "LKAGOV 030 IND asserted")]
    [InlineData("Dewan Keamanan PBB menyetujui pengiriman pasukan ke Haiti.", "IGOUNO 030 HTIMIL asserted")]
    public void Agreeing_is_an_intention_to_cooperate(string text, string expected)
    {
        var coded = Code(text, lang: "id");
        Single(coded, expected);
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "019");
    }
}
