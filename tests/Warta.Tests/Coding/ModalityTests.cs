using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>Negation, intention, conditions and questions: what the coder says about whether an event happened.</summary>
public sealed class ModalityTests
{
    [Theory]
    [InlineData("Kazakhstan tidak mengecam Rusia.", "KAZ 111 RUS negated")]
    [InlineData("Kazakhstan belum mengecam Rusia.", "KAZ 111 RUS negated")]
    [InlineData("Kazakhstan tak mengecam Rusia.", "KAZ 111 RUS negated")]
    [InlineData("Kazakhstan bukan mengecam Rusia.", "KAZ 111 RUS negated")]
    [InlineData("Russia did not attack Ukraine.", "RUS 190 UKR negated")]
    [InlineData("Russia never attacked Ukraine.", "RUS 190 UKR negated")]
    [InlineData("Russia refused to expel the Japanese diplomats.", "RUS 174 JPNGOV negated")]
    [InlineData("Russia failed to expel the Japanese diplomats.", "RUS 174 JPNGOV negated")]
    public void Negated_events_are_flagged_and_absent_from_asserted(string text, string expected)
    {
        var coded = Code(text);
        var e = Single(coded, expected);
        Assert.True(e.Negated);
        Assert.False(e.Hypothetical);
        Assert.DoesNotContain(e, coded.Asserted);
    }

    [Theory]
    [InlineData("Rusia akan bertemu dengan Jepang.", "RUS 036 JPN asserted")]
    [InlineData("Rusia berjanji membantu Kazakhstan.", "RUS 033 KAZ asserted")]
    [InlineData("Russia will meet Japan.", "RUS 036 JPN asserted")]
    public void Intended_cooperation_becomes_its_03x_code(string text, string expected) => Single(Code(text), expected);

    [Theory]
    [InlineData("Rusia akan mengusir diplomat Jepang.", "RUS")]
    [InlineData("Rusia berencana mengusir diplomat Jepang.", "RUS")]
    [InlineData("Russia will expel the Japanese diplomats.", "RUS")]
    public void Intended_coercion_becomes_a_13x_threat_not_the_act(string text, string source)
    {
        var e = Assert.Single(Code(text).Events);
        Assert.Equal(source, e.Source.Code);
        Assert.Equal("13", e.Root);
    }

    [Theory]
    [InlineData("Jika Rusia menyerang Kazakhstan, Kazakhstan akan meminta bantuan China.", "KAZ 023 CHN hypothetical")]
    public void The_consequence_of_a_condition_is_hypothetical(string text, string expected)
    {
        var coded = Code(text);
        var e = Single(coded, expected);
        Assert.True(e.Hypothetical);
        Assert.DoesNotContain(e, coded.Asserted);
    }

    [Theory]
    [InlineData("Apakah Rusia akan menyerang Kazakhstan?", "RUS")]
    [InlineData("Will Russia attack Ukraine?", "RUS")]
    public void A_question_asserts_nothing(string text, string source)
    {
        var coded = Code(text);
        var e = Assert.Single(coded.Events);
        Assert.Equal(source, e.Source.Code);
        Assert.Equal("question", e.Modality);
        Assert.Empty(coded.Asserted);
    }

    [Theory]
    // "must", like "should", says what ought to be done, not what was.
    [InlineData("The United Nations said Israel must allow aid convoys into Gaza.", "ISR 0863 PSE hypothetical")]
    [InlineData("Turkey said Sweden must extradite the suspects.", "SWE 063 TURCRM hypothetical")]
    public void What_someone_must_do_is_not_done(string text, string expected) => CodedButNotAsserted(text, expected);

    [Theory]
    // What a demand or appeal asks for in a that-clause has not happened (as in a to-clause: "urged Tokyo to address").
    [InlineData("Students in Dhaka demanded that the police release the detained activists.", "BGDCOP")]
    [InlineData("The European Union urged that Serbia withdraw its troops from the border.", "SRB")]
    public void What_a_demand_asks_for_in_a_complement_is_hypothetical(string text, string asked)
    {
        var coded = Code(text);
        Assert.Contains(coded.Events, e => e.Source.Code == asked && e.Hypothetical);
        Assert.DoesNotContain(coded.Asserted, e => e.Source.Code == asked);
    }

