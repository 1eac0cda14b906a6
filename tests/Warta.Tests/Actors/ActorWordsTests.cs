using Warta.Actors;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Tests.Actors;

/// <summary>The function words of actor mentions come from data/LANG/actor-words.tsv, one list per language.</summary>
public sealed class ActorWordsTests
{
    [Theory]
    [InlineData("en", ActorWordKind.Article, "The", true)]
    [InlineData("en", ActorWordKind.OwnerPreposition, "for", true)]
    [InlineData("en", ActorWordKind.PostingPreposition, "to", true)]
    [InlineData("en", ActorWordKind.Possessive, "\u2019s", true)]
    [InlineData("en", ActorWordKind.OriginWord, "asal", false)]
    [InlineData("id", ActorWordKind.OriginWord, "berkebangsaan", true)]
    [InlineData("id", ActorWordKind.NameOwnerPreposition, "dari", true)]
    [InlineData("id", ActorWordKind.PostingPreposition, "to", false)]
    [InlineData("id", ActorWordKind.NameParticle, "binti", true)]
    public void Each_language_loads_its_own_words(string lang, ActorWordKind kind, string word, bool expected)
    {
        var words = ActorWords.Load(TestPaths.DataDirectory, lang == "en" ? Language.English : Language.Indonesian);
        Assert.Equal(expected, words.Has(kind, word));
    }

    [Fact]
    public void A_document_of_unknown_language_is_read_with_both_lists()
    {
        var either = ActorTestKit.Dictionary.Words(Language.Unknown);
        Assert.True(either.Has(ActorWordKind.PostingPreposition, "untuk"));
        Assert.True(either.Has(ActorWordKind.PostingPreposition, "to"));
        Assert.False(ActorTestKit.Dictionary.Words(Language.English).Has(ActorWordKind.PostingPreposition, "untuk"));
    }

    [Fact]
    public void The_words_drive_the_mentions_found()
    {
        // A posting and an owner after "of" are read through the English list, an origin through the Indonesian one.
        Assert.Contains("Person USAGOV Mira Halvorsen", ActorTestKit.Codes("Ambassador Mira Halvorsen of the United States left.", Language.English));
        Assert.Contains("Role CANCVL", ActorTestKit.Codes("Seorang penari asal Kanada ditangkap.", Language.Indonesian));
    }

    [Fact]
    public void A_line_with_an_unknown_kind_is_refused_with_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("warta-actor-words-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "en"));
            File.WriteAllText(Path.Combine(folder, "en", ActorWords.FileName), "# test\narticle\tthe\npronoun\tit\n");
            var error = Assert.Throws<WartaException>(() => ActorWords.Load(Warta.Data.DataDirectory.Open(folder), Language.English));
            Assert.Equal(ErrorCodes.DataFileInvalid, error.Code);
            Assert.Contains("actor-words.tsv:3", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
