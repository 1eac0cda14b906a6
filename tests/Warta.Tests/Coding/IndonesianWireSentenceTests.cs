using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Constructions of short Indonesian wire sentences (docs/accuracy.md, "Indonesian recall on short wire sentences"): an
/// agreement word before bahwa, a relative clause on what a light verb produced, a ter- verb of its own, the dead of a
/// clash both ways, a protest's place, an apposition after an acronym, conjuncts that share a role, hosting talks
/// between parties, people of one country living in another. Each sentence is written for the test.
/// </summary>
public sealed class IndonesianWireSentenceTests
{
    // "sepakat" tagged as an adjective before bahwa is still the agreement, each way between the coordinated parties.
    [Fact]
    public void An_agreement_word_before_a_complementizer_is_the_agreement()
    {
        var described = Described(Code("Para menteri Malaysia dan Thailand pada Senin sepakat bahwa kedua negara harus memperkuat patroli perbatasan.", lang: "id"));
        Assert.Contains("MYSGOV 030 THAGOV asserted", described);
        Assert.Contains("THAGOV 030 MYSGOV asserted", described);
    }

    // The statement a light verb issued demands what its issuers demand (a relative clause in both languages).
    [Theory]
    [InlineData("Partai oposisi Kamboja mengeluarkan pernyataan yang menuntut pemerintah Kamboja membebaskan para aktivis.", "id", "KHMPTY 100 KHMGOV asserted")]
    [InlineData("The Cambodian opposition party issued a statement that demanded the Cambodian government free the activists.", "en", "KHMOPP 100 KHMGOV asserted")]
    public void A_relative_clause_on_an_issued_statement_is_the_issuers_act(string text, string lang, string expected)
    {
        var coded = Code(text, lang: lang);
        Assert.Equal("issuer-of-document", Single(coded, expected).ActorRule!.Source);
    }

    // Other verbs' objects act for themselves: the man arrested, not the police, attacked.
    [Fact]
    public void A_relative_clause_on_another_verbs_object_is_not_the_subjects_act() =>
        Assert.DoesNotContain(Code("Polisi Kenya menangkap seorang pria yang menyerang kantor polisi.", lang: "id").Events,
            e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source.Code.StartsWith("KEN", StringComparison.Ordinal));

    // The lexicon lists "terlibat" itself, not a melibatkan it would be the passive of: its subject takes part.
    [Fact]
    public void A_ter_verb_the_lexicon_lists_as_written_is_active() =>
        Assert.StartsWith("SDNINS 202 ", Describe(Assert.Single(Code("Milisi Sudan terlibat dalam pembantaian warga sipil di Darfur.", lang: "id").Events)));

    // In a clash both ways the dead of either side are what the clash did, not a killing of its own.
    [Fact]
    public void The_dead_of_a_clash_both_ways_are_its_result()
    {
        var coded = Code("Pasukan India dan Pakistan terlibat baku tembak di Kashmir, menewaskan dua tentara India.", lang: "id");
        var described = Described(coded);
        Assert.Contains("INDMIL 190 PAKMIL asserted", described);
        Assert.Contains("PAKMIL 190 INDMIL asserted", described);
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "1823");
    }

    // A protest that names no one is aimed at the government of the country it happened in, else the home government.
    [Fact]
    public void A_protest_naming_no_one_is_aimed_at_the_government_where_it_happened() =>
        Single(Code("Para tahanan Myanmar membuat kerusuhan di sebuah penjara di Thailand pada Senin.", lang: "id"), "MMRCVL 145 THAGOV asserted");

    // The comma after a bracketed acronym opens an apposition: the name before it is the subject.
    [Fact]
    public void An_apposition_after_a_bracketed_acronym_is_stepped_over() =>
        Single(Code("Front Pembebasan Islam Moro (MILF), kelompok terbesar di wilayah itu, pada Kamis menyerang pasukan Filipina.", lang: "id"),
            "PHLREB 190 PHLMIL asserted");

    // "Pihak Palestina dan Israel": the role the first conjunct shares with the second makes ISRGOV; ISR is no third party.
    [Fact]
    public void A_conjunct_named_with_a_shared_role_is_one_party()
    {
        var coded = Code("Pihak Palestina dan Israel berunding di Kairo pada Minggu.", lang: "id");
        Assert.Equal(new[] { "ISRGOV 046 PSEGOV asserted", "PSEGOV 046 ISRGOV asserted" }, Described(coded).Order(StringComparer.Ordinal));
    }

    // The parties after antara are the ones a meeting is hosted for.
    [Fact]
    public void Hosting_a_meeting_between_parties_is_aimed_at_each()
    {
        var described = Described(Code("Presiden Mesir siap menjadi tuan rumah pertemuan antara Sudan dan Sudan Selatan.", lang: "id"));
        Assert.Contains("EGYGOV 036 SDN asserted", described);
        Assert.Contains("EGYGOV 036 SSD asserted", described);
    }

    // Head first, modifier after: the Serbs of Bosnia are coded where they live; a person after the country is no place.
    [Theory]
    [InlineData("Pihak Serbia Bosnia menolak rencana perdamaian PBB.", "BIHGOV 127 IGOUNO asserted")]
    [InlineData("Presiden Rusia Vladimir Putin mengecam Ukraina pada Senin.", "RUSGOV 111 UKR asserted")]
    public void A_people_noun_followed_by_another_country_lives_there(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    [Fact]
    public void Northern_ireland_is_british() =>
        Single(Code("Pasukan Inggris menangkap tiga pemberontak di Irlandia Utara.", lang: "id"), "GBRMIL 173 GBRREB asserted");
}
