using Warta.Conllu;
using Warta.Data;
using Warta.Morphology;
using Warta.Morphology.English;
using Warta.Morphology.Indonesian;

namespace Warta.Tests.Morphology;

/// <summary>The in-memory lexicon builds (used to jackknife the tagger) give what the file builds give.</summary>
public sealed class LexiconBuildTests
{
    private static List<ConlluSentence> Read(string language, IEnumerable<string> names) =>
        names.SelectMany(n => ConlluReader.Read(Path.Combine(TestPaths.Ud, language, n))).ToList();

    [Fact]
    public void Indonesian_in_memory_build_analyses_like_the_file_build_of_the_same_sentences()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"warta-lexicon-{Guid.NewGuid():N}");
        var id = Path.Combine(dir, "id");
        try
        {
            Directory.CreateDirectory(Path.Combine(id, "lexicon"));
            foreach (var name in new[] { IndonesianLexiconLists.OwnRootsFile, IndonesianLexiconLists.EventRootsFile,
                         IndonesianMorphology.FunctionWordsFile, IndonesianMorphology.LexicalisedFile })
                File.Copy(Path.Combine(TestPaths.Data, "id", name), Path.Combine(id, name));
            RootLexiconBuilder.Build(new LexiconBuildRequest(TestPaths.Ud, id));
            var fromFiles = IndonesianMorphology.Load(DataDirectory.Open(dir));
            var sentences = Read("id", RootLexiconBuilder.TrainingFiles);
            var inMemory = RootLexiconBuilder.BuildAnalyzer(sentences, IndonesianLexiconLists.Load(id));

            // Forms the training files contain and forms they may not (the first test sentences).
            var forms = sentences.Where((_, i) => i % 7 == 0).Concat(ConlluReader.Read(Path.Combine(TestPaths.Ud, "id", "id_csui-ud-test.conllu")).Take(200))
                .SelectMany(s => s.Words).Select(w => w.Form).Distinct().ToList();
            Assert.True(forms.Count > 3000);
            foreach (var form in forms) Assert.Equal(Describe(fromFiles.Analyze(form)), Describe(inMemory.Analyze(form)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Indonesian_in_memory_build_knows_only_the_lemmas_of_its_sentences()
    {
        var lists = IndonesianLexiconLists.Load(Path.Combine(TestPaths.Data, "id"));
        var sentences = Read("id", RootLexiconBuilder.TrainingFiles);
        var full = RootLexiconBuilder.BuildAnalyzer(sentences, lists);
        var without = RootLexiconBuilder.BuildAnalyzer(sentences.Where(s => !s.Words.Any(w => w.Lemma == "beber")).ToList(), lists);
        Assert.True(full.Analyze("membeberkan").Known);
        Assert.False(without.Analyze("membeberkan").Known);
    }

    [Fact]
    public void English_lemma_table_built_from_the_train_split_reproduces_the_shipped_file()
    {
        var table = EnglishLemmaTable.FromTreebank(Read("en", ["en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu", "en_pud-ud-test.conllu"]));
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Data, "en", EnglishLemmaTable.FileName)), table.Format());
    }

    [Fact]
    public void English_in_memory_analyser_knows_only_the_lemmas_of_its_sentences()
    {
        var data = DataDirectory.Open(TestPaths.Data);
        var lists = EnglishWordLists.Load(data);
        var training = Read("en", ["en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu", "en_pud-ud-test.conllu"]);
        var shipped = EnglishMorphology.Load(data);
        var fromTraining = EnglishMorphology.Build(training, lists);
        foreach (var form in training.Take(300).SelectMany(s => s.Words).Select(w => w.Form).Distinct())
            Assert.Equal(Describe(shipped.Analyze(form)), Describe(fromTraining.Analyze(form)));
        // A smaller set, whose rare lemmas are not known from elsewhere.
        var sentences = Read("en", ["en_ewt-ud-dev.conllu", "en_pud-ud-test.conllu"]);
        var full = EnglishMorphology.Build(sentences, lists);
        var rare = sentences.SelectMany(s => s.Words).Where(w => w.Upos == Warta.Text.Upos.NOUN).GroupBy(w => w.Lemma)
            .First(g => g.Count() == 1 && g.Key.All(char.IsAsciiLetterLower) && g.Key.Length > 6).Key;
        var without = EnglishMorphology.Build(sentences.Where(s => !s.Words.Any(w => w.Lemma == rare)), lists);
        Assert.True(full.Analyze(rare).Known);
        Assert.False(without.Analyze(rare).Known);
    }

    private static string Describe(MorphAnalysis m) =>
        $"{m.Lemma}|{string.Join(',', m.Prefixes)}|{string.Join(',', m.Suffixes)}|{string.Join(',', m.Clitics)}|{m.Voice}|{m.IsNominal}|" +
        $"{m.Known}|{m.Tense}|{m.VerbForm}|{m.Number}|{m.Rule}";
}
