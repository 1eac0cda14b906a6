using Warta.Conllu;
using Warta.Languages;
using Warta.Parsing;
using Warta.Tagging;

namespace Warta.Tests.Tagging;

/// <summary>Evaluation tests of the models committed in data/: they guard the figures the docs report.</summary>
public sealed class ShippedModelTests
{
    [Fact]
    public void Shipped_English_model_scores_at_least_92_percent_on_ewt_test()
    {
        var test = ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_ewt-ud-test.conllu"));
        var score = TaggerEvaluation.Evaluate(PerceptronTaggerTests.ShippedEnglish.Value, test, Language.English, "ewt-test");
        Assert.True(score.Accuracy >= 0.92, $"UPOS accuracy {score.Accuracy:P2} on en_ewt-ud-test");
    }

    [Fact]
    public void Shipped_models_save_back_to_the_bytes_they_were_read_from()
    {
        // Guards the shared model container: reading and writing a model must neither lose nor change a byte.
        var tagger = new MemoryStream();
        PerceptronTaggerTests.ShippedEnglish.Value.Save(tagger);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Data, "en", "tagger.bin")), tagger.ToArray());

        var parserPath = Path.Combine(TestPaths.Data, "id", "parser.bin");
        var parser = new MemoryStream();
        DependencyParser.Load(parserPath).Save(parser);
        Assert.Equal(File.ReadAllBytes(parserPath), parser.ToArray());
    }
}
