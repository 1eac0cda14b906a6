using Warta.Conllu;
using Warta.Morphology;
using Warta.Text;
using Xunit.Abstractions;

namespace Warta.Tests.Morphology.Indonesian;

/// <summary>Root accuracy of gold-UPOS VERB tokens against the UD lemma on the held-out test splits.</summary>
[Collection(MorphologyCollection.Name)]
public sealed class RootAccuracyTests(MorphologyFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] TestFiles = ["id_gsd-ud-test.conllu", "id_csui-ud-test.conllu"];

    [Fact]
    public void Verb_root_accuracy_on_gsd_and_csui_test_is_at_least_93_percent()
    {
        var sentences = TestFiles.SelectMany(f => ConlluReader.Read(Path.Combine(TestPaths.Ud, "id", f))).ToList();
        var result = RootEvaluation.Evaluate(fixture.Morphology, sentences, Upos.VERB);
        foreach (var file in TestFiles)
        {
            var one = RootEvaluation.Evaluate(fixture.Morphology, ConlluReader.Read(Path.Combine(TestPaths.Ud, "id", file)), Upos.VERB);
            output.WriteLine($"{file}: {one.Correct}/{one.Total} = {one.Accuracy:P2}");
        }
        output.WriteLine($"together: {result.Correct}/{result.Total} = {result.Accuracy:P2}");
        foreach (var d in result.Disagreements.Take(400))
            output.WriteLine($"{d.Count}\t{d.Form}\tgold={d.Gold}\tpredicted={d.Predicted}\t{fixture.Morphology.Analyze(d.Form).Rule}");
        Assert.True(result.Accuracy >= 0.93, $"VERB root accuracy {result.Accuracy:P2} < 93%");
    }
}
