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

    // "kelompok itu" points back at the latest armed group named, as "badan itu" at the latest organisation.
    [Fact]
    public void Kelompok_itu_is_the_armed_group_named_before()
    {
        var coded = Code("Pemberontak Kolombia menyerang sebuah pos militer di Cauca. Kelompok itu juga menculik dua tentara Kolombia.", lang: "id");
        var e = Single(coded, "COLREB 181 COLMIL asserted");
        Assert.Equal(1, e.SentenceIndex);
    }

    [Fact]
    public void Kedua_menteri_is_the_two_ministers_named_before()
    {
        var coded = Code("Menteri Luar Negeri Rusia Sergei Lavrov bertemu dengan Menteri Luar Negeri Kazakhstan Murat Nurtleu. Kedua menteri mengecam Ukraina.");
        var second = coded.Events.Where(e => e.SentenceIndex == 1).Select(Describe).Order();
        Assert.Equal(["KAZGOV 111 UKR asserted", "RUSGOV 111 UKR asserted"], second);
    }

    [Theory]
    [InlineData("Tentara Etiopia dan Eritrea kembali bertempur di perbatasan. Kenya dan Uganda mendesak kedua negara berunding. "
        + "Kedua pihak kemudian menandatangani perjanjian damai di Nairobi.", "id")]
    [InlineData("Ethiopian and Eritrean troops fought on the border again. Kenya and Uganda urged the two countries to negotiate. "
        + "Both sides later signed a peace agreement in Nairobi.", "en")]
    public void A_pair_word_is_the_pair_a_pair_word_stood_for_last_not_the_parties_that_called_on_it(string text, string lang)
    {
        var coded = Code(text, lang: lang);
        // The callers ask the two warring sides, not each other.
        Assert.Contains(coded.Events, e => e.SentenceIndex == 1 && e.Source.Country == "KEN" && e.Target?.Country == "ETH");
        Assert.Contains(coded.Events, e => e.SentenceIndex == 1 && e.Source.Country == "KEN" && e.Target?.Country == "ERI");
        // "Both sides" then is that pair again, not Kenya and Uganda, the pair last named as a subject.
        var signed = coded.Events.Where(e => e.SentenceIndex == 2 && e.Cameo == "057").ToList();
        Assert.NotEmpty(signed);
        Assert.All(signed, e => Assert.Contains(e.Source.Country, new[] { "ETH", "ERI" }));
        Assert.All(signed, e => Assert.Contains(e.Target?.Country, new[] { "ETH", "ERI" }));
    }

    [Fact]
    public void Nya_after_a_speech_verb_is_the_latest_person()
    {
        var coded = Code("Presiden Rusia Vladimir Putin mengecam Ukraina. \"Kami akan membantu Kazakhstan,\" katanya.");
        var e = Assert.Single(coded.Events, e => e.SentenceIndex == 1);
        Assert.Equal("RUSGOV", e.Source.Code);
        Assert.Equal("KAZ", e.Target?.Code);
    }

    [Theory]
    [InlineData("Peru's navy detained twelve Chilean fishermen off the Peruvian port of Ilo. The Chilean foreign ministry called the arrests unjustified. "
        + "Foreign Minister Tomas Aravena telephoned his counterpart to demand their release. "
        + "The Peruvian government rejected the demand. Aravena accused Peru of violating the fishing treaty.", "en")]
    [InlineData("Angkatan laut Peru menahan dua belas nelayan Chile di lepas pelabuhan Ilo, Peru. Kementerian Luar Negeri Chile menyebut penangkapan itu tidak berdasar. "
        + "Menteri Luar Negeri Tomas Aravena menelepon mitranya untuk menuntut pembebasan mereka. "
        + "Pemerintah Peru menolak tuntutan itu. Aravena menuduh Peru melanggar perjanjian perikanan.", "id")]
    public void A_titled_person_of_no_country_is_of_the_office_named_just_before(string text, string lang)
    {
        // Peru is named more often than Chile (the story's home country); the minister is Chile's because Chile's foreign
        // ministry was the subject just before.
        var coded = Code(text, lang: lang);
        Assert.Contains(coded.Events, e => e.SentenceIndex == 2 && e.Source.Code == "CHLGOV" && e.Source.Name == "Tomas Aravena");
        Assert.DoesNotContain(coded.Events, e => e.SentenceIndex == 2 && e.Source.Country == "PER");
        // Named again by surname after Peru's government spoke, he is still Chile's.
        Assert.Contains(coded.Events, e => e.SentenceIndex == 4 && e.Source.Code == "CHLGOV" && e.Target?.Country == "PER");
    }
}
