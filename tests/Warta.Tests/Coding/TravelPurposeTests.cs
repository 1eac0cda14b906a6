using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Going somewhere for an act (kembali, menuju, berangkat ke X untuk …: clause-words kind realising) is doing it there,
/// so the purpose is asserted; a purpose after any other verb stays hypothetical. Each sentence is written for the test.
/// </summary>
public sealed class TravelPurposeTests
{
    [Theory]
    [InlineData("Para perunding Iran dan Arab Saudi kembali ke Baghdad pekan ini untuk melakukan perundingan.", "IRN 046 SAU asserted")]
    [InlineData("Ribuan petani Chile berangkat ke Santiago untuk menggelar unjuk rasa.", "CHLAGR 141 CHLGOV asserted")]
    public void The_purpose_of_a_journey_is_asserted(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    [Fact]
    public void The_purpose_of_a_deployment_stays_hypothetical() =>
        Single(Code("Tentara Israel dikerahkan ke Jenin untuk menyerang militan Palestina.", lang: "id"), "ISRMIL 190 PSEINS hypothetical");
}
