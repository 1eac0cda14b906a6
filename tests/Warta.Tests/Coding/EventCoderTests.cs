using Warta.Coding;
using Warta.Dates;
using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>Argument structure end to end: who is the source and who the target, one construction per row.</summary>
public sealed class EventCoderTests
{
    [Theory]
    [InlineData("Polisi Rusia menangkap dua aktivis Ukraina.", "RUSCOP 173 UKROPP asserted")]
    [InlineData("Russian police arrested two Ukrainian activists.", "RUSCOP 173 UKROPP asserted")]
    [InlineData("Indonesia mengecam Israel.", "IDN 111 ISR asserted")]
    public void Active_clause_codes_subject_as_source_and_object_as_target(string text, string expected) =>
        Single(Code(text), expected);

    [Theory]
    [InlineData("Dua aktivis Ukraina ditangkap oleh polisi Rusia.", "RUSCOP 173 UKROPP asserted")]
    [InlineData("Dua aktivis Ukraina ditangkap polisi Rusia.", "RUSCOP 173 UKROPP asserted")]
    [InlineData("Dua diplomat Jepang diusir Rusia.", "RUS 174 JPNGOV asserted")]
    [InlineData("Seorang wartawan Indonesia tertangkap oleh polisi Malaysia.", "MYSCOP 173 IDNMED asserted")]
    public void Di_and_ter_passives_code_the_agent_as_source_with_or_without_oleh(string text, string expected) =>
        Single(Code(text), expected);

    [Theory]
    [InlineData("Two Ukrainian activists were arrested by Russian police.", "RUSCOP 173 UKROPP asserted")]
    [InlineData("The Russian ambassador was summoned by Ukraine.", "UKR 114 RUSGOV asserted")]
    public void English_passive_with_by_codes_the_agent_as_source(string text, string expected) =>
        Single(Code(text), expected);

    [Theory]
    [InlineData("Duta Besar Jepang dipanggil ke Kementerian Luar Negeri di Moskow.", "RUSGOV 114 JPNGOV asserted")]
    [InlineData("The Russian ambassador was summoned to the Foreign Ministry in Kyiv.", "UKRGOV 114 RUSGOV asserted")]
    public void A_summons_to_the_foreign_ministry_in_a_capital_makes_that_government_the_agent(string text, string expected) =>
        Single(Code(text), expected);

    [Theory]
    [InlineData("Presiden Indonesia bertemu dengan Presiden Malaysia.", "IDNGOV 040 MYSGOV asserted", "MYSGOV 040 IDNGOV asserted")]
    [InlineData("Russian Foreign Minister Sergei Lavrov met Kazakh Foreign Minister Murat Nurtleu.", "RUSGOV 040 KAZGOV asserted", "KAZGOV 040 RUSGOV asserted")]
    public void Meeting_is_reciprocal_and_codes_both_directions(string text, string oneWay, string otherWay)
    {
        var coded = Code(text);
        Single(coded, oneWay);
        Single(coded, otherWay);
    }

    [Fact]
    public void Apposition_gives_the_person_the_role_of_the_aside()
    {
        var e = Single(Code("Maria Zakharova, juru bicara Kementerian Luar Negeri Rusia, mengecam Kazakhstan."), "RUSGOV 111 KAZ asserted");
        Assert.Equal("RUS", e.Source.Country);
    }

    [Theory]
    [InlineData("Indonesia dan Malaysia mengecam Israel.", "IDN 111 ISR asserted|MYS 111 ISR asserted")]
    [InlineData("Indonesia, Malaysia dan Singapura mengecam Israel.", "IDN 111 ISR asserted|MYS 111 ISR asserted|SGP 111 ISR asserted")]
    [InlineData("Indonesia mengecam Israel dan Amerika Serikat.", "IDN 111 ISR asserted|IDN 111 USA asserted")]
    [InlineData("Indonesia and Malaysia condemned Israel and Russia.", "IDN 111 ISR asserted|IDN 111 RUS asserted|MYS 111 ISR asserted|MYS 111 RUS asserted")]
    public void Coordinated_actors_give_one_event_per_pair_never_a_joined_code(string text, string expected)
    {
        var coded = Code(text);
        Assert.Equal(expected.Split('|').Order(), Described(coded).Order());
        Assert.All(coded.Events, e => Assert.DoesNotContain(" ", e.Source.Code));
        Assert.All(coded.Events, e => Assert.InRange(e.Source.Code.Length, 3, 9));
    }

