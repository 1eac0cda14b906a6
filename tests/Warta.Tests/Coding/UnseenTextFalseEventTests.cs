using Warta.Coding;
using Warta.Text;
using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// False events found on text nobody tuned the coder on (UD sentences, eval/unseen): a sense of a verb that is no
/// political event (a sense discard, code '---' in predicates.tsv), a compound whose first noun was read as the cue, and
/// acts that the text says were avoided or only expected.
/// </summary>
public sealed class UnseenTextFalseEventTests
{
    [Theory]
    // Claiming a thing is applying for it or asserting a possession, not a statement (010).
    [InlineData("The Canadian couple claimed ownership of the stolen painting.", "en")]
    // membebaskan + a levy is an exemption, not a release (084).
    [InlineData("Menteri Keuangan Indonesia membebaskan bea masuk atas impor beras.", "id")]
    // A rating agency affirming a rating states nothing to any party.
    [InlineData("Pefindo menegaskan kembali peringkat obligasi Bank Mandiri.", "id")]
    public void A_discarded_sense_of_a_verb_is_no_event(string text, string lang) =>
        Assert.Empty(Code(text, lang: lang).Events);

    [Theory]
    [InlineData("Hamas claimed responsibility for the attack.", "en", "015")]
    [InlineData("Pemerintah Indonesia membebaskan dua nelayan Malaysia.", "id", "0841")]
    public void The_verbs_other_senses_keep_their_codes(string text, string lang, string code) =>
        Assert.Contains(Code(text, lang: lang).Events, e => e.Cameo == code && e.Modality == "asserted");

    [Fact]
    public void A_letter_bomb_is_a_bombing_not_a_letter()
    {
        var coded = Code("Militants sent letter bombs to the Israeli embassy in London.", lang: "en");
        Assert.Contains(coded.Events, e => e.Cameo == "183" && e.Target?.Country == "ISR");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "040");
    }

    [Theory]
    [InlineData("The United States avoided criticising the Pakistani president.", "en")]
    [InlineData("Amerika Serikat menghindari mengkritik Presiden Filipina.", "id")]
    public void An_avoided_act_is_not_asserted(string text, string lang)
    {
        var coded = Code(text, lang: lang);
        Assert.Contains(coded.Events, e => e.Cameo == "111");
        Assert.DoesNotContain(coded.Events, e => e.Modality == "asserted");
    }

    [Theory]
    // "may" is a modal of possibility like "might"; "diperkirakan akan" is others' forecast, not the visitor's intent (036).
    [InlineData("The Japanese prime minister may visit Beijing next month.", "en")]
    [InlineData("Perdana Menteri Jepang diperkirakan akan berkunjung ke Beijing bulan depan.", "id")]
    public void A_possible_or_forecast_visit_is_hypothetical_not_an_intent(string text, string lang)
    {
        var coded = Code(text, lang: lang);
        Assert.Contains(coded.Events, e => e.Cameo == "042" && e.Modality == "hypothetical");
        Assert.DoesNotContain(coded.Events, e => e.Modality == "asserted");
    }

    [Fact]
    public void What_an_allegation_reports_in_a_that_clause_is_alleged()
    {
        var coded = Code("Israel alleged that Iran sent weapons to Hezbollah.", lang: "en");
        Assert.Contains(coded.Events, e => e.Source.Code == "ISR" && e.Cameo == "112" && e.Modality == "asserted");
        Assert.Contains(coded.Events, e => e.Source.Code == "IRN" && e.Cameo == "072" && e.Modality == "alleged");
    }

    [Fact]
    public void What_a_plain_statement_reports_stays_asserted() =>
        Assert.Contains(Code("Israel said that Iran sent weapons to Hezbollah.", lang: "en").Events,
            e => e.Source.Code == "IRN" && e.Cameo == "072" && e.Modality == "asserted");

    [Fact]
    public void Promised_revenge_is_a_threat_not_an_attack()
    {
        var coded = Code("The Iraqi clerics promised immediate revenge against the American soldiers.", lang: "en");
        Assert.Contains(coded.Events, e => e.Cameo == "138" && e.Target?.Country == "USA");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo == "030");
    }

    [Theory]
    // The subject of a passive speech verb is what was said or named, not who said it.
    [InlineData("Di Irlandia ia disebut Buku Putih.", "id")]
    [InlineData("Over 300 Iraqis are reported dead in Fallujah.", "en")]
    public void A_passive_statement_with_no_agent_has_no_speaker(string text, string lang) =>
        Assert.DoesNotContain(Code(text, lang: lang).Events, e => e.Cameo == "010");

    [Theory]
    [InlineData("Hal itu dinyatakan oleh Menteri Luar Negeri Retno Marsudi di Jakarta.", "id")]
    [InlineData("Hal itu dikatakan Menteri Luar Negeri Retno Marsudi di Jakarta.", "id")]
    public void A_passive_statement_is_made_by_its_agent(string text, string lang) =>
        Assert.Contains(Code(text, lang: lang).Events, e => e.Cameo == "010" && e.Source.Code == "IDNGOV");

    [Fact]
    public void Explain_names_a_sense_discard_as_such()
    {
        var output = new StringWriter();
        new Explainer(SharedCoder.Instance).Explain(
            new NewsDocument("d", "Menteri Keuangan Indonesia membebaskan bea masuk atas impor beras.", new DateOnly(2024, 1, 15)), output);
        Assert.Contains("membebaskan+bea→--- (a sense discard", output.ToString());
    }
}
