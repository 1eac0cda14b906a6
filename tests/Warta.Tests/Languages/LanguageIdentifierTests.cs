using Warta.Languages;
using Warta.Tests.TestSupport;

namespace Warta.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Load(TestPaths.DataDirectory);

    [Theory]
    [InlineData("Rusia mengusir diplomat itu.", Language.Indonesian)]
    [InlineData("Russia expelled the diplomat.", Language.English)]
    [InlineData("Kazakhstan membalas Rusia.", Language.Indonesian)]
    [InlineData("Kazakhstan retaliated against Russia.", Language.English)]
    [InlineData("Duta besar dipanggil.", Language.Indonesian)]
    [InlineData("The ambassador was summoned.", Language.English)]
    [InlineData("Presiden menolak tuduhan tersebut.", Language.Indonesian)]
    [InlineData("The president rejected the accusation.", Language.English)]
    [InlineData("Polisi menangkap tiga orang.", Language.Indonesian)]
    [InlineData("Police arrested three people.", Language.English)]
    [InlineData("Tidak.", Language.Indonesian)]
    [InlineData("Yes, they did.", Language.English)]
    public void LanguageIdentifier_identifies_a_single_short_sentence(string text, Language expected) =>
        Assert.Equal(expected, Identifier.Identify(text));

    [Theory]
    [InlineData("Kassym-Jomart Tokayev bertemu Vladimir Putin di Moskow.", Language.Indonesian)]
    [InlineData("Kassym-Jomart Tokayev met Vladimir Putin in Moscow.", Language.English)]
    [InlineData("Yermek Kosherbayev, Pyotr Vrublevsky dan Maria Zakharova di Astana.", Language.Indonesian)]
    [InlineData("Yermek Kosherbayev, Pyotr Vrublevsky and Maria Zakharova in Astana.", Language.English)]
    [InlineData("Menurut Aibek Smadiyarov, Kremlin dan CSTO sepakat.", Language.Indonesian)]
    [InlineData("According to Aibek Smadiyarov, the Kremlin and the CSTO agreed.", Language.English)]
    public void LanguageIdentifier_is_not_misled_by_a_sentence_full_of_names(string text, Language expected) =>
        Assert.Equal(expected, Identifier.Identify(text));

    [Fact]
    public void LanguageIdentifier_identifies_the_seed_article_as_indonesian_with_high_confidence()
    {
        var score = Identifier.Score(File.ReadAllText(TestPaths.SeedArticle));
        Assert.Equal(Language.Indonesian, score.Language);
        Assert.True(score.Confidence > 0.999, $"confidence {score.Confidence}");
    }

    [Fact]
    public void LanguageIdentifier_identifies_every_line_of_the_seed_article_as_indonesian()
    {
        foreach (var line in File.ReadLines(TestPaths.SeedArticle).Where(l => l.Length > 0))
            Assert.True(Identifier.Identify(line) == Language.Indonesian, line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t")]
    [InlineData("12345 67/89 -- ***")]
    [InlineData("\uFEFF\0\u0001")]
    public void LanguageIdentifier_reports_no_evidence_and_defaults_to_indonesian_without_letters(string text)
    {
        var score = Identifier.Score(text);
        Assert.False(score.HasEvidence);
        Assert.Equal(Language.Indonesian, score.Language);
        Assert.Equal(0.5, score.Confidence);
    }

    [Fact]
    public void LanguageIdentifier_gives_more_confidence_to_longer_evidence()
    {
        var one = Identifier.Score("The ambassador was summoned.");
        var two = Identifier.Score("The ambassador was summoned. He said that the statement was not acceptable.");
        Assert.Equal(Language.English, one.Language);
        Assert.True(two.Confidence >= one.Confidence && -two.IndonesianLogOdds > -one.IndonesianLogOdds);
    }

    [Fact]
    public void LanguageIdentifier_reads_only_the_start_of_a_long_text()
    {
        var english = string.Concat(Enumerable.Repeat("The ambassador was summoned by the ministry. ", 60));
        var text = english + string.Concat(Enumerable.Repeat("Duta besar itu dipanggil oleh kementerian luar negeri. ", 100_000));
        Assert.True(english.Length >= LanguageIdentifier.WindowLength);
        Assert.Equal(Language.English, Identifier.Identify(text));
    }

    [Fact]
    public void LanguageIdentifier_survives_mixed_scripts_and_lone_surrogates()
    {
        var text = "Москва 北京 😀 \uD800 موسكو Rusia mengusir diplomat itu.";
        Assert.Equal(Language.Indonesian, Identifier.Identify(text));
        var random = new Random(42);
        for (int i = 0; i < 2000; i++)
        {
            var score = Identifier.Score(MessyText.Random(random, random.Next(0, 40)));
            Assert.InRange(score.Confidence, 0.5, 1.0);
        }
    }
}