    [Theory]
    // An embedded question: "would" there is no threat, as it would be in "Israel would strike again".
    [InlineData("Asked whether Israel would strike Lebanon again, the spokesman declined to comment.", "ISR")]
    [InlineData("The minister did not say whether India would expel the Canadian diplomats.", "IND")]
    public void A_coercive_act_asked_about_is_no_threat(string text, string source)
    {
        var coded = Code(text);
        Assert.DoesNotContain(coded.Events, e => e.Source.Code == source && e.Root == "13");
        Assert.Contains(coded.Events, e => e.Source.Code == source && e.Modality == "hypothetical");
        Assert.DoesNotContain(coded.Asserted, e => e.Source.Code == source);
    }

    [Theory]
    // A schedule reported by someone unnamed is no one's stated intent: the act is only hypothetical (an intent, "akan
    // bertemu", "agreed to meet", stays 036 above).
    [InlineData("Menteri Luar Negeri Jepang dijadwalkan bertemu Menteri Luar Negeri China di Seoul pekan depan.", "JPNGOV 040 CHNGOV hypothetical")]
    [InlineData("Japan's foreign minister is scheduled to meet the Chinese foreign minister in Seoul next week.", "JPNGOV 040 CHNGOV hypothetical")]
    public void A_scheduled_act_is_not_yet_an_event(string text, string expected)
    {
        CodedButNotAsserted(text, expected);
        Assert.DoesNotContain(Code(text).Events, e => e.Root == "03");
    }

    // A stated purpose ("talks aimed at restoring relations", as Indonesian "bertujuan") is not yet done: the act is
    // only hypothetical, and no one's intent (no 03x).
    [Theory]
    [InlineData("Japan hosted the Chinese foreign minister for talks aimed at restoring diplomatic relations.")]
    [InlineData("Japan hosted the Chinese foreign minister for talks that aim at restoring diplomatic relations.")]
    public void A_stated_purpose_is_not_yet_an_event(string text)
    {
        var coded = Code(text);
        Assert.DoesNotContain(coded.Asserted, e => e.Root == "05" || e.Cameo == "032");
    }

    [Fact]
    public void The_act_a_purpose_names_is_hypothetical() =>
        CodedButNotAsserted("Japan hosted the Chinese foreign minister for talks aimed at restoring diplomatic relations.", "JPN 050 CHNGOV hypothetical");

    // A plan in a relative clause on a thing ("a resolution that seeks to …") is what the text is for, no one's intent:
    // the act is hypothetical, also a second act coordinated in the same chain. On an actor ("ministers, who plan to …")
    // it stays the actor's intent.
    [Theory]
    [InlineData("Canada backed a U.N. Security Council resolution that seeks to impose a blockade on Iran.")]
    [InlineData("Canada backed a U.N. Security Council resolution that seeks to tighten controls and impose a blockade on Iran.")]
    public void A_plan_of_a_thing_is_its_purpose(string text) =>
        CodedButNotAsserted(text, "IGOUNO 191 IRN hypothetical");

    [Fact]
    public void A_plan_of_an_actor_in_a_relative_clause_stays_its_intent()
    {
        var coded = Code("Canada praised the EU foreign ministers, who plan to impose sanctions on Iran.");
        Assert.Contains(coded.Asserted, e => e.Target?.Code == "IRN" && e.Root == "13");
    }

    // "will not hesitate to strike" is a litotes: the negation is the hesitating's, the strike is threatened; a hesitation
    // that is not negated held the act back.
    [Theory]
    [InlineData("The Turkish army will not hesitate to strike Syria, the minister said.", "TURMIL 138 SYR asserted")]
    [InlineData("Israel won't hesitate to attack Iran again.", "ISR 138 IRN asserted")]
    public void A_negated_hesitation_threatens_the_act(string text, string expected) => Single(Code(text), expected);

    [Fact]
    public void A_hesitation_holds_the_act_back()
    {
        var coded = Code("Germany hesitated to send tanks to Ukraine.");
        Assert.DoesNotContain(coded.Asserted, e => e.Root is "07" or "03" or "13");
    }

    [Theory]
    [InlineData("Russia denied that its troops attacked Ukraine.", "RUSMIL 190 UKR negated")]
    [InlineData("Rusia membantah bahwa pasukannya menyerang Ukraina.", "RUSMIL 190 UKR negated")]
    [InlineData("Kazakhstan belum mengusir duta besar Ukraina.", "KAZ 174 UKRGOV negated")]
    public void What_is_denied_or_not_yet_done_is_negated(string text, string expected)
        => CodedButNotAsserted(text, expected);

