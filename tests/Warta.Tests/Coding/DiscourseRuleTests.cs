using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// The smaller rules of docs/coding.md ("Smaller rules"): each pins the behaviour on a sentence written for it, and
/// each fails if its rule is taken out.
/// </summary>
public sealed class DiscourseRuleTests
{
    [Fact]
    public void Parties_acting_on_each_other_give_both_directions()
    {
        var coded = Code("Thailand dan Kamboja saling menuduh.");
        Single(coded, "THA 112 KHM asserted");
        Single(coded, "KHM 112 THA asserted");
    }

    [Fact]
    public void Coordinated_subjects_of_a_reciprocal_act_are_its_parties_whatever_the_object()
    {
        var coded = Code("Russia and Ukraine exchanged prisoners.");
        Single(coded, "RUS 0841 UKR asserted");
        Single(coded, "UKR 0841 RUS asserted");
        Assert.DoesNotContain(coded.Events, e => e.Target?.Role == "CVL");
    }

    [Fact]
    public void A_country_named_in_a_currency_is_no_party()
    {
        var coded = Code("Indonesia memberikan pinjaman senilai 50 juta dolar AS kepada Fiji.");
        Single(coded, "IDN 071 FJI asserted");
        Assert.DoesNotContain(coded.Events, e => e.Target?.Country == "USA" || e.Source.Country == "USA");
    }

