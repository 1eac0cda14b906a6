using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Indonesian code choices for classes of sentences, each from the codebook (docs/accuracy.md, "Indonesian code choice on
/// the PLOVER sentences"). Each sentence is written for the test.
/// </summary>
public sealed class IndonesianEventClassTests
{
    // Agreeing is an intention to cooperate (030), as PLOVER codes "agreed to/on" (AGREE); 019 maps to no PLOVER type.
    [Theory]
    [InlineData("Pemerintah Sri Lanka setuju dengan usulan India.", "LKAGOV 030 IND asserted")]
    [InlineData("Dewan Keamanan PBB menyetujui pengiriman pasukan ke Haiti.", "IGOUNO 030 HTIMIL asserted")]
    public void Agreeing_is_an_intention_to_cooperate(string text, string expected)
    {
        var coded = Code(text, lang: "id");
        Single(coded, expected);
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "019");
    }

    // Withdrawing an international presence is CAMEO 166 as expelling it is; said as what one will do, a threat (136).
    [Theory]
    [InlineData("Uni Afrika menarik pasukan penjaga perdamaian dari Somalia.", "IGOAFRAFU 1661 SOM asserted")]
    [InlineData("Palang Merah Internasional menarik pekerja kemanusiaan dari Yaman.", "NGOHLHIRC 1663 YEM asserted")]
    [InlineData("PBB akan menarik para pemantau dari Suriah.", "IGOUNO 136 SYR asserted")]
    public void Withdrawing_an_international_presence_is_166(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    // Going somewhere for an act (kembali, menuju, berangkat ke X untuk …: realising clause words) is doing it there.
    [Theory]
    [InlineData("Para perunding Iran dan Arab Saudi kembali ke Baghdad pekan ini untuk melakukan perundingan.", "IRN 046 SAU asserted")]
    [InlineData("Ribuan petani Chile berangkat ke Santiago untuk menggelar unjuk rasa.", "CHLAGR 141 CHLGOV asserted")]
    public void The_purpose_of_a_journey_is_asserted(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    [Fact]
    public void The_purpose_of_a_deployment_stays_hypothetical() =>
        Single(Code("Tentara Israel dikerahkan ke Jenin untuk menyerang militan Palestina.", lang: "id"), "ISRMIL 190 PSEINS hypothetical");
}