    [Theory]
    [InlineData("Menteri Luar Negeri Kazakhstan memanggil Duta Besar Rusia, yang menyerahkan catatan protes kepada utusan Ukraina.", "RUSGOV 114 UKRGOV asserted")]
    [InlineData("The Kazakh foreign minister, who met the Russian ambassador, condemned Ukraine.", "KAZGOV 040 RUSGOV asserted")]
    public void Relative_clause_takes_its_antecedent_as_source(string text, string expected) =>
        Single(Code(text), expected);

    [Fact]
    public void A_relative_clause_does_not_hide_the_main_clause()
    {
        var coded = Code("Menteri Luar Negeri Kazakhstan memanggil Duta Besar Rusia, yang menyerahkan catatan protes kepada utusan Ukraina.");
        Single(coded, "KAZGOV 114 RUSGOV asserted");
    }

    [Theory]
    [InlineData("Kazakhstan menerima permintaan resmi dari Kiev.", "UKR 020 KAZ asserted")]
    [InlineData("Rusia melancarkan serangan ke Ukraina.", "RUS 190 UKR asserted")]
    [InlineData("Serangan Rusia ke Ukraina menewaskan warga sipil.", "RUS 190 UKR asserted")]
    [InlineData("Uni Eropa menjatuhkan sanksi terhadap Rusia.", "IGOEUREEC 163 RUS asserted")]
    [InlineData("Amerika Serikat mengumumkan sanksi baru terhadap Rusia.", "USA 163 RUS asserted")]
    public void Nominal_events_take_their_actors_from_prepositions_and_the_clause(string text, string expected) =>
        Single(Code(text), expected);

    [Fact]
    public void A_light_verb_and_its_event_noun_give_one_event_not_two()
    {
        var coded = Code("Rusia melancarkan serangan ke Ukraina.");
        Assert.Single(coded.Events, e => e.Root == "19");
    }

