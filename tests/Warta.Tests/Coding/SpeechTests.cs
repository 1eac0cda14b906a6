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

    [Fact]
    public void A_quote_that_names_a_specific_act_gives_no_bare_statement_besides()
    {
        var coded = Code("\"Kami mengecam keras tindakan Rusia,\" kata Menteri Luar Negeri Ukraina Dmytro Kuleba.");
        Assert.DoesNotContain(coded.Events, e => e.Cameo == "010");
    }

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
}
