using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Indonesian predicates refined by their cues: the rows that fill the CAMEO codes PETRARCH-2 covers and Indonesian had
/// few entries for (tools/lexicon/indonesian_coverage.py --few), cues that are the verb of a governed clause, and verdicts
/// on what a speech verb reports. Each sentence is written for the test.
/// </summary>
public sealed class IndonesianCueTests
{
    [Theory]
    [InlineData("Presiden Kenya menyatakan optimisme atas pemilu di Somalia.", "KENGOV", "013")]
    [InlineData("Menteri Perdagangan Vietnam mengajak Jepang berinvestasi di sektor energi.", "VNMGOV", "0211")]
    [InlineData("Pemerintah Argentina meminta Spanyol mengekstradisi mantan menteri itu.", "ARGGOV", "0213")]
    [InlineData("Presiden Sudan mengikuti KTT Uni Afrika di Addis Ababa.", "SDNGOV", "044")]
    [InlineData("Pemerintah Kolombia memberikan konsesi kepada pemberontak FARC.", "COLGOV", "080")]
    [InlineData("Pengadilan Kriminal Internasional menyelidiki genosida di Myanmar.", "IGOJUDICC", "094")]
    [InlineData("Pemerintah Mali menolak pasukan penjaga perdamaian PBB.", "MLIGOV", "1224")]
    [InlineData("Pemerintah Etiopia menolak tawaran mediasi dari Kenya.", "ETHGOV", "126")]
    [InlineData("Puluhan tahanan Palestina menggelar mogok makan di penjara Israel.", "PSECVL", "142")]
    [InlineData("Korea Utara menyiagakan pasukan di perbatasan dengan Korea Selatan.", "PRK", "152")]
    [InlineData("Oposisi Nepal mengajukan mosi terhadap Perdana Menteri Nepal.", "NPLOPP", "113")]
    [InlineData("Pemerintah Filipina menawarkan amnesti kepada pemberontak komunis.", "PHLGOV", "035")]
    [InlineData("Milisi Houthi mengkhianati gencatan senjata dengan Arab Saudi.", "YEMINS", "196")]
    [InlineData("Rusia menolak usulan perdamaian dari Ukraina.", "RUS", "127")]
    [InlineData("Amerika Serikat memberikan batas waktu kepada Iran.", "USA", "139")]
    [InlineData("Kapal penjaga pantai China mencegat kapal nelayan Filipina.", "CHNCOP", "170")]
    [InlineData("Kapal militer Iran menerobos blokade Amerika Serikat di Teluk Oman.", "IRNMIL", "128")]
    public void A_thin_code_is_reached_by_its_verb_and_object(string text, string source, string code) =>
        AssertCoded(text, source, code);

    [Theory]
    [InlineData("Juru bicara Kementerian Luar Negeri Brasil menolak menanggapi laporan itu.", "BRAGOV", "011")]
    [InlineData("Pemerintah Malaysia akan meninjau ulang kerja sama pertahanan dengan Australia.", "MYSGOV", "014")]
    [InlineData("Perdana Menteri Pakistan mengimbau Arab Saudi mendukung posisinya.", "PAKGOV", "022")]
    [InlineData("Ribuan warga Irak menuntut pasukan Amerika Serikat hengkang dari Irak.", "IRQCVL", "106")]
    public void A_cue_may_be_the_verb_of_the_clause_the_predicate_governs(string text, string source, string code) =>
        AssertCoded(text, source, code);

    [Fact]
    public void Urging_someone_to_act_is_an_appeal_refined_by_the_act()
    {
        var coded = Code("Indonesia mendesak junta Myanmar menghentikan kekerasan.", lang: "id");
        Single(coded, "IDN 0256 MMRMIL asserted");
    }

    [Fact]
    public void A_purpose_clause_after_the_object_is_no_cue_of_the_verb()
    {
        // mengirimkan + pangan would be food aid (073); here the food is what the proposals are for.
        var coded = Code("Menteri Luar Negeri Turki mengirimkan usulan kepada Rusia untuk memulihkan ekspor pangan.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pemerintah Thailand mengatakan tuduhan Kamboja sama sekali tidak berdasar.", "THAGOV 111 KHM asserted")]
    [InlineData("Menteri Luar Negeri Chile menyebut tuntutan Bolivia tidak dapat diterima.", "CHLGOV 111 BOL asserted")]
    [InlineData("Menteri Luar Negeri Chile menyebut tuntutan Bolivia \"tidak dapat diterima\" dan berlebihan.", "CHLGOV 111 BOL asserted")]
    [InlineData("Pemerintah Thailand menilai tuduhan Kamboja \u201Csama sekali tidak berdasar\u201D.", "THAGOV 111 KHM asserted")]
    public void A_verdict_on_what_a_speech_verb_reports_is_a_criticism(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    [Theory]
    [InlineData("Kamboja menahan tiga tentara Thailand di perbatasan pada Senin. \u201CPenahanan itu sama sekali tidak dapat dibenarkan,\u201D ujar juru bicara Kementerian Luar Negeri Thailand.", "THAGOV 111 KHM")]
    [InlineData("Pemerintah Mesir menutup perlintasan Rafah bagi truk bantuan. \"Penutupan ini provokatif dan harus dihentikan,\" kata Menteri Luar Negeri Yordania.", "JORGOV 111 EGY")]
    public void A_verdict_inside_a_quote_is_the_attributed_speakers_criticism(string text, string expected)
    {
        var coded = Code(text, lang: "id");
        Assert.True(coded.Events.Any(e => Describe(e).StartsWith(expected, StringComparison.Ordinal)),
            $"no {expected} among: {string.Join("; ", Described(coded))}");
    }

    [Fact]
    public void A_quote_without_a_verdict_gives_its_attribution_no_criticism()
    {
        var coded = Code("Kamboja menahan tiga tentara Thailand di perbatasan. \u201CKami akan terus berunding dengan Phnom Penh,\u201D ujar juru bicara Kementerian Luar Negeri Thailand.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verdict_stays_beside_another_act_of_the_same_speaker()
    {
        // The warning is coded from the same embassy; the verdict is a criticism of its own, no bare statement to drop.
        var coded = Code("Polisi Venezuela menangkap dua diplomat Kolombia di Caracas pada Senin. Kedutaan Besar Kolombia di Caracas menyebut "
            + "penangkapan itu tidak berdasar dan memperingatkan bahwa Bogota akan membalas.", lang: "id");
        Assert.Contains(coded.Events, e => e.Source.Code == "COLGOV" && e.Cameo == "111" && e.Target?.Code.StartsWith("VEN", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_speech_verb_takes_no_other_cue_from_the_clause_it_reports()
    {
        // The rejection is China's, reported by the Philippines: the speaker does not reject anything.
        var coded = Code("Presiden Filipina mengatakan China menolak bantuan kemanusiaan dari Jepang.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code == "PHLGOV" && e.Cameo.StartsWith("12", StringComparison.Ordinal));
    }

    private static void AssertCoded(string text, string source, string code)
    {
        var coded = Code(text, lang: "id");
        Assert.True(coded.Events.Any(e => e.Source.Code == source && e.Cameo == code),
            $"no {source} {code} among: {string.Join("; ", Described(coded))}");
    }
}
