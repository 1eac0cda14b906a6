using Warta.Pipelines;
using Warta.Text;

namespace Warta.Tests.Pipelines;

public sealed class PipelineTests
{
    private sealed class FakeStage(string name, string[] requires, string[] assigns) : IStage
    {
        public StageInfo Info { get; } = new(name, requires, assigns);
        public List<string> Log { get; } = [];
        public void Run(Document document, CancellationToken cancellationToken = default) => Log.Add(document.Id);
    }

    [Fact]
    public void Build_rejects_a_stage_whose_requirement_no_earlier_stage_assigns()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Pipeline.Build(
        [
            new FakeStage("tagger", [Attributes.Morphology], [Attributes.Pos]),
            new FakeStage("morphology", [Attributes.Tokens], [Attributes.Morphology]),
        ]));
        Assert.Contains("tagger", error.Message);
        Assert.Contains(Attributes.Morphology, error.Message);
    }

    [Fact]
    public void Build_rejects_a_stage_registered_twice()
    {
        Assert.Throws<InvalidOperationException>(() => Pipeline.Build(
        [
            new FakeStage("a", [], ["x"]), new FakeStage("a", ["x"], []),
        ]));
    }

    [Fact]
    public void Run_calls_every_stage_in_order()
    {
        var first = new FakeStage("first", [Attributes.Text], ["x"]);
        var second = new FakeStage("second", ["x"], ["y"]);
        var pipeline = Pipeline.Build([first, second]);
        pipeline.Run(new Document("d1", "text"));
        Assert.Equal(["d1"], first.Log);
        Assert.Equal(["d1"], second.Log);
        Assert.Equal(["first", "second"], pipeline.Stages.Select(s => s.Info.Name));
    }
}
