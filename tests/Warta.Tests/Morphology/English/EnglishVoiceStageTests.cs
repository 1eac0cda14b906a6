using Warta.Conllu;
using Warta.Languages;
using Warta.Morphology;
using Warta.Morphology.English;
using Warta.Text;

namespace Warta.Tests.Morphology.English;

public sealed class EnglishVoiceStageTests
{
    [Theory]
    [InlineData("The/DET envoy/NOUN was/AUX expelled/VERB", "expelled", Voice.Passive)]
    [InlineData("They/PRON were/AUX not/PART invited/VERB", "invited", Voice.Passive)]
    [InlineData("The/DET ambassador/NOUN has/AUX been/AUX summoned/VERB", "summoned", Voice.Passive)]
    [InlineData("Two/NUM men/NOUN got/AUX arrested/VERB", "arrested", Voice.Passive)]
    [InlineData("The/DET case/NOUN is/AUX being/AUX investigated/VERB", "investigated", Voice.Passive)]
    [InlineData("He/PRON was/AUX quickly/ADV taken/VERB away/ADV", "taken", Voice.Passive)]
    [InlineData("Russia/PROPN has/AUX expelled/VERB diplomats/NOUN", "expelled", Voice.Active)]
    [InlineData("Russia/PROPN expelled/VERB diplomats/NOUN", "expelled", Voice.Active)]
    [InlineData("The/DET minister/NOUN was/AUX visiting/VERB Moscow/PROPN", "visiting", Voice.Active)]
    [InlineData("The/DET minister/NOUN said/VERB it/PRON", "said", Voice.Active)]
    [InlineData("He/PRON was/AUX angry/ADJ", "angry", Voice.None)]
    public void Voice_stage_marks_be_or_get_with_a_participle_passive(string tagged, string word, Voice expected)
    {
        var doc = Tagged(tagged, Language.English);
        new EnglishVoiceStage().Run(doc);
        Assert.Equal(expected, doc.Sentences.Single().Tokens.Single(t => t.Form == word).Voice);
    }

    [Fact]
    public void Voice_stage_leaves_Indonesian_documents_alone()
    {
        var doc = Tagged("Diplomat/NOUN itu/DET diusir/VERB", Language.Indonesian);
        new EnglishVoiceStage().Run(doc);
        Assert.All(doc.Sentences.Single().Tokens, t => Assert.Equal(Voice.None, t.Voice));
    }

    /// <summary>A document with gold tags and English morphology, as the tagger and morphology stages would leave it.</summary>
    private static Document Tagged(string tagged, Language language)
    {
        var words = tagged.Split(' ').Select(p => p.Split('/'))
            .Select(p => new ConlluWord(p[0], "_", Enum.Parse<Upos>(p[1]), "_", true, false, false)).ToList();
        var doc = ConlluReader.ToDocument(new ConlluSentence("test", 1, null, null, words), language);
        var rows = doc.MutableTokens;
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i].Pos = words[i].Upos;
            rows[i].Morph = EnglishMorphologyTests.Analyzer.Analyze(words[i].Form);
        }
        return doc;
    }
}
