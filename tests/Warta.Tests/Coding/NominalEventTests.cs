using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>Event nouns whose possessor, agent and prepositional phrases give the source and target, in both languages.</summary>
public sealed class NominalEventTests
{
    [Theory]
    [InlineData("Chile's expulsion of three Peruvian diplomats angered Lima.", "CHL 174 PERGOV asserted")]
    [InlineData("The expulsion of three Peruvian diplomats by Chile angered Lima.", "CHL 174 PERGOV asserted")]
    [InlineData("Pengusiran tiga diplomat Peru oleh Chile memicu kemarahan di Lima.", "CHL 174 PERGOV asserted")]
    [InlineData("Kunjungan kenegaraan Presiden Chile Gabriel Boric ke Peru berlangsung pada Senin.", "CHLGOV 042 PER asserted")]
    public void The_nouns_possessor_or_agent_acts_on_its_patient_or_destination(string text, string expected) =>
        Single(Code(text), expected);

    [Theory]
    [InlineData("The talks between Chile and Peru resumed on Monday.", "040")]
    [InlineData("Perundingan antara Chile dan Peru dilanjutkan pada Senin.", "046")]
    public void A_reciprocal_noun_is_between_the_parties_its_between_phrase_names(string text, string code)
    {
        var coded = Code(text);
        Assert.Equal([$"CHL {code} PER asserted", $"PER {code} CHL asserted"], Described(coded).Order(StringComparer.Ordinal));
        Assert.All(coded.Events, e => Assert.Equal("between-parties", e.ActorRule?.Source));
    }

    [Theory]
    [InlineData("Bolivia urged talks between Chile and Peru.")]
    [InlineData("Bolivia mendesak perundingan antara Chile dan Peru.")]
    public void Talks_someone_asks_for_between_two_parties_did_not_happen(string text) =>
        Assert.DoesNotContain(Code(text).Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Modality == "asserted"
            && e.Source.Code is "CHL" or "PER");

    [Theory]
    [InlineData("Peruvian prosecutors opened an inquiry into war crimes committed by Chilean officers.", "19")]
    [InlineData("Riot police guarded the Chilean embassy in Lima on Monday.", "14")]
    [InlineData("Chile bought ten attack helicopters from Peru.", "19")]
    [InlineData("Kapal perang Chile berlabuh di pelabuhan Callao, Peru, pada Senin.", "19")]
    public void An_event_noun_that_only_modifies_another_noun_is_no_event(string text, string root) =>
        Assert.DoesNotContain(Code(text).Events, e => e.Root == root);

    [Theory]
    [InlineData("Bolivia launched a mediation effort between Chile and Peru on Monday.")]
    [InlineData("Bolivia memulai upaya mediasi antara Chile dan Peru pada Senin.")]
    public void An_event_noun_compounded_with_an_effort_noun_is_the_act(string text) =>
        Single(Code(text), "BOL 045 CHL asserted");

    [Theory]
    [InlineData("Two Chilean opposition senators began a hunger strike on Monday to protest against the new pension law.", "CHLOPP 142 CHLGOV asserted")]
    [InlineData("Dua senator oposisi Chile memulai mogok makan pada Senin untuk memprotes undang-undang pensiun yang baru.", "CHLLEG 142 CHLGOV asserted")]
    public void A_protest_and_the_disapproval_its_purpose_voices_are_one_event(string text, string expected)
    {
        var coded = Code(text);
        Single(coded, expected);
        Assert.Single(coded.Events);
    }

    [Fact]
    public void A_demand_a_protest_is_held_for_stays_an_event_of_its_own()
    {
        var coded = Code("Peruvian teachers rallied in Lima to demand higher wages from the government.");
        Assert.Contains(coded.Events, e => e.Root == "14");
        Assert.Contains(coded.Events, e => e.Root == "10");
    }

    [Theory]
    // A verb of discussing takes an event noun as its topic: the act discussed is not the subject's own.
    [InlineData("Kenya's foreign minister raised the seizure of the fishing boats with his Somali counterpart.", "17")]
    [InlineData("Greek lawmakers debated the naval blockade of the island on Thursday.", "19")]
    public void An_act_that_is_the_object_of_a_verb_of_discussing_is_not_asserted(string text, string root) =>
        Assert.DoesNotContain(Code(text, lang: "en").Asserted, e => e.Root == root);

    [Fact]
    public void A_noun_only_inside_the_object_of_raise_keeps_its_reading()
    {
        // "raise the cost of the war": the war is not what is raised, so it is not the topic.
        var coded = Code("The European Union said it would keep raising the cost of the war for Russia.", lang: "en");
        Assert.Contains(coded.Events, e => e.Root is "19" or "13");
    }

    [Theory]
    // An act of force named again as the occasion of the verb's own act ("killed … in an assault") is one event, the verb's.
    [InlineData("en", "Armed rebels killed at least 30 villagers in an assault on a town in eastern Congo on Tuesday.")]
    [InlineData("id", "Kelompok bersenjata menewaskan sedikitnya 30 warga dalam serangan ke sebuah desa di Papua pada Selasa.")]
    public void An_attack_noun_that_only_says_how_a_killing_was_done_is_no_second_event(string lang, string text)
    {
        var coded = Code(text, lang: lang);
        Assert.Single(coded.Events, e => e.Root == "18");
        Assert.DoesNotContain(coded.Events, e => e.Root == "19");
    }

    [Fact]
    public void An_attack_noun_on_another_country_than_the_verbs_act_stays_an_event()
    {
        var coded = Code("Russian drones entered Romanian airspace during an attack on Ukrainian ports on Tuesday.", lang: "en");
        Single(coded, "RUS 190 UKR asserted");
    }
}
