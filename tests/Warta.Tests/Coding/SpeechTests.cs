using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>Reported speech: the speaker is the source of what is said, and "we/kami" is the speaker.</summary>
public sealed class SpeechTests
{
    [Theory]
    [InlineData("\"Kami mengecam keras tindakan Rusia,\" kata Menteri Luar Negeri Ukraina Dmytro Kuleba.", "UKRGOV 111 RUS asserted")]
    [InlineData("\"We condemn Russia,\" the Ukrainian foreign minister said.", "UKRGOV 111 RUS asserted")]
    [InlineData("Menteri Luar Negeri Indonesia mengatakan bahwa kami akan membantu Palestina.", "IDNGOV 033 PSE asserted")]
    public void First_person_in_reported_speech_is_the_speaker(string text, string expected) => Single(Code(text), expected);

    [Theory]
    [InlineData("Menteri Luar Negeri Indonesia mengatakan bahwa Indonesia akan membantu Palestina.", "IDN 033 PSE asserted")]
    [InlineData("Menurut Kementerian Luar Negeri Rusia, Ukraina menyerang Rusia.", "UKR 190 RUS asserted")]
    [InlineData("According to the Russian foreign ministry, Ukraine attacked Russia.", "UKR 190 RUS asserted")]
    public void A_named_subject_inside_reported_speech_stays_the_source(string text, string expected) => Single(Code(text), expected);

    [Theory]
    [InlineData("The foreign minister of Peru said Bolivia must release the detained fishermen.", "PERGOV 100 BOL asserted")]
    [InlineData("Bolivian troops must withdraw from the border, Peru's president said.", "PERGOV 100 BOLMIL asserted")]
    [InlineData("Menteri luar negeri Peru mengatakan Bolivia harus membebaskan para nelayan.", "PERGOV 100 BOL asserted")]
    public void What_a_speaker_says_another_party_must_do_is_a_demand_of_it(string text, string expected)
    {
        var coded = Code(text);
        var demand = Single(coded, expected);
        Assert.Equal(new Warta.Coding.EventActorRule("speaker", "complement-subject"), demand.ActorRule);
        // What the party must do has not been done.
        Assert.DoesNotContain(coded.Events, e => e.Cameo != "100" && e.Modality == "asserted");
    }

    [Theory]
    [InlineData("Peru's foreign minister said Peru must defend its fishermen.")]
    [InlineData("Peru's president said both countries should resume talks.")]
    [InlineData("Peru's foreign minister said Bolivia did not release the fishermen.")]
    public void An_obligation_of_the_speakers_own_side_or_no_obligation_is_no_demand(string text) =>
        Assert.DoesNotContain(Code(text).Events, e => e.Cameo == "100");

    [Fact]
    public void A_quote_that_names_a_specific_act_gives_no_bare_statement_besides()
    {
        var coded = Code("\"Kami mengecam keras tindakan Rusia,\" kata Menteri Luar Negeri Ukraina Dmytro Kuleba.");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "010");
    }

    [Theory]
    // A verdict on a speech verb is a criticism of its own (111), not a bare statement: it stays beside whatever else the
    // speaker is reported to have done in the sentence, and the reporters told are only who heard it, not whom it is aimed at.
    [InlineData("Armed men seized a cargo ship off Somalia on Friday. Kenya's foreign minister told reporters the seizure was \"unacceptable\" and said Kenya had demanded the release of the crew.", "KENGOV 111 SOMUAF asserted")]
    [InlineData("Gunmen abducted two aid workers in northern Mali on Sunday. Senegal's foreign minister said the kidnapping was \"irresponsible\" and that Senegal had asked Mali for help.", "SENGOV 111 MLIINS asserted")]
    public void A_verdict_said_beside_another_act_of_the_speaker_is_still_a_criticism(string text, string expected) =>
        Single(Code(text, lang: "en"), expected);

    [Theory]
    [InlineData("Menteri Luar Negeri Malaysia mengatakan hal itu kepada wartawan.", "MYSGOV 010 - asserted")]
    [InlineData("The Japanese foreign minister said Japan was ready.", "JPNGOV 010 - asserted")]
    public void A_bare_statement_gives_010_when_nothing_more_specific_is_said(string text, string expected) =>
        Single(Code(text), expected);

    [Fact]
    public void Kami_in_a_negated_bahwa_complement_is_the_speaker_who_refuses()
    {
        // Saying one will not negotiate is a refusal (125) by the speaker's side only.
        var coded = Code("Ukraina menyatakan bahwa kami tidak akan berunding dengan Rusia.");
        Assert.Equal(["UKR 125 RUS asserted"], Described(coded));
    }

    [Theory]
    // The reported clause is an event of its own with its own subject; the speech verb adds no bare statement.
    [InlineData("Kenya's foreign minister said that Ugandan police arrested two Kenyan activists in Kampala.", "UGACOP 173 KENOPP asserted")]
    [InlineData("The Kenyan foreign minister said Ugandan police had arrested two Kenyan activists.", "UGACOP 173 KENOPP asserted")]
    [InlineData("Juru bicara Kementerian Luar Negeri Kenya mengatakan bahwa polisi Uganda telah menangkap dua aktivis Kenya.", "UGACOP 173 KENOPP asserted")]
    [InlineData("Menteri Luar Negeri Kenya mengatakan polisi Uganda menangkap dua aktivis Kenya di Kampala.", "UGACOP 173 KENOPP asserted")]
    public void The_reported_clause_is_coded_with_its_own_subject_and_no_statement(string text, string expected) =>
        Assert.Equal([expected], Described(Code(text)));

    [Theory]
    // A quote with its own subject: that subject acts; "our"/"kami" is the speaker's side.
    [InlineData("\"Ugandan police arrested two of our activists,\" said the Kenyan foreign minister.", "UGACOP 173 KENOPP asserted")]
    [InlineData("\"Polisi Uganda menangkap dua aktivis kami,\" kata menteri luar negeri Kenya.", "UGACOP 173 KENOPP asserted")]
    public void A_quote_with_its_own_subject_is_that_subjects_act_on_the_speakers_side(string text, string expected) =>
        Assert.Equal([expected], Described(Code(text)));

    [Theory]
    // A quote with no subject of its own is the speaker's act.
    [InlineData("\"Condemn the arrest of our activists by Uganda,\" said the Kenyan foreign minister.", "KENGOV")]
    [InlineData("\"Mengecam keras penangkapan aktivis kami oleh Uganda,\" kata menteri luar negeri Kenya.", "KENGOV")]
    public void A_quote_with_no_subject_of_its_own_is_the_speakers_act(string text, string source) =>
        Assert.Contains(Code(text).Events, e => e.Source.Code == source && e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Modality == "asserted");

    [Theory]
    // What the speaker denies did not happen, and is no event of the speaker's either.
    [InlineData("Kenya's foreign minister denied that Kenyan police arrested Ugandan activists.")]
    [InlineData("Menteri Luar Negeri Kenya membantah bahwa polisi Kenya menangkap aktivis Uganda.")]
    public void A_denied_report_stays_uncoded(string text) =>
        Assert.DoesNotContain(Code(text).Events, e => e.Cameo == "173" && e.Modality == "asserted");
}
