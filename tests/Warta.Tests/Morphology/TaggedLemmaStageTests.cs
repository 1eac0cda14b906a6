using Warta.Languages;
using Warta.Morphology;

namespace Warta.Tests.Morphology;

public sealed class TaggedLemmaStageTests
{
    [Theory]
    [InlineData("The meeting ended in May.", "May", "May")]
    [InlineData("Russia's foreign minister arrived.", "'s", "'s")]
    [InlineData("The Kremlin welcomed the meeting.", "Kremlin", "Kremlin")]
    [InlineData("The European Union welcomed the meeting.", "meeting", "meeting")]
    [InlineData("He's leaving, and she's gone.", "gone", "go")]
    public void English_lemma_follows_the_tag(string sentence, string form, string lemma) =>
        Assert.Equal(lemma, Find(sentence, Language.English, form).Morph!.Lemma);

    [Theory]
    [InlineData("Duta besar itu dipanggil pada Selasa (14/3).", "Selasa")]
    [InlineData("Pertemuan digelar pada bulan Juni di Jakarta.", "Juni")]
    public void Indonesian_proper_nouns_keep_their_spelling_and_lose_no_affix(string sentence, string form)
    {
        var token = Find(sentence, Language.Indonesian, form);
        Assert.Equal(Warta.Text.Upos.PROPN, token.Pos);
        Assert.Equal(form, token.Morph!.Lemma);
        Assert.Empty(token.Morph.Prefixes);
        Assert.Equal(Voice.None, token.Voice);
    }

    [Fact]
    public void Verbs_keep_the_analysers_root()
    {
        var token = Find("Rusia memanggil duta besar Kazakhstan.", Language.Indonesian, "memanggil");
        Assert.Equal("panggil", token.Morph!.Lemma);
        Assert.Equal(Voice.Active, token.Voice);
    }

    private static Warta.Text.Token Find(string sentence, Language language, string form)
    {
        var doc = SharedAnalyzer.Instance.Analyze(sentence, language: language);
        return Enumerable.Range(0, doc.TokenCount).Select(i => doc[i]).First(t => t.Form == form);
    }
}
