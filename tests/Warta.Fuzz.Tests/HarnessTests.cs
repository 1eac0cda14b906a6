using CsCheck;
using Warta.Errors;
using Warta.Fuzz.Running;
using Warta.Ingest;

namespace Warta.Fuzz.Tests;

/// <summary>The harness itself: exact saving of text, reproducible generators, and findings that are reported.</summary>
public sealed class HarnessTests
{
    private static readonly Lazy<FuzzCorpus> Corpus = new(() => FuzzCorpus.Load(FuzzData.RepoRoot, FuzzData.Shared, maxRunLength: 1000));

    [Fact]
    public void Raw_text_keeps_a_lone_surrogate_through_bytes()
    {
        var text = "a\uD800b\uDFFF\0";
        Assert.Equal(text, RawText.FromBytes(RawText.ToBytes(text)));
    }

    [Theory]
    [InlineData("segmenter")]
    [InlineData("html")]
    [InlineData("feed")]
    [InlineData("jsonl")]
    public void Same_seed_gives_the_same_inputs(string name)
    {
        var generator = FuzzTargets.Get(name).Inputs(Corpus.Value);
        var first = Generate(generator, seed: 42);

        Assert.Equal(first, Generate(generator, seed: 42));
        Assert.True(first.Distinct(new BytesComparer()).Count() > 10, "the generator should vary its inputs");
    }

    private static List<byte[]> Generate(Gen<byte[]> generator, ulong seed)
    {
        var pcg = new PCG(7, seed);
        return [.. Enumerable.Range(0, 20).Select(_ => generator.Generate(pcg, null!, out var _))];
    }

    [Fact]
    public void A_crash_is_reported_once_with_the_input_that_showed_it()
    {
        var target = new ScriptedTarget(input => { if (input.Length % 2 == 1) throw new InvalidOperationException("odd"); });
        var report = FuzzRunner.Run(target, Corpus.Value, new FuzzOptions(1, Iterations: 200));

        var finding = Assert.Single(report.Findings);
        Assert.Equal("crash", finding.Kind);
        Assert.Contains("InvalidOperationException", finding.Signature);
        Assert.Equal(1, finding.Input.Length % 2);
        Assert.Equal(200, report.Executions);
    }

    [Fact]
    public void An_input_that_never_finishes_stops_the_run_as_a_hang()
    {
        using var never = new ManualResetEventSlim(false);
        var target = new ScriptedTarget(_ => never.Wait());
        var report = FuzzRunner.Run(target, Corpus.Value, new FuzzOptions(1, Iterations: 5, Timeout: TimeSpan.FromMilliseconds(100)));
        never.Set();

        Assert.True(report.StoppedOnHang);
        Assert.Equal("hang", Assert.Single(report.Findings).Kind);
        Assert.Equal(1, report.Executions);
    }

    [Fact]
    public void Minimizer_keeps_the_failure_and_drops_the_rest()
    {
        var target = new ScriptedTarget(input => { if (input.Contains((byte)'!')) throw new FormatException(); });
        var smaller = InputMinimizer.Minimize(target, "lots of text around ! the mark"u8.ToArray(), TimeSpan.FromMinutes(1));
        Assert.Equal("!"u8.ToArray(), smaller);
    }

    [Fact]
    public void Feed_with_expanding_entities_is_refused_not_expanded()
    {
        var lol = "<!ENTITY a0 \"lol\">" + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY a{i} \"{string.Concat(Enumerable.Repeat($"&a{i - 1};", 10))}\">"));
        var feed = $"<?xml version=\"1.0\"?><!DOCTYPE rss [{lol}]><rss version=\"2.0\"><channel><title>&a9;</title></channel></rss>";

        var error = Assert.Throws<WartaException>(() => FeedParser.Parse(feed, null, "laughs.xml"));
        Assert.Equal(ErrorCodes.FeedInvalid, error.Code);
    }

    private sealed class ScriptedTarget(Action<byte[]> check) : FuzzTarget
    {
        public override string Name => "scripted";
        public override string Description => "a target for testing the harness";
        public override string FileExtension => ".bin";
        public override Gen<byte[]> Inputs(FuzzCorpus corpus) => Gen.Byte.Array[0, 20];
        public override void Check(byte[] input) => check(input);
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);
        public int GetHashCode(byte[] obj) => obj.Length;
    }
}
