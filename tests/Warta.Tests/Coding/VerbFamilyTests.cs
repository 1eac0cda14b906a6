using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Verb senses that the English lexicon lacked while the Indonesian one had them: the same CAMEO sense in both languages,
/// each a verb family with its usual objects as cues (handing over relief, sending and receiving inspectors, reinforcing
/// forces, alert status, stopping aid deliveries in a place, defacing property).
/// </summary>
public sealed class VerbFamilyTests
{
    [Theory]
    [InlineData("Japanese doctors handed over medicine to the Philippine health ministry.", "en", "073", "JPN", "PHL")]
    [InlineData("Relawan Jepang menyerahkan obat-obatan kepada Kementerian Kesehatan Filipina.", "id", "073", "JPN", "PHL")]
    // Sending inspectors or monitors is investigating (090); receiving them allows international involvement (086, 0862).
    [InlineData("The European Union dispatched monitors to Georgia.", "en", "090", null, "GEO")]
    [InlineData("Uni Eropa mengirim pemantau ke Georgia.", "id", "090", null, "GEO")]
    [InlineData("The Sudanese government received a team of inspectors from the United Nations.", "en", "0862", "SDN", null)]
    [InlineData("Turkish troops remained on high alert in northern Iraq.", "en", "152", "TUR", "IRQ")]
    [InlineData("Russia has reinforced its forces in Syria.", "en", "154", "RUS", "SYR")]
    [InlineData("Rusia memperkuat pasukannya di Suriah.", "id", "154", "RUS", "SYR")]
    // UD English lemmatises "troops" as itself; the cue "troop" matches it as its plural (HeadMatcher.IsUnreducedPlural).
    [InlineData("Russia deployed troops to Syria.", "en", "154", "RUS", "SYR")]
    [InlineData("Russia sent troops to Syria.", "en", "154", "RUS", "SYR")]
    [InlineData("Rusia mengirim pasukan ke Suriah.", "id", "154", "RUS", "SYR")]
    [InlineData("Britain sent peacekeeping troops to Bosnia.", "en", "074", "GBR", "BIH")]
    // Stopping aid deliveries in a place sanctions that place, like stopping aid to it.
    [InlineData("Program Pangan Dunia menghentikan penyaluran bantuan di Yaman.", "id", "162", null, "YEM")]
    [InlineData("Serbian forces carried out ethnic cleansing in Kosovo.", "en", "203", "SRB", "KSV")]
    [InlineData("Serbian forces engaged in ethnic cleansing in Kosovo.", "en", "203", "SRB", "KSV")]
    [InlineData("Pakistani students defaced the Danish embassy in Islamabad.", "en", "1712", "PAK", "DNK")]
    // Imposing a blockade is the blockade (191), and a place name holding a cue word ("Jalur Gaza") is no road blocked.
    [InlineData("Israel imposed a naval blockade on the Gaza Strip.", "en", "191", "ISR", "PSE")]
    [InlineData("Israel memblokade Jalur Gaza sejak 2007.", "id", "191", "ISR", "PSE")]
    public void A_verb_family_codes_its_sense_in_both_languages(string text, string lang, string cameo, string? source, string? target) =>
        Assert.Contains(Code(text, lang: lang).Events, e => e.Cameo == cameo
            && (source is null || e.Source.Country == source)
            && (target is null || e.Target?.Country == target));

    // CAMEO 164 and 165 as families of stopping verbs (halt, freeze, abandon, pull out of, end) with talks or mediation;
    // the verbs of raising relations with "ties" as well as "relations" (050).
    [Theory]
    [InlineData("Turkey halted its mediation between Armenia and Azerbaijan.", "165", "TUR", "ARM")]
    [InlineData("Norway ended its mediation effort between the two rival parties in Sri Lanka.", "165", "NOR", null)]
    [InlineData("Greece froze negotiations with Turkey after the incident.", "164", "GRC", "TUR")]
    [InlineData("The Kurdish delegation pulled out of the talks with Iraq.", "164", null, "IRQ")]
    [InlineData("Kenya abandoned the dialogue with Somalia.", "164", "KEN", "SOM")]
    [InlineData("Chile and Bolivia normalized relations in 2019.", "050", "CHL", "BOL")]
    [InlineData("Vietnam and Australia resumed diplomatic ties.", "050", "VNM", "AUS")]
    [InlineData("Ghana and Togo mended their ties after the border dispute.", "050", "GHA", "TGO")]
    public void Stopping_talks_or_mediation_and_raising_ties_are_coded_as_families(string text, string cameo, string? source, string? target) =>
        Assert.Contains(Code(text, lang: "en").Events, e => e.Cameo == cameo
            && (source is null || e.Source.Country == source)
            && (target is null || e.Target?.Country == target));

    // Extending or raising funding is giving it (071); training another country's forces is military aid (072).
    [Theory]
    [InlineData("Germany extended financial aid to Ukraine.", "071", "DEU", "UKR")]
    [InlineData("Japan increased its funding for the Philippine coast guard.", "071", "JPN", "PHL")]
    [InlineData("Russia trained Syrian soldiers.", "072", "RUS", "SYR")]
    [InlineData("Egyptian instructors have trained Sudanese commandos.", "072", "EGY", "SDN")]
    public void Extending_funding_and_training_forces_are_aid(string text, string cameo, string source, string target) =>
        Assert.Contains(Code(text, lang: "en").Events, e => e.Cameo == cameo && e.Source.Country == source && e.Target?.Country == target);

