using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Indonesian constructions and codebook rows (docs/accuracy.md, "Indonesian constructions: coordinated parties, control
/// verbs with their own rows, ter- forms, rejections"). Each sentence is written for the test.
/// </summary>
public sealed class IndonesianConstructionTests
{
    // The clause builder gives each conjunct of a prepositional phrase the preposition of the first: each is a target.
    [Theory]
    [InlineData("Rusia melancarkan serangan udara terhadap Georgia dan Ukraina.", "RUS 195 GEO asserted", "RUS 195 UKR asserted")]
    [InlineData("Norwegia memulai mediasi antara Sudan dan Chad pada Selasa.", "NOR 045 SDN asserted", "NOR 045 TCD asserted")]
    public void Each_party_after_one_preposition_is_a_target(string text, string first, string second)
    {
        var described = Described(Code(text, lang: "id"));
        Assert.Contains(first, described);
        Assert.Contains(second, described);
    }

    // "mencoba/berupaya membunuh" is an attempted assassination (185, its own row), not an intent or threat to kill.
    [Theory]
    [InlineData("Pemberontak Kolombia mencoba membunuh Presiden Kolombia pada Sabtu.", "COLREB 185 COLGOV asserted")]
    [InlineData("Kelompok militan itu berupaya membunuh Perdana Menteri Pakistan.", "PAKINS 185 PAKGOV asserted")]
    public void A_control_verb_whose_entry_names_the_governed_act_codes_both_once(string text, string expected)
    {
        var coded = Code(text, lang: "id");
        Single(coded, expected);
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) || e.Cameo == "186");
    }

    // After a ter- form the noun is its patient ("terbunuhnya seorang remaja"), never a bare agent as after di-.
    [Fact]
    public void A_ter_form_takes_no_bare_agent()
    {
        var coded = Code("Warga Palestina berunjuk rasa menyusul terbunuhnya seorang remaja Israel.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code.StartsWith("ISR", StringComparison.Ordinal));
        Single(coded, "PSECVL 141 PSEGOV asserted");
    }

    // PETRARCH-2: ATTEND DEMONSTRATION and JOIN RALLY are 141; SEIZE STRONGHOLD and CAPTURE BASES 192; OPEN BRIDGE 080.
    [Theory]
    [InlineData("Ratusan mahasiswa Kenya menghadiri unjuk rasa di Nairobi.", "KENEDU 141 KENGOV asserted")]
    [InlineData("Para petani Bolivia bergabung dalam aksi protes di La Paz.", "BOLAGR 141 BOLGOV asserted")]
    [InlineData("Pasukan Sudan merebut kubu pemberontak di Darfur.", "SDNMIL 192 SDNREB asserted")]
    [InlineData("Thailand membuka kembali jembatan Mae Sot bagi truk bantuan untuk Myanmar.", "THA 080 MMR asserted")]
    public void Codebook_rows_for_protests_strongholds_and_bridges(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    // PETRARCH-2's PREPARE FOR FIGHT and PREPARATION FOR INVASION (154): getting ready to fight is a mobilisation, coded on
    // the preparing verb, not a threat (138) of the act prepared; getting ready for anything else stays its intent.
    [Theory]
    [InlineData("Pasukan Rusia bersiap menyerbu kota Bakhmut di Ukraina timur.", "RUSMIL 154 UKR asserted")]
    [InlineData("Tentara Azerbaijan bersiap-siap untuk menyerang pasukan Armenia di Karabakh.", "AZEMIL 154 ARMMIL asserted")]
    public void Preparing_to_fight_is_a_mobilisation(string text, string expected)
    {
        var coded = Code(text, lang: "id");
        Single(coded, expected);
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
    }

    [Fact]
    public void Preparing_to_talk_stays_an_intent_to_meet() =>
        Single(Code("Pasukan India bersiap untuk berunding dengan Pakistan.", lang: "id"), "INDMIL 036 PAK asserted");

    // "memukul mundur" (repel) is one predicate: its second word is no retreat (0874) of its own.
    [Fact]
    public void A_particle_of_a_two_word_predicate_is_no_act_of_its_own()
    {
        var coded = Code("Tentara Mozambik memukul mundur para militan di Cabo Delgado.", lang: "id");
        Single(coded, "MOZMIL 190 MOZINS asserted");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "0874");
    }

    // "guna" and "demi", like "untuk", open a purpose: what it aims at has not happened.
    [Theory]
    [InlineData("Rusia mengerahkan pasukan ke perbatasan guna menyerang Ukraina.")]
    [InlineData("Rusia mengerahkan pasukan ke perbatasan demi menyerang Ukraina.")]
    public void A_purpose_after_guna_or_demi_is_hypothetical(string text)
    {
        var coded = Code(text, lang: "id");
        Single(coded, "RUS 154 UKR asserted");
        Assert.Contains(coded.Events, e => e.Root == "19" && e.Hypothetical);
        Assert.DoesNotContain(coded.Asserted, e => e.Root == "19");
    }

    // An act on oneself ("membela diri") is no event; an entry that takes "diri" as its cue keeps its code.
    [Fact]
    public void An_act_on_oneself_is_no_event() =>
        Assert.DoesNotContain(Code("Rusia mengecam Moldova pada Senin. Perdana Menteri Moldova membela diri dalam sidang parlemen.", lang: "id").Events,
            e => e.Root == "05");

    [Theory]
    [InlineData("Lima pemberontak Kolombia menyerahkan diri kepada tentara Kolombia.", "COLREB 0874 COLMIL asserted")]
    [InlineData("Kelompok Houthi menarik diri dari perundingan dengan Arab Saudi.", "YEMREB 166 SAU asserted")]
    public void A_reflexive_cue_of_an_entry_keeps_its_code(string text, string expected) => Single(Code(text, lang: "id"), expected);

    // A threatened protest (133) is aimed where the protest would be: at the home government when no one is named.
    [Theory]
    [InlineData("Para pemimpin protes di Peru mengancam akan menggelar mogok nasional pekan depan.", "PEROPP 133 PERGOV asserted")]
    [InlineData("Serikat buruh Korea Selatan mengancam akan menggelar mogok nasional.", "KORLAB 133 KORGOV asserted")]
    public void A_threatened_strike_is_aimed_at_the_home_government(string text, string expected) =>
        Single(Code(text, lang: "id"), expected);

    // CAMEO builds 12 as the mirror of 03: an intent said as what one will not do is its rejection.
    [Fact]
    public void An_intent_said_as_what_one_will_not_do_is_its_rejection() =>
        Single(Code("Pemerintah Kenya tidak akan menerima pengungsi Somalia lagi.", lang: "id"), "KENGOV 1223 SOMREF asserted");

    // What a rejection refuses (the commitment reneged on, the proposal turned down) is no event of its own.
    [Fact]
    public void The_noun_a_rejection_refuses_is_no_event_of_its_own()
    {
        var coded = Code("Pemerintah Bolivia mengingkari komitmennya kepada serikat buruh.", lang: "id");
        Assert.Contains(coded.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
    }
}