    [Theory]
    // "no progress on withdrawing": the act on a negated noun, and the progress itself, did not happen.
    [InlineData("India and China made no progress on withdrawing their troops from the border.", "08")]
    [InlineData("India and China made no progress on withdrawing their troops from the border.", "01")]
    public void An_act_on_a_negated_noun_is_negated(string text, string root)
    {
        var coded = Code(text);
        Assert.Contains(coded.Events, e => e.Root == root && e.Negated);
        Assert.DoesNotContain(coded.Asserted, e => e.Root == root);
    }

    // "plans to close … and expel …": the bare infinitive coordinated with a chained one is in the same chain, so the plan
    // governs it too; it is no asserted expulsion.
    [Fact]
    public void A_verb_coordinated_inside_a_chain_shares_what_governs_the_chain()
    {
        var coded = Code("Russia plans to close its consulate in Osaka and expel the Japanese ambassador.", published: "2024-03-01", lang: "en");
        Assert.DoesNotContain(coded.Asserted, e => e.Cameo == "174");
    }

    [Theory]
    // A reason ("karena …") with no subject of its own, given for a coercive act, is what the act's patient did in the
    // actor's account: the patient's alleged act (an active's object or target, a passive's subject).
    [InlineData("China menjatuhkan sanksi kepada Amerika Serikat karena menjual senjata ke Taiwan.", "USA 072 TWN alleged")]
    [InlineData("Seorang misionaris asal Kanada ditangkap di Lebanon karena bekerja sama dengan Israel.", "CANCVL 060 ISR alleged")]
    public void What_someone_is_punished_for_is_alleged_of_them(string text, string expected)
    {
        var coded = Code(text, lang: "id");
        Single(coded, expected);
        Assert.DoesNotContain(coded.Asserted, e => e.Root is "06" or "07");
    }

    [Fact]
    public void The_reason_of_a_protest_is_the_protesters_own() =>
        Assert.DoesNotContain(Code("Ribuan mahasiswa berunjuk rasa di Jakarta karena menolak kenaikan harga BBM.", lang: "id").Events, e => e.Modality == "alleged");

    [Theory]
    [InlineData("Police allegedly beat protesters in Moscow.", "RUSCOP 182 RUSOPP alleged")]
    [InlineData("Polisi diduga memukul mahasiswa di Jakarta.", "IDNCOP 182 IDNEDU alleged")]
    [InlineData("Russia accused Ukraine of shelling the plant.", "UKR 194 RUS alleged")]
    [InlineData("Rusia menuduh Ukraina menyerang pembangkit listrik itu.", "UKR 190 RUS alleged")]
    // The reason a deportation gives is the deporter's claim, as with an arrest (behaviour column alleging, 174).
    [InlineData("Malaysia deported 40 Indonesian workers for attacking a police post.", "IDNLAB 190 MYSCOP alleged")]
    public void An_act_framed_as_an_allegation_is_alleged(string text, string expected)
        => CodedButNotAsserted(text, expected);

    [Theory]
    // A statement code said as a future ("akan menyetujui" has no intent form) stays a question; it used to become asserted.
    [InlineData("Akankah Indonesia menyetujui langkah Malaysia?", "IDN 030 MYS question")]
    public void A_future_statement_in_a_question_stays_a_question(string text, string expected)
        => CodedButNotAsserted(text, expected);

    [Theory]
    // "dapat", "bisa" (can, could) in the verb group: what could be done is not done; a coercive act said so is a threat.
    [InlineData("Rusia dapat menyerang Ukraina.", "RUS 138 UKR asserted")]
    [InlineData("Russia could attack Ukraine.", "RUS 138 UKR asserted")]
    public void A_coercive_act_one_could_do_is_a_threat_not_the_act(string text, string expected)
    {
        var coded = Code(text);
        Single(coded, expected);
        Assert.DoesNotContain(coded.Events, e => e.Root == "19");
    }

    [Fact]
    public void The_modality_field_agrees_with_the_flags()
    {
        var coded = Code("Kazakhstan tidak mengecam Rusia. Jika Rusia menyerang Kazakhstan, Kazakhstan akan meminta bantuan China. Indonesia mengecam Israel.");
        Assert.All(coded.Events, e =>
        {
            Assert.Equal(e.Negated, e.Modality == "negated");
            if (e.Modality == "hypothetical") Assert.True(e.Hypothetical);
        });
        Assert.Contains(coded.Events, e => e.Modality == "asserted");
    }

    /// <summary>The text gives exactly one event so described, and it is not among the asserted ones.</summary>
    private static void CodedButNotAsserted(string text, string expected)
    {
        var coded = Code(text);
        Assert.DoesNotContain(Single(coded, expected), coded.Asserted);
    }
}
