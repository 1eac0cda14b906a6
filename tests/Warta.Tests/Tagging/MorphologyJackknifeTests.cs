using Warta.Conllu;
using Warta.Data;
using Warta.Languages;
using Warta.Morphology;
using Warta.Morphology.English;
using Warta.Tagging;
using Warta.Text;

namespace Warta.Tests.Tagging;

public sealed class MorphologyJackknifeTests
{
    private static readonly EnglishWordLists Lists = EnglishWordLists.Load(DataDirectory.Open(TestPaths.Data));
    private static readonly Func<IReadOnlyList<ConlluSentence>, IMorphologicalAnalyzer> Factory = s => EnglishMorphology.Build(s, Lists);

    private static readonly string[] Endings = ["s", "ed", "ing", "er", "est"];

    private static List<ConlluSentence> Sentences(int n) =>
        ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_pud-ud-test.conllu")).Take(n).ToList();

    [Fact]
    public void Each_block_is_analysed_by_an_analyser_that_did_not_see_its_lemmas()
    {
        var sentences = Sentences(200);
        const int blocks = 4;
        var data = new MorphologyJackknife(Factory, blocks).Documents(sentences, Language.English);
        var everything = Factory(sentences);
        Assert.All(data, d => Assert.All(d.Document.TokenRows.ToArray(), r => Assert.NotNull(r.Morph)));

        // Lower-case uninflected nouns (no ending a known stem could explain) whose lemma occurs in one sentence only:
        // known to the full analyser, unknown in their block.
        var sentencesOf = sentences.SelectMany((s, i) => s.Words.Select(w => (w.Lemma, i))).ToLookup(p => p.Lemma, p => p.i);
        var single = sentences.SelectMany((s, i) => s.Words.Select((w, k) => (w, i, k)))
            .Where(t => t.w.Upos == Upos.NOUN && t.w.Form == t.w.Lemma && t.w.Lemma.All(char.IsAsciiLetterLower))
            .Where(t => sentencesOf[t.w.Lemma].Distinct().Count() == 1 && !Endings.Any(t.w.Form.EndsWith))
            .Where(t => !Lists.Invariant.Contains(t.w.Lemma) && !Lists.Irregular.ContainsKey(t.w.Lemma) && !Lists.IrregularClasses.ContainsKey(t.w.Lemma)).ToList();
        Assert.True(single.Count > 20);
        foreach (var (word, sentence, token) in single)
        {
            Assert.True(everything.Analyze(word.Form).Known, word.Form);
            var morph = data[sentence].Document.TokenRows[token].Morph!;
            Assert.False(morph.Known, $"{word.Form} in block {sentence * blocks / sentences.Count}");
        }

        // A frequent word is known everywhere, as with the shipped analyser.
        var government = data.SelectMany(d => d.Document.TokenRows.ToArray().Where(r => d.Document.Text[r.Start..r.End] == "government"));
        Assert.All(government, r => Assert.True(r.Morph!.Known));
    }

    [Fact]
    public void One_block_analyses_every_sentence_with_an_analyser_built_from_all_of_them()
    {
        var sentences = Sentences(60);
        var data = new MorphologyJackknife(Factory, 1).Documents(sentences, Language.English);
        var everything = Factory(sentences);
        for (int i = 0; i < sentences.Count; i++)
            for (int k = 0; k < sentences[i].Words.Count; k++)
                Assert.Equal(everything.Analyze(sentences[i].Words[k].Form).Rule, data[i].Document.TokenRows[k].Morph!.Rule);
    }

    [Fact]
    public void Jackknifed_training_twice_gives_identical_model_bytes()
    {
        var sentences = Sentences(150);
        var request = new TaggerTrainingRequest(Language.English, ["pud"], EnglishMorphologyTestsAnalyzer)
        {
            MaxIterations = 2, Folds = 2, FirstPassIterations = 2, Jackknife = 2, AnalyzerFactory = Factory, MorphologyBlocks = 3,
        };
        var a = TaggerTraining.Train(request, sentences);
        var b = TaggerTraining.Train(request, sentences);
        Assert.Equal(Bytes(a), Bytes(b));
        // The jackknife changes what the model learned from.
        var plain = TaggerTraining.Train(request with { AnalyzerFactory = null }, sentences);
        Assert.NotEqual(Bytes(a), Bytes(plain));
    }

    private static IMorphologicalAnalyzer EnglishMorphologyTestsAnalyzer => Warta.Tests.Morphology.English.EnglishMorphologyTests.Analyzer;

    private static byte[] Bytes(PerceptronTagger tagger)
    {
        var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }
}
