using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>Later mentions of an actor: pronouns, surnames, "kedua menteri", "both ministers".</summary>
public sealed class CoreferenceTests
{
    [Theory]
    [InlineData("Presiden Rusia Vladimir Putin tiba di Astana. Dia mengecam Ukraina.")]
    [InlineData("Presiden Rusia Vladimir Putin tiba di Astana. Beliau mengecam Ukraina.")]
    [InlineData("Presiden Rusia Vladimir Putin mengecam Ukraina. Ia juga mengkritik Polandia.")]
    [InlineData("Russian President Vladimir Putin arrived in Astana. He condemned Ukraine.")]
    public void A_third_person_pronoun_is_the_person_named_before(string text)
    {
        var coded = Code(text);
        var e = Assert.Single(coded.Events, e => e.SentenceIndex == 1);
        Assert.Equal("RUSGOV", e.Source.Code);
        Assert.Equal("111", e.Cameo);
    }

    [Fact]
    public void A_surname_alone_is_the_person_named_in_full_before()
    {
        var coded = Code("Presiden Rusia Vladimir Putin bertemu dengan Presiden Kazakhstan Kassym-Jomart Tokayev. Putin mengecam Ukraina.");
        var e = Single(coded, "RUSGOV 111 UKR asserted");
        Assert.Equal(1, e.SentenceIndex);
        Assert.Equal("Putin", e.Source.Text);
    }

    [Fact]
    public void Kedua_menteri_is_the_two_ministers_named_before()
    {
        var coded = Code("Menteri Luar Negeri Rusia Sergei Lavrov bertemu dengan Menteri Luar Negeri Kazakhstan Murat Nurtleu. Kedua menteri mengecam Ukraina.");
        var second = coded.Events.Where(e => e.SentenceIndex == 1).Select(Describe).Order();
        Assert.Equal(["KAZGOV 111 UKR asserted", "RUSGOV 111 UKR asserted"], second);
    }

    [Fact]
    public void Nya_after_a_speech_verb_is_the_latest_person()
    {
        var coded = Code("Presiden Rusia Vladimir Putin mengecam Ukraina. \"Kami akan membantu Kazakhstan,\" katanya.");
        var e = Assert.Single(coded.Events, e => e.SentenceIndex == 1);
        Assert.Equal("RUSGOV", e.Source.Code);
        Assert.Equal("KAZ", e.Target?.Code);
    }
}
