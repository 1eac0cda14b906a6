using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Withdrawing an international presence (menarik, penarikan) is CAMEO 166 as expelling it is: peacekeepers 1661,
/// inspectors and observers 1662, aid workers 1663; said as what one will do, a threat to halt involvement (136).
/// Each sentence is written for the test.
/// </summary>
public sealed class IndonesianWithdrawalTests
{
    [Theory]
    [InlineData("Uni Afrika menarik pasukan penjaga perdamaian dari Somalia.", "IGOAFRAFU 1661 SOM asserted")]
    [InlineData("Palang Merah Internasional menarik pekerja kemanusiaan dari Yaman.", "NGOHLHIRC 1663 YEM asserted")]
    [InlineData("PBB akan menarik para pemantau dari Suriah.", "IGOUNO 136 SYR asserted")]
    public void Withdrawing_an_international_presence_is_166(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);
}
