using Warta.Conllu;
using Warta.Languages;
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
}
