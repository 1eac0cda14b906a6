using Warta.Conllu;
using Warta.Errors;
using Warta.Languages;
using Warta.Tagging;
using Warta.Tests.Morphology.English;
using Warta.Text;

namespace Warta.Tests.Tagging;

public sealed class PerceptronTaggerTests
{
    private static readonly string[] Synthetic =
    [
        "the/DET envoy/NOUN left/VERB ./PUNCT",
        "the/DET minister/NOUN spoke/VERB ./PUNCT",
        "a/DET diplomat/NOUN left/VERB quickly/ADV ./PUNCT",
        "the/DET army/NOUN attacked/VERB the/DET town/NOUN ./PUNCT",
        "a/DET minister/NOUN visited/VERB the/DET embassy/NOUN ./PUNCT",
        "the/DET police/NOUN arrested/VERB a/DET man/NOUN ./PUNCT",
    ];

    [Fact]
    public void Tagger_learns_a_tiny_synthetic_corpus()
    {
        var tagger = Train(Sentences(Synthetic), iterations: 5);
        var doc = Document("the/DET diplomat/NOUN visited/VERB the/DET town/NOUN ./PUNCT");
        tagger.Tag(doc, 0);
        Assert.Equal([Upos.DET, Upos.NOUN, Upos.VERB, Upos.DET, Upos.NOUN, Upos.PUNCT], doc.TokenRows.ToArray().Select(r => r.Pos));
    }

    [Fact]
    public void Training_twice_on_the_same_data_gives_identical_model_bytes()
    {
        var slice = ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_pud-ud-test.conllu")).Take(150).ToList();
        Assert.Equal(Bytes(Train(slice, 3)), Bytes(Train(slice, 3)));
    }

    [Fact]
    public void Saved_and_loaded_model_gives_identical_tags()
    {
        var sentences = ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_pud-ud-test.conllu")).Take(150).ToList();
        var tagger = Train(sentences, 3);
        var loaded = ModelFile.Read(new MemoryStream(Bytes(tagger)), "memory", EnglishMorphologyTests.Analyzer);
        foreach (var sentence in ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_ewt-ud-test.conllu")).Take(50))
        {
            var a = ConlluReader.ToDocument(sentence, Language.English);
            var b = ConlluReader.ToDocument(sentence, Language.English);
            tagger.Tag(a, 0);
            loaded.Tag(b, 0);
            Assert.Equal(a.TokenRows.ToArray().Select(r => r.Pos), b.TokenRows.ToArray().Select(r => r.Pos));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void One_and_two_pass_models_round_trip_through_the_file(int firstPassIterations)
    {
        var sentences = ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_pud-ud-test.conllu")).Take(120).ToList();
        var tagger = TaggerTraining.Train(new TaggerTrainingRequest(Language.English, ["pud"], EnglishMorphologyTests.Analyzer)
            { MaxIterations = 3, FirstPassIterations = firstPassIterations, Jackknife = 2 }, sentences);
        Assert.Equal(firstPassIterations > 0, tagger.FirstPass is not null);
        var loaded = ModelFile.Read(new MemoryStream(Bytes(tagger)), "memory", EnglishMorphologyTests.Analyzer);
        Assert.Equal(firstPassIterations, loaded.Metadata.FirstPassIterations);
        Assert.Equal(tagger.FeatureCount, loaded.FeatureCount);
        Assert.Equal(Bytes(tagger), Bytes(loaded));
    }

    [Fact]
    public void Right_context_features_are_added_only_with_a_first_pass()
    {
        var slots = new ulong[FeatureExtractor.Stride];
        slots[0] = 1; slots[1] = 2; slots[2] = 3; slots[FeatureExtractor.FirstFeature] = 99;
        var features = new ulong[FeatureExtractor.Stride + FeatureExtractor.HistoryCount];
        int left = FeatureExtractor.AddHistory(slots, 0, 1, FeatureExtractor.NoRightContext, FeatureExtractor.NoRightContext, features).Length;
        var withRight = FeatureExtractor.AddHistory(slots, 0, 1, 5, 6, features).ToArray();
        Assert.Equal(1 + 6, left);
        Assert.Equal(FeatureExtractor.HistoryCount + 1, withRight.Length);
        Assert.NotEqual(withRight, FeatureExtractor.AddHistory(slots, 0, 1, 6, 5, features).ToArray());
    }

    [Fact]
    public void Missing_model_file_is_an_error_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "warta-no-such-model.bin");
        var error = Assert.Throws<WartaException>(() => PerceptronTagger.Load(path, EnglishMorphologyTests.Analyzer));
        Assert.Equal(ErrorCodes.ModelMissing, error.Code);
        Assert.Contains(path, error.Message);
    }

    [Theory]
    [InlineData("not a model at all")]
    [InlineData("WPOS")]
    [InlineData("WPOS\u0001\u0000garbage that is not gzip")]
    public void Corrupt_model_file_is_an_error_naming_the_file(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"warta-corrupt-{content.Length}.bin");
        File.WriteAllText(path, content);
        var error = Assert.Throws<WartaException>(() => PerceptronTagger.Load(path, EnglishMorphologyTests.Analyzer));
        Assert.Equal(ErrorCodes.ModelInvalid, error.Code);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Truncated_model_file_is_an_error_naming_the_file()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Data, "en", "tagger.bin"));
        var path = Path.Combine(Path.GetTempPath(), "warta-truncated.bin");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<WartaException>(() => PerceptronTagger.Load(path, EnglishMorphologyTests.Analyzer));
        Assert.Equal(ErrorCodes.ModelInvalid, error.Code);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Tagging_a_sentence_allocates_nothing_after_warm_up()
    {
        var tagger = ShippedEnglish.Value;
        var doc = ConlluReader.ToDocument(ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_ewt-ud-test.conllu")).First(), Language.English);
        tagger.Tag(doc, 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20; i++) tagger.Tag(doc, 0);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    internal static readonly Lazy<PerceptronTagger> ShippedEnglish = new(() =>
        PerceptronTagger.Load(Path.Combine(TestPaths.Data, "en", "tagger.bin"), EnglishMorphologyTests.Analyzer));

    private static PerceptronTagger Train(IReadOnlyList<ConlluSentence> sentences, int iterations) =>
        TaggerTraining.Train(new TaggerTrainingRequest(Language.English, ["synthetic"], EnglishMorphologyTests.Analyzer)
            { MaxIterations = iterations }, sentences);

    private static byte[] Bytes(PerceptronTagger tagger)
    {
        var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    private static List<ConlluSentence> Sentences(IEnumerable<string> tagged) =>
        tagged.Select(t => new ConlluSentence("synthetic", 1, null, null,
            t.Split(' ').Select(p => p.Split('/')).Select(p => new ConlluWord(p[0], "_", Enum.Parse<Upos>(p[1]), "_", true, false, false)).ToList()))
        .ToList();

    private static Document Document(string tagged) => ConlluReader.ToDocument(Sentences([tagged])[0], Language.English);
}
