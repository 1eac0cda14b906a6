using Warta.Fuzz.Running;

namespace Warta.Fuzz.Tests;

/// <summary>
/// A short fuzzing run of every target in the normal test suite: a fixed seed and a fixed number of inputs (never a
/// duration), with runs of at most 20,000 characters, so it is quick and the same on every machine.
/// </summary>
public sealed class BoundedRunTests
{
    private const ulong Seed = 20261129;
    private static readonly Lazy<FuzzCorpus> Corpus = new(() => FuzzCorpus.Load(FuzzData.RepoRoot, FuzzData.Shared, maxRunLength: 20_000));

    [Theory]
    [InlineData("segmenter", 200)]
    [InlineData("tokenizer", 100)]
    [InlineData("morphology", 25)]
    [InlineData("html", 25)]
    [InlineData("feed", 200)]
    [InlineData("jsonl", 300)]
    [InlineData("coder", 25)]
    public void Target_survives_a_seeded_run_without_findings(string name, int inputs)
    {
        // The watchdog's limit is processor time; a minute only catches a real hang, never a slow machine.
        var report = FuzzRunner.Run(FuzzTargets.Get(name), Corpus.Value,
            new FuzzOptions(Seed, Iterations: inputs, Timeout: TimeSpan.FromMinutes(1)));

        Assert.Equal(inputs, report.Executions);
        Assert.True(report.Findings.Count == 0,
            string.Join("\n\n", report.Findings.Select(f => $"{f.Kind} at input {f.Iteration}: {f.Details}")));
    }
}
