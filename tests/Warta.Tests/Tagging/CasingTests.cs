using Warta.Conllu;
using Warta.Languages;
using Warta.Tagging;
using Warta.Text;

namespace Warta.Tests.Tagging;

public sealed class CasingTests
{
    [Theory]
    [InlineData("store", Casing.Lower)]
    [InlineData("Store", Casing.Initial)]
    [InlineData("McDonald", Casing.Initial)]
    [InlineData("NATO", Casing.AllCaps)]
    [InlineData("I", Casing.Initial)]
    [InlineData("42", Casing.None)]
    [InlineData("", Casing.None)]
    public void Word_casing(string word, int expected) => Assert.Equal(expected, Casing.Of(word));

    [Theory]
    [InlineData("We met Bob at the store yesterday .", Casing.Normal)]
    [InlineData("We went to the store yesterday .", Casing.NoCapitals)]
    [InlineData("i went to the store yesterday", Casing.NoCapitals)]
    [InlineData("Great Food And Friendly Staff", Casing.Title)]
    [InlineData("THIS PLACE IS AWFUL", Casing.Shouting)]
    [InlineData("Hi Bob", Casing.Normal)]
    public void Sentence_style(string sentence, int expected)
    {
        var words = sentence.Split(' ').Select(w => new ConlluWord(w, "_", Upos.X, "_", true, false, false)).ToList();
        var doc = ConlluReader.ToDocument(new ConlluSentence("t", 1, null, null, words), Language.English);
        Assert.Equal(expected, Casing.OfSentence(doc.Text, doc.TokenRows, 0, words.Count));
    }
}