    [Theory]
    [InlineData("Jepang dan Korea Selatan melanjutkan perundingan dagang pada Selasa.", "046", "melanjutkan perundingan")]
    [InlineData("Ribuan buruh Kenya memulai mogok makan di Nairobi.", "142", "memulai mogok makan")]
    public void A_realising_verb_the_lexicon_does_not_know_carries_out_its_event_noun(string text, string code, string predicate)
    {
        // "melanjutkan" (continue) and "memulai" (begin) code nothing alone; their object is the act, done by their subject.
        var events = Code(text).Events.Where(e => e.Cameo == code).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Contains($"predicate:{predicate}", e.Rule);
            Assert.Equal("asserted", e.Modality);
        });
    }

    [Theory]
    [InlineData("Kapal PBB mengevakuasi ratusan pengungsi dari Yaman.", "IGOUNO 073")]
    [InlineData("Chile dan Vietnam menyepakati pakta investasi baru.", "CHL 057")]
    [InlineData("Norwegia memulai upaya mediasi antara Kolombia dan Venezuela.", "NOR 045")]
    [InlineData("Tentara Myanmar memukuli tahanan Rohingya di Sittwe.", "MMRMIL 182")]
    [InlineData("Gerilyawan Kolombia melukai tiga tentara Ekuador.", "COLINS 182")]
    [InlineData("Polisi Kenya mencegah demonstrasi mahasiswa di Nairobi.", "KENCOP 1721")]
    [InlineData("Mesir mengakhiri upaya mediasi antara Sudan dan Ethiopia.", "EGY 165")]
    [InlineData("Ribuan warga Afghanistan mencari perlindungan di Iran.", "AFGCVL 023")]
    [InlineData("Pemerintah Jepang menyerahkan obat-obatan dan selimut kepada Filipina.", "JPNGOV 073")]
    [InlineData("Chile membatalkan pembatasan impor dari Peru.", "CHL 081")]
    [InlineData("Tentara Thailand mengerahkan tiga batalion ke perbatasan Kamboja.", "THAMIL 154")]
    [InlineData("Kenya menerima misi pengamat dari Uni Afrika.", "KEN 086")]
    [InlineData("Ghana menerima undangan dari Nigeria.", "GHA 036")]
    [InlineData("Menteri Luar Negeri Chile menilai latihan militer Argentina provokatif.", "CHLGOV 111")]
    [InlineData("Pemerintah Kenya menyesalkan serangan Somalia terhadap pos perbatasan.", "KENGOV 111")]
    public void Indonesian_predicates_object_cues_and_verbs_of_saying_code_their_act(string text, string sourceAndCode) =>
        Assert.Contains(Code(text).Events, e => $"{e.Source.Code} {e.Cameo}" == sourceAndCode && e.Modality == "asserted");

    [Theory]
    [InlineData("Chile suspended diplomatic relations with Nicaragua.", "CHL 161 NIC")]
    [InlineData("Chile menangguhkan hubungan diplomatik dengan Nikaragua.", "CHL 161 NIC")]
    [InlineData("Kenya halted imports of sugar from Uganda.", "KEN 163 UGA")]
    [InlineData("Kenya menghentikan impor gula dari Uganda.", "KEN 163 UGA")]
    [InlineData("Nicaragua suspended relations with the Vatican.", "NIC 161 VAT")]
    public void Suspending_relations_or_halting_imports_reduces_relations(string text, string expected) =>
        Assert.Contains(Code(text).Events, e => $"{e.Source.Code} {e.Cameo} {e.Target?.Code}" == expected && e.Modality == "asserted");

    [Theory]
    [InlineData("Chile and Vietnam agreed on a new investment pact.", "CHL 057 VNM")]
    [InlineData("Kenya agreed to a trade deal with Tanzania.", "KEN 057 TZA")]
    public void Agreeing_on_a_pact_is_signing_an_agreement_not_a_statement_of_accord(string text, string expected) =>
        Assert.Contains(Code(text).Events, e => $"{e.Source.Code} {e.Cameo} {e.Target?.Code}" == expected);

    [Theory]
    [InlineData("President Ruto threatened to impose a curfew in Nairobi.")]
    [InlineData("Pemerintah Kenya mengancam akan memberlakukan jam malam di Nairobi.")]
    public void A_capital_after_a_locative_preposition_is_the_city_so_a_domestic_act_there_is_kept(string text) =>
        Assert.Contains(Code(text).Events, e => e.Source.Country == "KEN" && e.Cameo == "1323" && e.Target?.Code == "KEN");

    [Fact]
    public void Role_nouns_take_the_home_country_of_a_domestic_story()
    {
        var coded = Code("Polisi menangkap tiga tersangka teroris di Jakarta. Polisi Indonesia juga mengecam kelompok itu.");
        var e = Single(coded, "IDNCOP 173 IDNCRM asserted");
        Assert.Equal("IDN", e.Source.Country);
    }

    [Fact]
    public void A_place_after_di_is_the_event_place_with_its_country()
    {
        var e = Single(Code("Polisi Rusia menangkap dua aktivis Ukraina di Moskow."), "RUSCOP 173 UKROPP asserted");
        Assert.NotNull(e.Place);
        Assert.Equal("Moskow", e.Place.Name);
        Assert.Equal("RUS", e.Place.Country);
    }

    [Fact]
    public void A_clause_without_a_place_has_none()
    {
        var e = Single(Code("Polisi Rusia menangkap dua aktivis Ukraina."), "RUSCOP 173 UKROPP asserted");
        Assert.Null(e.Place);
    }

    [Fact]
    public void Evidence_offsets_point_at_the_trigger_in_the_text()
    {
        const string text = "Pada Senin, Rusia mengusir dua diplomat Jepang.";
        var e = Single(Code(text), "RUS 174 JPNGOV asserted");
        Assert.Equal("mengusir", text[e.Evidence.Start..e.Evidence.End]);
        Assert.Equal("mengusir", e.Evidence.Trigger);
        Assert.Equal(text, e.Sentence);
        Assert.Equal(0, e.SentenceIndex);
    }

    [Fact]
    public void The_language_is_identified_when_not_given()
    {
        Assert.Equal("en", Assert.Single(Code("Russia expelled two Japanese diplomats.").Events).Language);
        Assert.Equal("id", Assert.Single(Code("Rusia mengusir dua diplomat Jepang.").Events).Language);
    }

    [Fact]
    public void A_text_with_no_event_gives_no_records()
    {
        Assert.Empty(Code("Cuaca di Jakarta cerah hari ini.").Events);
    }
}
