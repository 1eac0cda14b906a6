using Warta.Coding;
using Warta.Coding.Rules;
using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// The actor rule registry (Coding/Rules/ActorRules.cs): names, order, the doc that lists them, and each rule on a
/// sentence written for it, where the event records the rules that chose its source and target.
/// </summary>
public sealed class ActorRuleTests
{
    [Fact]
    public void Every_rule_has_its_own_name()
    {
        var rules = ActorRules.ActiveSources.Cast<object>().Concat(ActorRules.PassiveSources)
            .Concat(ActorRules.ActiveTargets).Concat(ActorRules.PassiveTargets).Distinct().ToList();
        var byName = rules.GroupBy(r => r switch { SourceRule s => s.Name, TargetRule t => t.Name, _ => "" })
            .Where(g => g.Select(r => r.GetType()).Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(byName);
        Assert.Equal(ActorRules.Names.Count, ActorRules.Names.Distinct().Count());
        Assert.All(ActorRules.Names, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
    }

    [Fact]
    public void A_named_party_is_tried_before_any_implicit_one()
    {
        // (The doer of an act the object names is named too, and comes first: see DoerOfObject.)
        Assert.IsType<DoerOfObject>(ActorRules.ActiveTargets[0]);
        // (So is the partner a relational noun's own with- or from-phrase names: see RelationalPartner.)
        Assert.IsType<RelationalPartner>(ActorRules.ActiveTargets[1]);
        Assert.IsType<NamedTarget>(ActorRules.ActiveTargets[2]);
        Assert.IsType<SubjectSource>(ActorRules.ActiveSources[0]);
        Assert.IsType<AgentPhrase>(ActorRules.PassiveSources[0]);
        Assert.IsType<PatientSubject>(ActorRules.PassiveTargets[0]);
        // The veto on a struggle against a thing must come before any rule that would find an implicit party for it.
        int veto = IndexOf<ThingFought>();
        Assert.True(veto < IndexOf<ComplementSubject>() && veto < IndexOf<DiscoursePartnerTarget>() && veto < IndexOf<DomesticAct>());
        // The story's other side is the last resort but one: after everything the sentence itself names.
        Assert.True(IndexOf<DiscoursePartnerTarget>() > IndexOf<AssaultPlace>());
    }

    private static int IndexOf<T>() => ActorRules.ActiveTargets.ToList().FindIndex(r => r is T);

    [Fact]
    public void The_coding_doc_lists_every_rule_in_registry_order()
    {
        var doc = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "docs", "coding.md"));
        int start = Array.FindIndex(doc, l => l.StartsWith("## Actor rules", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/coding.md has no '## Actor rules' section");
        var listed = doc.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\s*\d+\.\s+`([a-z-]+)`"))
            .Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ActorRules.Names, listed);
    }

    [Theory]
    [InlineData("Rusia mengusir dua diplomat Jepang.", "id", "RUS 174 JPNGOV asserted", "subject", "named-target")]
    [InlineData("Thailand dan Kamboja saling menuduh.", "id", "THA 112 KHM asserted", "subject", "reciprocal-subjects")]
    [InlineData("Polisi Indonesia menembakkan gas air mata untuk membubarkan demonstran.", "id", "IDNCOP 175 IDNOPP asserted", "subject", "purpose-target+own-people")]
    [InlineData("The Chinese embassy denied the report and accused London of spying.", "en", "CHNGOV 016 GBR asserted", "subject", "later-coordinated-target")]
    [InlineData("Tentara Myanmar membunuh 40 warga sipil di wilayah Magway.", "id", "MMRMIL 1823 MMRCVL asserted", "subject", "named-target+own-people")]
    [InlineData("Germany returned 20 artefacts to Nigeria on Monday. The handover was welcomed by Nigeria's culture minister.", "en", "NGA 051 DEU asserted", "agent-phrase", "event-anaphora")]
    [InlineData("Dua aktivis ditangkap polisi di Jakarta.", "id", "IDNCOP 173 IDNOPP asserted", "bare-agent", "patient-subject+own-people")]
    [InlineData("A camp for Sudanese refugees was attacked by Chadian rebels on Tuesday.", "en", "TCDREB 190 SDNREF asserted", "agent-phrase", "patient-modifier")]
    [InlineData("A refugee camp in Chad was shelled by Sudanese militiamen.", "en", "SDNUAF 194 TCD asserted", "agent-phrase", "patient-modifier")]
    [InlineData("New tariffs were imposed on Chinese steel by the United States.", "en", "USA 163 CHN asserted", "agent-phrase", "passive-entry-preposition")]
    [InlineData("Sanksi baru dijatuhkan kepada Iran oleh Amerika Serikat.", "id", "USA 163 IRN asserted", "agent-phrase", "passive-entry-preposition")]
    [InlineData("Troops loyal to the junta shelled villages in Myanmar's north on Monday. Thailand and China urged restraint.", "en", "THA 0256 MMR asserted", "subject", "discourse-partner")]
    [InlineData("Kazakhstan mengecam Rusia. Presiden Kazakhstan mengatakan kepada Rusia bahwa negaranya kecewa.", "id", "KAZGOV 010 RUS asserted", "speaker", "addressee")]
    [InlineData("ASEAN foreign ministers issued a joint statement calling on Myanmar's junta to free political prisoners.", "en", "IGOSEAASN 020 MMRMIL asserted", "issuer-of-document", "named-target")]
    [InlineData("Rebels in Mali dismissed an appeal from President Keita to lay down their arms.", "en", "MLIREB 120 MLIGOV asserted", "subject", "reacted-to-doer")]
    [InlineData("Pemberontak di Mali menolak seruan dari Presiden Keita untuk meletakkan senjata.", "id", "MLIREB 120 MLIGOV asserted", "subject", "reacted-to-doer")]
    [InlineData("Egypt urged calm in Libya on Sunday. The Libyan government on Monday blamed Prime Minister Omar Haddad for the bloodshed.", "en", "LBYGOV 112 LBY asserted", "subject", "own-side-object")]
    [InlineData("Mesir menyerukan ketenangan di Libya pada Minggu. Pemerintah Libya pada Senin menyalahkan Perdana Menteri Omar Haddad atas pertumpahan darah itu.", "id", "LBYGOV 112 LBY asserted", "subject", "own-side-object")]
    [InlineData("Chile's interior minister resigned on Friday.", "en", "CHLGOV 0831 CHL asserted", "subject", "domestic-act")]
    [InlineData("The Kenyan opposition leader demanded early elections.", "en", "KENOPP 1041 KEN asserted", "subject", "domestic-act")]
    [InlineData("Presiden Peru mengundurkan diri pada hari Jumat.", "id", "PERGOV 0831 PER asserted", "subject", "domestic-act")]
    [InlineData("Hundreds of Chileans marched through Santiago on Sunday against the pension reform.", "en", "CHL 141 CHLGOV asserted", "subject", "home-government")]
    [InlineData("Angry Peruvians blocked the main highway into Lima on Tuesday.", "en", "PER 144 PERGOV asserted", "subject", "home-government")]
    [InlineData("Hundreds of young Chileans blocked a highway outside Santiago on Monday.", "en", "CHL 144 CHLGOV asserted", "subject", "home-government")]
    [InlineData("Kaum muda Chili memblokir jalan raya di luar Santiago pada Senin.", "id", "CHLCVL 144 CHLGOV asserted", "subject", "home-government")]
    // A place struck outright (the direct object of an assault) stands for its country.
    [InlineData("Russian forces shelled Kharkiv on Monday.", "en", "RUSMIL 194 UKR asserted", "subject", "assault-place")]
    [InlineData("Israel membombardir Jalur Gaza pada Selasa.", "id", "ISR 194 PSE asserted", "subject", "assault-place")]
    // So does a place the object's own of-phrase names (the tree's nmod), which the clause reader splits off as an
    // oblique; occupying and annexing are assaults (192) like shelling.
    [InlineData("Russian troops occupied the town of Bakhmut on Monday.", "en", "RUSMIL 192 UKR asserted", "subject", "assault-place")]
    [InlineData("Russian forces shelled the port of Odesa on Monday.", "en", "RUSMIL 194 UKR asserted", "subject", "assault-place")]
    [InlineData("Pasukan Rusia menduduki kota Bakhmut pada Senin.", "id", "RUSMIL 192 UKR asserted", "subject", "assault-place")]
    [InlineData("Rusia mencaplok semenanjung Krimea pada 2014.", "id", "RUS 192 UKR asserted", "subject", "assault-place")]
    public void Each_event_names_the_rules_that_chose_its_actors(string text, string lang, string description, string source, string target)
    {
        var e = Single(Code(text, lang: lang), description);
        Assert.Equal(new EventActorRule(source, target), e.ActorRule);
    }

    [Theory]
    [InlineData("Police in Kenya arrested five militants from Somalia on Tuesday.", "en", "KENCOP 173 SOMINS asserted")]
    [InlineData("Polisi Kenya menangkap lima militan dari Somalia pada Selasa.", "id", "KENCOP 173 SOMINS asserted")]
    [InlineData("Kenya accused militants operating from Somalia of planning the raid.", "en", "KEN 112 SOMINS asserted")]
    [InlineData("Kenya menuduh militan yang beroperasi dari Somalia pada Selasa.", "id", "KEN 112 SOMINS asserted")]
    public void People_with_a_from_phrase_on_their_noun_come_from_that_country(string text, string lang, string description)
    {
        // The tree hangs "from Somalia" on the noun (nmod) or on a verb modifying it (acl → obl): the militants are
        // Somali, not of the story's country (Kenya), which own-people gave them before.
        var e = Single(Code(text, lang: lang), description);
        Assert.Equal("named-target", e.ActorRule?.Target);
    }

    [Theory]
    [InlineData("Russia withdrew its troops from Syria on Monday.", "en")]
    [InlineData("Rusia menarik pasukannya dari Suriah pada Senin.", "id")]
    public void A_from_phrase_of_the_verb_says_nothing_of_the_people(string text, string lang)
    {
        // "from Syria" is the verb's (obl): the troops leave Syria, they are not Syrian.
        var coded = Code(text, lang: lang);
        Assert.DoesNotContain(coded.Events, e => e.Source.Code.StartsWith("SYR", StringComparison.Ordinal)
                                                 || e.Target?.Code.StartsWith("SYRMIL", StringComparison.Ordinal) == true);
        Assert.Contains(coded.Events, e => e.Source.Code == "RUS" && e.Target?.Code == "SYR");
    }

    [Theory]
    [InlineData("Pada Senin, Hanoi membebaskan tiga biksu dari penjara di Hue.", "id")]
    [InlineData("On Monday, Hanoi freed three Buddhist monks from a prison in Hue.", "en")]
    public void A_state_acting_on_its_own_clergy_is_a_domestic_dyad(string text, string lang)
    {
        // The capital stands for the state (a bare country code); the monks are its people, not the state itself, so
        // the act is aimed at them rather than at someone guessed from the story.
        var released = Assert.Single(Code(text, lang: lang).Events, e => e.Cameo.StartsWith("084", StringComparison.Ordinal));
        Assert.Equal("VNMBUD", released.Target?.Code);
        Assert.NotEqual(released.Source.Code, released.Target?.Code);
        Assert.Equal("named-target", released.ActorRule?.Target);
    }

    [Theory]
    [InlineData("Tokyo protested on Friday. A Japanese executive was detained in Beijing in March and formally arrested in October.", "en")]
    [InlineData("Tokyo memprotes pada Jumat. Seorang eksekutif Jepang ditahan di Beijing pada Maret dan secara resmi ditangkap pada Oktober.", "id")]
    public void A_passive_coordinated_with_an_earlier_one_has_its_agent(string text, string lang)
    {
        // The arrest shares the detention's patient and its agent, the state where it happened (earlier-passive-agent);
        // it is not the home country's (Japan's) act.
        var coded = Code(text, lang: lang);
        Assert.Contains("CHNGOV 173 JPN asserted", Described(coded));
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "173" && e.Source.Code.StartsWith("JPN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Greece and Turkey signed a declaration pledging to settle disputes peacefully.", "en")]
    [InlineData("Yunani dan Turki menandatangani deklarasi yang menjanjikan penyelesaian sengketa secara damai.", "id")]
    public void A_term_of_an_agreement_among_its_own_signers_is_no_second_event(string text, string lang)
    {
        // The pledge is what the declaration says (issuer-of-document); between the signers themselves it is part of
        // the signing, coded once.
        var coded = Code(text, lang: lang);
        Assert.Contains("GRC 057 TUR asserted", Described(coded));
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ASEAN foreign ministers signed a declaration calling on Myanmar's junta to free political prisoners.", "en")]
    public void A_document_that_names_another_party_keeps_its_event(string text, string lang) =>
        Assert.Contains(Code(text, lang: lang).Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.Target?.Code == "MMRMIL");

    // "host a meeting between X and Y": the parties a between-phrase names are the act's targets, each of them.
    [Theory]
    [InlineData("Norway hosted a meeting between Colombian and Venezuelan officials.", "en", "NOR 043 COLGOV asserted", "NOR 043 VENGOV asserted")]
    [InlineData("Mesir menjadi tuan rumah pertemuan antara Sudan dan Etiopia.", "id", "EGY 043 SDN asserted", "EGY 043 ETH asserted")]
    public void The_parties_of_a_between_phrase_are_the_targets(string text, string lang, string first, string second)
    {
        var coded = Code(text, published: "2024-03-01", lang: lang);
        Assert.Equal("named-target", Single(coded, first).ActorRule?.Target);
        Assert.Equal("named-target", Single(coded, second).ActorRule?.Target);
    }

    [Fact]
    public void An_act_in_a_sentence_naming_another_country_is_not_domestic()
    {
        var coded = Code("Chile's interior minister resigned on Friday after a dispute with Argentina.", lang: "en");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "0831" && (e.Target?.Code == "CHL" || e.ActorRule?.Target == "domestic-act"));
    }

    [Theory]
    [InlineData("Chile's interior minister resigned on Friday, Argentine newspapers reported.", "en")]
    [InlineData("Menteri Dalam Negeri Chile mengundurkan diri pada hari Jumat, kata surat kabar Argentina.", "id")]
    public void The_speaker_reporting_an_act_is_no_other_party_to_it(string text, string lang)
    {
        var resignation = Assert.Single(Code(text, lang: lang).Events, e => e.Cameo == "0831");
        Assert.Equal(("CHL", "domestic-act"), (resignation.Target?.Code, resignation.ActorRule?.Target));
    }

    [Theory]
    [InlineData("Seorang wartawan Amerika Serikat dijatuhi hukuman 10 tahun penjara di Moskow pada Jumat.", "id", "RUSGOV", "USAMED")]
    [InlineData("Dua aktivis Kenya divonis tiga tahun penjara di Kampala.", "id", "UGAGOV", "KENOPP")]
    [InlineData("An American journalist was sentenced to ten years in prison in Moscow on Friday.", "en", "RUSGOV", "USAMED")]
    public void A_verdict_with_no_court_named_is_the_state_where_it_is_passed(string text, string lang, string source, string target)
    {
        var verdict = Assert.Single(Code(text, published: "2024-03-01", lang: lang).Events, e => e.Cameo == "116");
        Assert.Equal((source, target, "state-where-it-happened"), (verdict.Source.Code, verdict.Target?.Code, verdict.ActorRule?.Source));
    }

    [Theory]
    [InlineData("Kenya, a close partner of the United States in the fight against piracy, has refused to send troops to Somalia.", "en")]
    [InlineData("Kenya, mitra dekat Amerika Serikat dalam perjuangan global terhadap perompakan, menolak mengirim pasukan ke Somalia.", "id")]
    public void A_long_apposition_with_no_verb_is_stepped_over_to_the_subject(string text, string lang)
    {
        var refusal = Assert.Single(Code(text, lang: lang).Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal(("KEN", "subject"), (refusal.Source.Code, refusal.ActorRule?.Source));
    }

    [Theory]
    // An object that names an act, not a party, with the act's doer in a by-phrase: the doer is the target, not the
    // victims or the place the other phrases name.
    [InlineData("Kenya is investigating alleged abuses by Somali militants against Kenyan villagers.", "en", "SOMINS")]
    [InlineData("Kenya sedang menyelidiki dugaan pelanggaran oleh militan Somalia terhadap warga desa Kenya.", "id", "SOMINS")]
    // A passive participle on the object carries the by-phrase.
    [InlineData("Egyptian police prevented a march organised by students in Cairo on Friday.", "en", "EGYEDU")]
    public void An_act_named_as_the_object_is_aimed_at_its_doer(string text, string lang, string target)
    {
        var coded = Code(text, published: "2020-05-01", lang: lang);
        Assert.Contains(coded.Events, e => e.Target?.Code == target && e.ActorRule?.Target == "doer-of-object");
    }

    [Fact]
    public void A_speaker_the_clause_reading_hung_on_the_verb_before_is_no_target_of_its_act()
    {
        // ", killing about 15 people, aid officials in Nairobi said": the clause reading gives "aid officials" to the
        // shelling as a second object; they report it and take no part in it.
        var coded = Code("Ugandan rebels shelled the capital Kampala for the first time in months on Saturday and Sunday, "
            + "killing about 15 people, aid officials in Nairobi said.", published: "2020-05-01", lang: "en");
        var shelling = Assert.Single(coded.Events, e => e.Cameo == "194");
        Assert.Equal(("UGAREB", "UGA"), (shelling.Source.Code, shelling.Target?.Code));
    }

    [Fact]
    public void Subjects_of_a_clause_after_while_are_no_objects_of_the_verb_before()
    {
        // "…, while Togo, Benin and Niger have contributed …": the clause reading also hangs the later subjects on
        // "deployed" as objects; they are no targets of the deployment.
        var coded = Code("Ghana has deployed about 300 police officers, while Togo, Benin and Niger have contributed smaller units.",
            published: "2024-05-01", lang: "en");
        Assert.DoesNotContain(coded.Events, e => e.ActorRule?.Target == "named-target" && e.Target?.Code is "TGO" or "BEN" or "NER");
    }

    [Theory]
    // A passive coordinated with the one before, sharing its subject, happened where that one did: not the home country.
    [InlineData("A Canadian engineer was detained in Beijing in March and arrested on spying charges in May.", "en")]
    [InlineData("Seorang insinyur Kanada ditahan di Beijing pada Maret dan ditangkap atas tuduhan spionase pada Mei.", "id")]
    public void A_coordinated_passive_happened_where_the_one_before_did(string text, string lang)
    {
        var arrests = Code(text, published: "2024-06-01", lang: lang).Events.Where(e => e.Cameo == "173").ToList();
        Assert.NotEmpty(arrests);
        Assert.All(arrests, e => Assert.Equal("CHNGOV", e.Source.Code));
    }

    [Theory]
    // A country named with a border noun says where; the implicit partner of a vow to fight is not taken from it.
    [InlineData("Ethnic Serb militants have vowed to fight until they control villages near Kosovo's border with Albania, Kosovo officials said.", "en")]
    [InlineData("Milisi etnis Serbia bersumpah akan bertempur sampai menguasai desa-desa di dekat perbatasan Kosovo dengan Albania, kata pejabat Kosovo.", "id")]
    public void The_other_side_of_a_border_is_no_implicit_partner(string text, string lang) =>
        Assert.DoesNotContain(Code(text, published: "2024-05-01", lang: lang).Events,
            e => e.ActorRule?.Target == "discourse-partner" && e.Target?.Code == "ALB");

    [Fact]
    public void A_rule_that_finds_only_the_source_itself_gives_way_to_the_next_rule()
    {
        // "pledged that Ukraine would respond": the complement's subject is the vower's own country, which would make
        // Ukraine act on itself; the next rule takes the party of the coordinated verb before it.
        var coded = Code("Russia struck a fuel depot near the Ukrainian city of Kharkiv on Sunday.\n"
            + "Foreign Minister Dmytro Kuleba condemned the strike as \"a blatant act of aggression\" and pledged that Ukraine would respond.",
            published: "2023-05-01", lang: "en");
        var pledge = Assert.Single(coded.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Equal(("UKRGOV", "RUS"), (pledge.Source.Code, pledge.Target?.Code));
        Assert.Equal("earlier-coordinated-target", pledge.ActorRule?.Target);
    }

    [Fact]
    public void Every_coded_event_of_the_examples_names_registered_rules()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "examples"), "*.txt"))
        {
            var coded = SharedCoder.Instance.Code(new NewsDocument(Path.GetFileName(file), File.ReadAllText(file), new DateOnly(2024, 1, 10)));
            Assert.NotEmpty(coded.Events);
            foreach (var e in coded.Events)
            {
                Assert.NotNull(e.ActorRule);
                Assert.Contains(e.ActorRule!.Source, ActorRules.Names);
                if (e.Target is null) Assert.Null(e.ActorRule.Target);
                else Assert.All(e.ActorRule.Target!.Split('+'), part => Assert.Contains(part, ActorRules.Names));
            }
        }
    }

    [Theory]
    [InlineData("Kazakhstan membalas setelah duta besarnya untuk Moskow dipanggil pada Senin.", "id", "Moskow", "duta besarnya untuk Moskow")]
    [InlineData("Russia's ambassador to Washington was summoned on Monday over the remarks.", "en", "Washington", "Russia's ambassador to Washington")]
    public void An_envoy_summoned_by_his_host_has_the_host_named_by_the_posting_words(string text, string lang, string hostWords, string envoyWords)
    {
        // The host is found inside the envoy's mention (envoy-posting): its text is the posting's words, not the envoy's.
        var e = Assert.Single(Code(text, published: "2024-03-05", lang: lang).Events, e => e.ActorRule?.Source == "envoy-posting");
        Assert.Equal(hostWords, e.Source.Text);
        Assert.Equal(envoyWords, e.Target?.Text);
    }
}
