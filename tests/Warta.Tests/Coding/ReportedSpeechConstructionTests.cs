using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Reported speech and hedged statements in Indonesian (docs/coding.md, "Speech" and "Modality"). Each sentence is
/// written for the test.
/// </summary>
public sealed class ReportedSpeechConstructionTests
{
    // "X menyatakan [sesuatu] …, dan/seraya V": a verb joined after a reported clause whose subject names no one (a
    // process, an election, a plan) goes on with the speaker's acts.
    [Theory]
    [InlineData("Juru bicara Kementerian Luar Negeri Thailand menyatakan pemilu berlangsung damai dan menuduh oposisi Kamboja menyebarkan kabar bohong.",
        "THAGOV 112 KHMOPP asserted")]
    [InlineData("Menteri Luar Negeri Malaysia mengatakan proses perundingan berjalan lambat dan mengecam tindakan Filipina.",
        "MYSGOV 111 PHL asserted")]
    [InlineData("Pemerintah Vietnam menyatakan setiap survei di perairan itu harus disetujui lebih dulu, seraya menuduh Beijing melanggar hukum laut.",
        "VNMGOV 112 CHN asserted")]
    public void A_verb_joined_after_a_reported_thing_is_the_speakers_act(string text, string expected) =>
        Assert.Contains(expected, Described(Code(text, lang: "id")));

    // A reported clause whose subject names a party keeps its coordinated verb: the police are not the speaker.
    [Fact]
    public void A_verb_joined_after_a_reported_party_stays_that_partys()
    {
        var coded = Code("Menteri Luar Negeri Thailand mengatakan tentara Kamboja menembaki desa perbatasan dan menangkap dua petani Thailand.", lang: "id");
        Assert.Contains("KHMMIL 173 THAAGR asserted", Described(coded));
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "173" && e.Source.Code.StartsWith("THA", StringComparison.Ordinal));
    }
}
