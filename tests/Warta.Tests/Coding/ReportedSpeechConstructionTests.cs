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

    // "X did Y, she told a briefing, asking Z to …": a speech aside between a clause and a verb phrase is a parenthesis; the
    // verb phrase goes on with the clause before it, whose object is not its subject.
    [Theory]
    [InlineData("Vietnamese officials handed a note to the Chinese embassy, she told reporters, asking Beijing to investigate the incident.", "en")]
    [InlineData("Pejabat Vietnam menyerahkan sebuah nota kepada Kedutaan Besar China, ujar juru bicara itu kepada wartawan, meminta Beijing menyelidiki insiden tersebut.", "id")]
    public void A_verb_phrase_after_a_speech_aside_goes_on_with_the_clause_before_it(string text, string lang) =>
        Assert.Contains("VNMGOV 020 CHN asserted", Described(Code(text, lang: lang)));

    // A reported clause whose subject names a party keeps its coordinated verb: the police are not the speaker.
    [Fact]
    public void A_verb_joined_after_a_reported_party_stays_that_partys()
    {
        var coded = Code("Menteri Luar Negeri Thailand mengatakan tentara Kamboja menembaki desa perbatasan dan menangkap dua petani Thailand.", lang: "id");
        Assert.Contains("KHMMIL 173 THAAGR asserted", Described(coded));
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "173" && e.Source.Code.StartsWith("THA", StringComparison.Ordinal));
    }

    // "“Blokade itu harus dihentikan,” kata X": an earlier act that a speaker says must be undone (a passive whose patient
    // is the act, naming no party) is a demand (CAMEO 10) of whoever did it; a verdict in the same quote stays beside it.
    [Theory]
    [InlineData("Israel memberlakukan blokade atas Jalur Gaza. Menteri Luar Negeri Turki mengatakan blokade itu harus dihentikan.", "TURGOV 100 ISR asserted")]
    [InlineData("Rusia menangkap dua nelayan Jepang pekan lalu. \"Penangkapan itu harus segera dibatalkan,\" kata Menteri Luar Negeri Jepang.", "JPNGOV 100 RUS asserted")]
    public void An_act_said_to_need_undoing_is_a_demand_of_its_doer(string text, string expected) =>
        Assert.Contains(expected, Described(Code(text, lang: "id")));

    [Fact]
    public void A_verdict_stays_beside_the_demand_in_the_same_quote()
    {
        var described = Described(Code("China memberlakukan larangan impor beras Vietnam. \"Larangan ini sama sekali tidak berdasar dan harus dicabut,\" kata Menteri Perdagangan Vietnam.", lang: "id"));
        Assert.Contains("VNMGOV 100 CHN asserted", described);
        Assert.Contains(described, d => d.StartsWith("VNMGOV 11", StringComparison.Ordinal) && d.EndsWith("CHN asserted", StringComparison.Ordinal));
    }

    // What a relative clause says someone must do describes them; a patient that names no earlier act is no one's to undo.
    [Theory]
    [InlineData("\"Seorang duta besar, orang yang harus dipanggil untuk memperkuat hubungan, tidak boleh menghasut kekerasan,\" kata Menteri Luar Negeri Ukraina.")]
    [InlineData("Menteri Luar Negeri Turki mengatakan perbatasan harus dijaga dengan ketat.")]
    public void No_demand_from_a_relative_clause_or_a_patient_that_names_no_act(string text) =>
        Assert.DoesNotContain(Code(text, lang: "id").Events, e => e.Cameo == "100");
}
