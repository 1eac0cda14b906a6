using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Indonesian event families and the passive light-verb construction (docs/accuracy.md, "Indonesian event families, round
/// ten"). Each sentence is written for the test.
/// </summary>
public sealed class IndonesianEventFamilyTests
{
    // An event noun that is the subject of a passive light verb (dilakukan, dilontarkan, disampaikan, digelar …) was done by
    // that verb's agent, bare or after oleh, and aimed at whom the verb's phrase with the noun's target preposition names.
    [Theory]
    [InlineData("Kecaman keras dilontarkan Indonesia terhadap Israel.", "IDN 111 ISR asserted")]
    [InlineData("Kritik tajam disampaikan oleh Filipina terhadap China pada Senin.", "PHL 111 CHN asserted")]
    [InlineData("Penggeledahan itu dilakukan oleh Kejaksaan Agung terhadap Kementerian Perdagangan.", "IDNJUD 091 IDNGOV asserted")]
    public void An_event_noun_under_a_passive_light_verb_takes_its_agent(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    // The passive light verb lends its modality: a noun it denies was not done.
    [Fact]
    public void A_denied_passive_light_verb_asserts_no_event()
    {
        var coded = Code("Kecaman itu tidak dilontarkan oleh Malaysia terhadap Singapura.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "111" && e.Modality == "asserted");
    }

    // Only the agent of a light verb is the noun's doer: "dikecam oleh PBB" names who condemned, not who attacked.
    [Fact]
    public void Another_passive_verbs_agent_is_no_doer()
    {
        var coded = Code("Serangan itu dikecam oleh Perserikatan Bangsa-Bangsa.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source.Code.StartsWith("IGO", StringComparison.Ordinal));
    }

    // Verbs and peN-…-an nouns of families that had neither: searching premises (091), repatriation (0841), funding (071),
    // reconciling parties (045), and the nouns of sending troops or arms (154, 072) under a light verb.
    [Theory]
    [InlineData("Kejaksaan Agung menggeledah kantor Kementerian Perdagangan pada Selasa.", "IDNJUD 091 IDNGOV asserted")]
    [InlineData("Malaysia merepatriasi ratusan pengungsi ke Myanmar.", "MYS 0841 MMR asserted")]
    [InlineData("Jepang membiayai pembangunan pelabuhan di Sri Lanka untuk pemerintah Sri Lanka.", "JPN 071 LKAGOV asserted")]
    [InlineData("Qatar mendamaikan Rwanda dan Kongo.", "QAT 045 RWA asserted")]
    [InlineData("Rusia melakukan pengiriman pasukan ke Belarus.", "RUS 154 BLR asserted")]
    public void Family_rows_code_their_act(string text, string expected) =>
        Assert.Contains(expected, Described(Code(text, lang: "id")));

    // "X tewas dalam serangan Y": the assault a casualty word (tewas, terbunuh, terluka) is in hit that word's subject.
    [Theory]
    [InlineData("Tiga warga Palestina tewas dalam serangan udara Israel di Gaza pada Senin.", "ISR 195 PSECVL asserted")]
    [InlineData("Dua tentara Ukraina terluka akibat serangan drone Rusia.", "RUS 195 UKRMIL asserted")]
    public void An_assault_hits_the_subject_of_the_casualty_word_it_follows(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    // Only a casualty word lends its subject: "menewaskan" names the killer, and a verb of saying is no casualty.
    [Fact]
    public void A_non_casualty_word_lends_no_victim()
    {
        var coded = Code("Warga Palestina berunjuk rasa dalam serangan Israel ke Gaza.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code == "ISR" && e.Target?.Code == "PSECVL");
    }

    // PETRARCH-2's RECEIVE + leader, minister, ambassador (043): the title right after "menerima"; a title elsewhere in the
    // clause is no visit ("Presiden X menerima bantuan dari Jepang").
    [Fact]
    public void Receiving_a_leader_hosts_a_visit()
    {
        Single(Code("Presiden Mesir menerima Perdana Menteri Malaysia di Kairo.", lang: "id"), "EGYGOV 043 MYSGOV asserted");
        Assert.DoesNotContain(Code("Presiden Filipina menerima bantuan dari Jepang.", lang: "id").Events, e => e.Cameo == "043");
    }

    // A stated purpose (bertujuan) is not yet done: the act it aims at is hypothetical.
    [Fact]
    public void A_stated_purpose_is_hypothetical()
    {
        var coded = Code("Kanada mendukung resolusi Dewan Keamanan PBB yang bertujuan memperketat sanksi terhadap Iran.", lang: "id");
        Single(coded, "IGOUNO 163 IRN hypothetical");
    }

    // The nouns of melarang, membakar and memperketat, loans and donations (PETRARCH-2 LOAN, LEND 071), and the English
    // lexicon's BAN + aid (162) and BAN + demonstration (1721).
    [Theory]
    [InlineData("Filipina menerima pinjaman dari Jepang.", "JPN 071 PHL asserted")]
    [InlineData("Amerika Serikat melarang bantuan kepada Myanmar.", "USA 162 MMR asserted")]
    [InlineData("Pemerintah Thailand melarang unjuk rasa di Bangkok.", "THAGOV 1721 THA asserted")]
    [InlineData("Israel melakukan penghancuran rumah warga Palestina di Tepi Barat.", "ISR 1712 PSECVL asserted")]
    [InlineData("Polisi Malaysia merazia pekerja migran Indonesia di Johor.", "MYSCOP 173 IDNCVL asserted")]
    [InlineData("Filipina membeli rudal jelajah dari India.", "PHL 062 IND asserted")]
    public void Nouns_and_synonyms_of_coded_verbs(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    // passive-entry-preposition: a passive whose subject is the entry's own cue (the act, not a party) is aimed at the party the
    // entry's preposition names, as the active clause is; before, such a passive had no target and was dropped.
    [Theory]
    [InlineData("Sanksi baru dijatuhkan Uni Eropa terhadap Rusia.", "id", "IGOEUREEC 163 RUS asserted")]
    [InlineData("Serangan udara dilancarkan Israel terhadap Lebanon.", "id", "ISR 195 LBN asserted")]
    [InlineData("Bantuan kemanusiaan diberikan Jepang kepada Filipina.", "id", "JPN 073 PHL asserted")]
    [InlineData("New sanctions were imposed by the European Union on Russia.", "en", "IGOEUREEC 163 RUS asserted")]
    public void A_passive_whose_subject_is_its_cue_is_aimed_at_the_party_named(string text, string lang, string expected) =>
        Single(Code(text, lang: lang), expected);

    // A passive whose subject names a party keeps that party as its target (patient-subject comes first).
    [Fact]
    public void A_passive_subject_that_names_a_party_stays_the_target() =>
        Single(Code("Dua warga Indonesia ditangkap oleh polisi Malaysia di Johor.", lang: "id"), "MYSCOP 173 IDNCVL asserted");
}
