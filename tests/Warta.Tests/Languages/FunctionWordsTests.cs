using Warta.Languages;

namespace Warta.Tests.Languages;

public sealed class FunctionWordsTests
{
    [Fact]
    public void FunctionWords_drops_a_word_listed_for_both_languages()
    {
        var words = new FunctionWords(["di", "yang", "a"], ["the", "a"]);
        Assert.Equal(Language.Indonesian, words.Find("yang"));
        Assert.Equal(Language.English, words.Find("the"));
        Assert.Equal(Language.Unknown, words.Find("a"));
        Assert.Equal(Language.Unknown, words.Find("rusia"));
    }
}
