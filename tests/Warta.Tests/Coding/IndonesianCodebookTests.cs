using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Indonesian constructions and lexicon rows the per-code evaluation set (eval/codebook/codebook.id.json) showed missing;
/// the sentences here are written for the tests, not taken from the set.
/// </summary>
public sealed class IndonesianCodebookTests
{
    [Fact]
    public void A_bare_root_after_saling_is_the_verb_of_that_root_both_ways() =>
        Assert.Equal(["SDNMIL 190 TCDMIL asserted", "TCDMIL 190 SDNMIL asserted"],
            Described(Code("Pasukan Sudan dan Chad saling serang di dekat perbatasan pada Kamis.", lang: "id")).Order(StringComparer.Ordinal));

    [Fact]
    public void An_event_noun_after_aksi_is_the_act() =>
        Single(Code("Mahasiswa Peru melancarkan aksi pembangkangan terhadap pemerintah di Lima pada Kamis.", lang: "id"), "PEREDU 140 PERGOV asserted");

    [Theory]
    [InlineData("Pemerintah Kolombia belum memutuskan apakah akan mencabut sanksi terhadap Venezuela.")]
    [InlineData("Belum jelas apakah Chile akan menutup perbatasannya dengan Peru.")]
    public void An_act_an_apakah_question_asks_about_is_not_asserted(string text) =>
        Assert.DoesNotContain(Code(text, lang: "id").Events, e => e.Modality == "asserted");

    [Fact]
    public void Recognising_a_state_named_as_the_object_is_diplomatic_recognition() =>
        Single(Code("Pemerintah Meksiko secara resmi mengakui Negara Palestina pada Kamis.", lang: "id"), "MEXGOV 054 PSE asserted");

    [Fact]
    public void Admitting_an_act_stays_an_admission()
    {
        var coded = Code("Pemerintah Peru mengakui telah menahan dua nelayan Chile.", lang: "id");
        Assert.Contains(coded.Events, e => e.Cameo == "015");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "054");
    }

    [Fact]
    public void Breaking_relations_is_the_subjects_act_alone() =>
        Assert.Equal(["CHLGOV 161 PER asserted"], Described(Code("Pemerintah Chile memutuskan hubungan diplomatik dengan Peru pada Kamis.", lang: "id")));

    [Theory]
    [InlineData("Chile dan Peru menjalin kerja sama diplomatik untuk menghadapi krisis migran.", "050")]
    [InlineData("Angkatan Laut Chile dan Peru menggelar latihan perang bersama di Pasifik.", "062")]
    public void A_modifier_of_the_cooperation_noun_decides_its_kind(string text, string code) =>
        Assert.All(Code(text, lang: "id").Events, e => Assert.Equal(code, e.Cameo));

    [Theory]
    [InlineData("Kementerian Dalam Negeri Peru mencabut akreditasi tiga wartawan Chile.", "PERGOV 172 CHLMED asserted")]
    [InlineData("Milisi itu melakukan kekerasan massal terhadap warga Chad.", "TCDINS 200 TCDCVL asserted")]
    [InlineData("Peru menggugat Chile ke Mahkamah Internasional atas sengketa perairan.", "PER 115 CHL asserted")]
    public void Lexicon_rows_the_codebook_set_showed_missing(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    [Fact]
    public void Offering_oneself_as_mediator_is_an_intent_to_mediate() =>
        Assert.Equal(["COL 039 CHL asserted", "COL 039 PER asserted"],
            Described(Code("Kolombia menawarkan diri menjadi penengah antara Chile dan Peru.", lang: "id")).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Chile mengancam akan menutup perbatasan dengan Peru, Selasa (9/1).", "CHL 132 PER asserted")]
    [InlineData("Chile meminta Peru menerima tawaran mediasi Brasil, Selasa (9/1).", "CHL 028 PER asserted")]
    public void A_dateline_at_the_end_of_the_sentence_dates_its_main_act(string text, string expected) =>
        Assert.Equal("2024-01-09 text", DateOf(Single(Code(text, lang: "id"), expected)));

    [Fact]
    public void A_date_inside_the_governed_clause_is_not_a_dateline() =>
        Assert.Equal("2024-01-10 published",
            DateOf(Single(Code("Chile meminta Peru menerima tawaran mediasi Brasil pada Selasa (9/1).", lang: "id"), "CHL 028 PER asserted")));

    [Theory]
    [InlineData("Ratusan nelayan Peru memblokade pelabuhan Callao pada Kamis.", "144")]
    [InlineData("Angkatan Laut Peru memblokade pelabuhan Callao pada Kamis.", "191")]
    public void A_blockade_by_people_is_a_protest_and_by_a_states_forces_a_blockade(string text, string code) =>
        Assert.Contains(Code(text, lang: "id").Events, e => e.Cameo == code && e.Modality == "asserted");

    [Theory]
    [InlineData("Ratusan sopir truk Chile memblokade jalan raya menuju Santiago pada Kamis.")]
    [InlineData("Ribuan mahasiswa Peru menduduki gedung parlemen di Lima pada Kamis.")]
    public void Blocking_a_road_or_occupying_a_building_is_what_protesters_do(string text) =>
        Assert.Contains(Code(text, lang: "id").Events, e => e.Cameo == "144");

    [Theory]
    [InlineData("Tentara Bolivia memblokade jalan menuju perbatasan Peru pada Kamis.")]
    [InlineData("Tentara Bolivia menduduki bandara Cusco di Peru pada Kamis.")]
    public void The_same_act_by_the_states_forces_is_no_protest(string text) =>
        Assert.DoesNotContain(Code(text, lang: "id").Events, e => e.Cameo == "144");
}