    // Peacekeepers expelled by the host or pulled out by the sender: 1661, not the 174 of expelling persons.
    [Theory]
    [InlineData("Chad expelled the UN peacekeeping mission.", "TCD")]
    [InlineData("Nepal recalled its peacekeepers from Lebanon.", "NPL")]
    [InlineData("Uganda pulled its peacekeeping troops out of Somalia.", "UGA")]
    public void Expelling_or_pulling_out_peacekeepers_is_1661(string text, string source) =>
        Assert.Contains(Code(text, lang: "en").Events, e => e.Cameo == "1661" && e.Source.Country == source);

    // Taking a place back is occupying it (192): recapture, retake (an irregular verb the morphology now knows), regain.
    [Theory]
    [InlineData("Ukrainian forces recaptured Kherson from Russia.", "UKR", "RUS")]
    [InlineData("Ukraine retook the city from Russian forces.", "UKR", "RUS")]
    [InlineData("Armenian troops regained control of the region from Azerbaijan.", "ARM", "AZE")]
    public void Taking_a_place_back_is_occupying_it(string text, string source, string target) =>
        Assert.Contains(Code(text, lang: "en").Events, e => e.Cameo == "192" && e.Source.Country == source && e.Target?.Country == target);

    // Every verb of closing a border is the same administrative sanction (172); every light verb of an attack takes the
    // attack nouns (190) and the air-strike nouns (195).
    [Theory]
    [InlineData("Hungary sealed its border with Serbia.", "172", "HUN", "SRB")]
    [InlineData("Finland shut its eastern border with Russia.", "172", "FIN", "RUS")]
    [InlineData("The United States staged a drone strike in Somalia.", "195", "USA", "SOM")]
    [InlineData("Israel conducted air strikes on Lebanon.", "195", "ISR", "LBN")]
    [InlineData("Ukraine mounted an offensive against Russian forces.", "190", "UKR", "RUS")]
    public void Closing_a_border_and_the_light_verbs_of_attack_are_families(string text, string cameo, string source, string target) =>
        Assert.Contains(Code(text, lang: "en").Events, e => e.Cameo == cameo && e.Source.Country == source && e.Target?.Country == target);

    // The whole family of public criticism (111), phrasal verbs with their preposition; turning down an invitation (125).
    [Theory]
    [InlineData("Iran hit out at Saudi Arabia over the executions.", "111", "IRN", "SAU")]
    [InlineData("Venezuela railed against the United States.", "111", "VEN", "USA")]
    [InlineData("Turkey berated Sweden.", "111", "TUR", "SWE")]
    [InlineData("India snubbed China's invitation.", "125", "IND", "CHN")]
    [InlineData("Pakistan spurned India's offer of talks.", "125", "PAK", "IND")]
    public void Criticism_and_turning_down_invitations_are_families(string text, string cameo, string source, string target) =>
        Assert.Contains(Code(text, lang: "en").Events, e => e.Cameo == cameo && e.Source.Country == source && e.Target?.Country == target);

    // Joint exercises by any verb that holds them (062); weapons by any verb that hands them over (072); people held,
    // returned (0841).
    [Theory]
    [InlineData("Japan and India launched a joint naval exercise.", "062", "JPN", "IND")]
    [InlineData("Russia supplied Iran with air defence systems.", "072", "RUS", "IRN")]
    [InlineData("France gave howitzers to Ukraine.", "072", "FRA", "UKR")]
    [InlineData("Russia returned 20 prisoners of war to Ukraine.", "0841", "RUS", "UKR")]
    public void Exercises_weapons_and_returned_prisoners_are_families(string text, string cameo, string source, string target) =>
        Assert.Contains(Code(text, lang: "en").Events, e => e.Cameo == cameo && e.Source.Country == source && e.Target?.Country == target);

    [Theory]
    [InlineData("Hamas broke the ceasefire with Israel.", "PSE")]
    [InlineData("Russia flouted the truce in eastern Ukraine.", "RUS")]
    public void Breaking_a_ceasefire_by_any_verb_is_196(string text, string source) =>
        Assert.Contains(Code(text, lang: "en").Events, e => e.Cameo == "196" && e.Source.Country == source);

    // Giving up a veto or an objection is yielding (080), not the veto its noun names.
    [Theory]
    [InlineData("Turkey lifted its veto on Sweden's NATO membership.", "TUR", "SWE")]
    [InlineData("Austria dropped its objection to Romania's entry.", "AUT", "ROU")]
    public void Lifting_a_veto_is_yielding(string text, string source, string target)
    {
        var events = Code(text, lang: "en").Events;
        Assert.Contains(events, e => e.Cameo == "080" && e.Source.Country == source && e.Target?.Country == target);
        Assert.DoesNotContain(events, e => e.Cameo == "129");
    }

    [Fact]
    public void Soldiers_returning_to_base_return_no_one() =>
        Assert.DoesNotContain(Code("The Russian soldiers returned to their base.", lang: "en").Events, e => e.Cameo.StartsWith("084"));

    [Fact]
    public void Trained_soldiers_are_no_training_event() =>
        Assert.DoesNotContain(Code("The trained soldiers of Russia attacked Ukraine.", lang: "en").Events, e => e.Cameo == "072");

    [Theory]
    [InlineData("Relations between Chile and Bolivia have improved.")]
    [InlineData("The talks ended on Friday without a statement.")]
    public void Relations_that_improve_or_talks_that_end_are_no_act(string text) =>
        Assert.DoesNotContain(Code(text, lang: "en").Events, e => e.Root is "05" or "16");

    [Fact]
    public void Suspending_aid_deliveries_in_a_country_targets_it() =>
        Single(Code("Red Cross workers suspended aid deliveries in Somalia after an ambush.", lang: "en"), "NGOHLHIRC 162 SOM asserted");
}
