using Warta.Languages;

namespace Warta.Tests.Morphology.English;

public sealed class EnglishLemmaStageTests
{
    [Theory]
    [InlineData("The meeting ended in May.", "May", "May")]
    [InlineData("Russia's foreign minister arrived.", "'s", "'s")]
    [InlineData("The European Union welcomed the meeting.", "Union", "Union")]
    [InlineData("The European Union welcomed the meeting.", "meeting", "meeting")]
    [InlineData("He's leaving, and she's gone.", "gone", "go")]
    public void Lemma_follows_the_tag(string sentence, string form, string lemma)
    {
        var doc = SharedAnalyzer.Instance.Analyze(sentence, language: Language.English);
        var token = Enumerable.Range(0, doc.TokenCount).Select(i => doc[i]).First(t => t.Form == form);
        Assert.Equal(lemma, token.Morph!.Lemma);
    }

    [Fact]
    public void Stage_leaves_indonesian_documents_alone()
    {
        var doc = SharedAnalyzer.Instance.Analyze("Presiden Joko Widodo bertemu Perdana Menteri.", language: Language.Indonesian);
        Assert.DoesNotContain(Enumerable.Range(0, doc.TokenCount), i => doc[i].Morph?.Rule.StartsWith("tagged:") == true);
    }
}