    [Fact]
    public void An_event_noun_that_is_only_a_topic_did_not_happen()
    {
        var coded = Code("Indonesia dan Malaysia menandatangani nota kesepahaman tentang penangkapan ikan.");
        Single(coded, "IDN 057 MYS asserted");
        Assert.DoesNotContain(coded.Asserted, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
    }

    [Fact]
    public void Examples_after_termasuk_stand_for_a_target_phrase_with_no_actor()
    {
        var coded = Code("Sri Lanka meminta bantuan kepada sejumlah negara, termasuk India dan China.");
        Single(coded, "LKA 023 IND asserted");
        Single(coded, "LKA 023 CHN asserted");
    }

    [Fact]
    public void An_agreement_to_an_act_the_lexicon_does_not_know_is_a_joint_intention()
    {
        var coded = Code("Indonesia dan Malaysia sepakat menghidupkan kembali kelompok kerja bersama.");
        Single(coded, "IDN 030 MYS asserted");
        Single(coded, "MYS 030 IDN asserted");
    }

    [Fact]
    public void The_act_someone_is_accused_of_is_alleged_and_done_by_the_accused()
    {
        var coded = Code("Azerbaijan accused Armenian forces of shelling a border village.", lang: "en");
        Single(coded, "AZE 112 ARMMIL asserted");
        var shelling = Assert.Single(coded.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("ARMMIL", shelling.Source.Code);
        Assert.Equal("alleged", shelling.Modality);
        Assert.DoesNotContain(shelling, coded.Asserted);
    }

    [Fact]
    public void The_alliance_points_back_at_the_latest_organisation()
    {
        var coded = Code("NATO met on Monday. The alliance condemned Russia.", lang: "en");
        Single(coded, "IGOWSTNAT 111 RUS asserted");
    }

    [Fact]
    public void A_negative_quantifier_on_the_subject_negates_the_clause()
    {
        var coded = Code("None of the crew were detained by Chinese forces.", lang: "en");
        var detained = Assert.Single(coded.Events, e => e.Cameo == "173");
        Assert.True(detained.Negated);
        Assert.Empty(coded.Asserted);
    }

    [Fact]
    public void An_act_with_no_target_takes_its_purposes_target_while_the_purpose_stays_unasserted()
    {
        var coded = Code("Polisi Indonesia menembakkan gas air mata untuk membubarkan demonstran.");
        var fired = Single(coded, "IDNCOP 175 IDNOPP asserted");
        Assert.Contains("menembakkan", fired.Rule);
        Assert.Contains(coded.Events, e => e.Rule.Contains("membubarkan") && e.Hypothetical);
    }

    [Fact]
    public void The_dateline_gives_bare_roles_their_country()
    {
        var coded = Code("JAKARTA - Polisi menangkap dua mahasiswa di depan gedung DPR.");
        Single(coded, "IDNCOP 173 IDNEDU asserted");
    }

    [Fact]
    public void People_hurt_in_a_domestic_act_are_the_actors_own()
    {
        var coded = Code("Tentara Myanmar membunuh 40 warga sipil di wilayah Magway.");
        Single(coded, "MMRMIL 1823 MMRCVL asserted");
    }

    [Fact]
    public void Several_parties_reacting_with_no_one_named_react_to_the_story_s_other_side()
    {
        var coded = Code("Troops loyal to the junta shelled villages in Myanmar's north on Monday. Thailand and China urged restraint.");
        Single(coded, "THA 0256 MMR asserted");
        Single(coded, "CHN 0256 MMR asserted");
    }

    [Fact]
    public void A_plural_pronoun_stands_for_every_coordinated_party_and_a_threat_is_aimed_at_whom_its_condition_names()
    {
        var coded = Code("Canada, Norway and Japan said they were prepared to impose sanctions if Venezuela blocked the vote.");
        foreach (var country in new[] { "CAN", "NOR", "JPN" })
            Single(coded, $"{country} 1312 VEN asserted");
    }

    [Fact]
    public void A_refusal_of_an_act_the_lexicon_does_not_know_is_a_rejection_aimed_where_the_act_was()
    {
        var coded = Code("The Dutch museum board declined to return the bronze statues to Nigeria.");
        Single(coded, "NLD 120 NGA asserted");
    }

    [Fact]
    public void A_verb_coordinated_with_an_alleged_act_is_alleged_too()
    {
        var coded = Code("Pyongyang menuduh Seoul melatih pasukan khusus dan mengancam nelayan.");
        Single(coded, "PRK 112 KOR asserted");
        Assert.DoesNotContain(coded.Asserted, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organisation_meeting_with_no_one_named_meets_within_itself()
    {
        var coded = Code("Russia fired missiles at Kyiv on Monday. The NATO council will meet next week in Brussels.");
        Single(coded, "RUS 194 UKR asserted");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code == "IGOWSTNAT" || e.Target?.Code == "IGOWSTNAT");
    }

    [Fact]
    public void A_handover_welcomed_points_back_at_whoever_handed_over()
    {
        var coded = Code("Germany returned 20 artefacts to Nigeria on Monday. The handover was welcomed by Nigeria's culture minister.");
        Single(coded, "DEU 0842 NGA asserted");
        Assert.Contains(coded.Asserted, e => e.Source.Country == "NGA" && e.Cameo == "051" && e.Target?.Country == "DEU");
    }

    [Fact]
    public void An_english_demonym_in_the_plural_names_the_people()
    {
        var coded = Code("Iran has deported more than 400,000 Afghans since June, the UN refugee agency said.", lang: "en");
        Assert.Contains(coded.Asserted, e => e.Source.Code == "IRN" && e.Cameo == "174" && e.Target?.Country == "AFG");
    }

    [Fact]
    public void A_verb_with_no_target_shares_the_one_named_for_the_verb_coordinated_after_it()
    {
        var coded = Code("The Chinese embassy denied the report and accused London of spying.", lang: "en");
        var denial = Single(coded, "CHNGOV 016 GBR asserted");
        Assert.DoesNotContain("+implicit-target", denial.Rule);
    }

    [Fact]
    public void An_earlier_act_done_together_points_back_at_both_its_parties()
    {
        var coded = Code("South Korean President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi in Seoul on Tuesday. " +
                         "North Korea denounced the meeting.", published: "2026-03-10", lang: "en");
        Single(coded, "PRK 111 KORGOV asserted");
        Single(coded, "PRK 111 JPNGOV asserted");
    }

    [Fact]
    public void What_someone_is_charged_with_is_alleged()
    {
        var coded = Code("Three men were charged by Thai prosecutors with assisting Cambodia's army.", lang: "en");
        Single(coded, "THAJUD 173 THACVL asserted");
        Assert.DoesNotContain(coded.Asserted, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_calling_on_someone_is_the_act_of_whoever_issued_it()
    {
        var coded = Code("ASEAN foreign ministers issued a joint statement calling on Myanmar's junta to free political prisoners.", lang: "en");
        Single(coded, "IGOSEAASN 020 MMRMIL asserted");
    }

    [Fact]
    public void Saying_one_would_consider_something_is_already_the_statement()
    {
        var coded = Code("Tokyo said Japan would consider easing export controls.", lang: "en");
        Single(coded, "JPN 014 - asserted");
    }

    [Fact]
    public void Receiving_or_welcoming_a_named_foreigner_is_hosting_a_visit()
    {
        Single(Code("Presiden Joko Widodo menerima Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor pada Senin.", published: "2023-03-10"),
            "IDNGOV 043 MYSGOV asserted");
        Single(Code("Perdana Menteri Malaysia Anwar Ibrahim diterima oleh Presiden Joko Widodo di Istana Bogor.", published: "2023-03-10"),
            "IDNGOV 043 MYSGOV asserted");
        Single(Code("Egypt's President Abdel Fattah al-Sisi welcomed Indonesian President Prabowo Subianto in Cairo on Monday.",
            published: "2025-03-10", lang: "en"), "EGYGOV 043 IDNGOV asserted");
        Assert.DoesNotContain(Code("Indonesia menerima bantuan dari Jepang.").Events, e => e.Cameo == "043");
    }

    [Fact]
    public void A_capital_named_as_a_venue_is_no_party_to_point_back_at()
    {
        var coded = Code("Filipina mengajukan gugatan baru di Den Haag pada Senin. Manila juga memprotes.");
        Assert.DoesNotContain(coded.Events, e => e.Target?.Country == "NLD");
    }

    [Fact]
    public void Saying_one_will_not_yield_is_a_refusal()
    {
        Single(Code("Iran's foreign minister said Tehran would not allow IAEA inspectors to visit the site.", published: "2025-06-01", lang: "en"),
            "IRN 1245 IGOUNOIAE asserted");
        Single(Code("Menteri Luar Negeri Rusia mengatakan Moskow tidak akan menarik pasukan dari perbatasan Ukraina.", published: "2025-06-01"),
            "RUS 1246 UKR asserted");
    }

    [Fact]
    public void An_event_noun_with_its_own_doer_does_not_share_the_intent_of_the_verb_around_it()
    {
        var coded = Code("Hezbollah vowed to avenge the killing of its commander by Israel.", published: "2025-03-10", lang: "en");
        Single(coded, "LBNREB 138 ISR asserted");
        Assert.Contains(coded.Asserted, e => e.Source.Code == "ISR" && e.Cameo == "1823");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.Source.Code == "ISR");
    }

    [Fact]
    public void Recalling_ones_own_envoy_is_aimed_at_the_country_of_the_posting()
    {
        Single(Code("Indonesia memanggil pulang duta besarnya untuk Australia pada Senin.", published: "2024-03-10"), "IDN 161 AUSGOV asserted");
        Single(Code("Malaysia menarik duta besarnya untuk Myanmar.", published: "2024-03-10"), "MYS 161 MMRGOV asserted");
    }

    [Fact]
    public void What_a_yielding_verb_undoes_is_no_event_of_its_own()
    {
        Assert.Equal(["USA 085 VEN asserted"], Described(Code("The United States lifted sanctions on Venezuela on Monday.", lang: "en")));
        Assert.Equal(["RUS 087 UKR asserted"], Described(Code("Rusia menghentikan serangan ke Kharkiv pada Senin.")));
    }

    [Fact]
    public void A_quantity_of_people_is_aimed_at_the_people_of_its_of_phrase()
    {
        Single(Code("Myanmar's junta freed hundreds of political prisoners on Thursday.", published: "2024-05-20", lang: "en"),
            "MMRMIL 0841 MMRCVL asserted");
    }

    [Fact]
    public void What_is_offered_is_part_of_the_intention_not_an_event_of_its_own()
    {
        Assert.Equal(["IND 033 LKA asserted"], Described(Code("India offered humanitarian aid to Sri Lanka after the cyclone.", lang: "en")));
    }

    [Fact]
    public void A_speaker_is_not_the_doer_of_the_attack_he_speaks_of()
    {
        var coded = Code("Foreign Secretary Theresa Lazaro of the Philippines said the attack had endangered the lives of 20 crew members.", lang: "en");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source.Country == "PHL");
    }

    [Fact]
    public void An_english_role_word_that_only_modifies_a_noun_is_no_actor()
    {
        var coded = Code("South Korea and Japan agreed to resume military talks.", lang: "en");
        Assert.NotEmpty(coded.Events);
        Assert.DoesNotContain(coded.Events, e => e.Target?.Role == "MIL");
    }

    [Fact]
    public void A_foreign_mission_is_in_the_host_country_whose_protesters_and_police_the_story_is_about()
    {
        var coded = Code("Ratusan demonstran berunjuk rasa di depan Kedutaan Besar Amerika Serikat di Jakarta pada Senin. " +
                         "Polisi membubarkan massa dengan gas air mata.", published: "2025-05-20");
        Single(coded, "IDNOPP 141 USAGOV asserted");
        Single(coded, "IDNCOP 175 IDNOPP asserted");
        var english = Code("Hundreds of protesters rallied outside the US embassy in Jakarta on Monday.", published: "2025-05-20", lang: "en");
        Single(english, "IDNOPP 141 USAGOV asserted");
    }

    [Fact]
    public void A_participle_tagged_as_an_adjective_after_be_governs_what_follows_it()
    {
        // "prepared" after "was" is ADJ in UD; it still carries the intent that makes the expulsion a threat.
        var coded = Code("Britain said it was prepared to expel Russian diplomats if Moscow refused to cooperate.", lang: "en");
        Assert.Contains(coded.Asserted, e => e.Source.Code == "GBR" && e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.Target?.Country == "RUS");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fight_against_a_thing_is_no_act_of_force()
    {
        var coded = Code("Japan handed over three coast guard vessels to the Philippines. " +
                         "Manila said the ships would help the country fight piracy.", lang: "en");
        Single(coded, "JPN 072 PHL asserted");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("13", StringComparison.Ordinal));
        // A fight whose object is a party is still one.
        Single(Code("Canada's army fought rebels in the north, Ottawa said.", lang: "en"), "CANMIL 190 CANREB asserted");
    }

    [Fact]
    public void An_english_verb_in_s_after_a_preposition_is_a_plural_noun()
    {
        // The tagger reads "in raids" as a conjunction and a verb; raids were no act of their own here.
        var coded = Code("Kenyan police detained 20 men in raids the next morning.", lang: "en");
        Assert.Equal(["KENCOP 173 KENCVL asserted"], Described(coded));
    }

    [Fact]
    public void Money_released_for_someone_is_economic_aid()
    {
        Single(Code("The European Union released 20 million euros for flood victims in Pakistan.", lang: "en"), "IGOEUREEC 071 PAKCVL asserted");
    }

    [Theory]
    [InlineData("Vietnam rejected the claims on Friday, Thai officials said.", "en")]
    [InlineData("Vietnam menolak klaim itu pada Jumat, kata para pejabat Thailand.", "id")]
    public void The_speaker_who_reports_an_event_is_not_its_implicit_partner(string text, string lang)
    {
        Assert.DoesNotContain(Code(text, lang: lang).Events, e => e.Source.Country == "VNM" && e.Target?.Country == "THA");
        // Named earlier in the story, the same country is still a partner.
        var story = Code("Thailand accused Vietnam of moving border posts.\n" + text, lang: lang);
        Assert.Contains(story.Events, e => e.SentenceIndex == 1 && e.Source.Country == "VNM" && e.Target?.Country == "THA");
    }

    [Theory]
    [InlineData("Israel struck targets in Lebanon on Sunday. Egypt, which had demanded restraint, sent medical aid to Beirut.", "en")]
    [InlineData("Israel menyerang sasaran di Lebanon pada Minggu. Mesir, yang sebelumnya menuntut penghentian tembakan, mengirim bantuan medis ke Beirut.", "id")]
    public void A_relative_clause_takes_no_guessed_partner(string text, string lang)
    {
        var coded = Code(text, lang: lang);
        Single(coded, "EGY 073 LBN asserted");
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ing_participle_after_a_noun_is_a_relative_clause_with_no_guessed_partner()
    {
        var coded = Code("Israel struck Gaza on Monday. The United States vetoed a Security Council resolution demanding a ceasefire.", lang: "en");
        Single(coded, "USA 129 IGOUNO asserted");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code == "IGOUNO");
    }

    [Theory]
    [InlineData("Chinese and Philippine ships collided near Scarborough Shoal on Monday. Protesters in Manila set fire to a warehouse.", "en")]
    [InlineData("Kapal China dan Filipina bertabrakan di dekat Scarborough pada Senin. Para pengunjuk rasa di Manila membakar sebuah gudang.", "id")]
    [InlineData("Chinese and Philippine ships collided near Scarborough Shoal on Monday. Gunmen in Manila abducted two guards.", "en")]
    public void Coercion_and_assault_are_not_aimed_at_a_guessed_partner(string text, string lang)
    {
        var coded = Code(text, lang: lang);
        var act = Assert.Single(coded.Events, e => e.Root is "17" or "18");
        Assert.Equal("PHL", act.Target?.Country);
        Assert.NotEqual("discourse-partner", act.ActorRule?.Target);
    }

    [Theory]
    [InlineData("Chinese coast guard ships rammed a Philippine supply boat near the Second Thomas Shoal on Monday.\n"
        + "Manila condemned the incident on Tuesday, and the foreign ministry said the crew had been on a mission approved by Japan.")]
    [InlineData("Kapal penjaga pantai China menabrak kapal pemasok Filipina di dekat Second Thomas Shoal pada Senin.\n"
        + "Manila mengecam keras pada Selasa, dalam pernyataan yang juga menyebut kapal itu membawa bantuan dari Jepang.")]
    public void The_story_named_before_the_source_is_its_other_side_before_what_the_sentence_names_after_it(string text)
    {
        // The reaction names no one; Japan, named after the source in the sentence's own complement, is no guess while
        // the story named China before.
        var coded = Code(text, "2024-06-20");
        Single(coded, "PHL 111 CHNCOP asserted");
        Assert.DoesNotContain(coded.Events, e => e.Target?.Country == "JPN");
    }
}
