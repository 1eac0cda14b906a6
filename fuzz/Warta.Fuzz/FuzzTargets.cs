using Warta.Fuzz.Targets;

namespace Warta.Fuzz;

/// <summary>Every target by name, each built on first use (the coder and the analysers load their data once).</summary>
public static class FuzzTargets
{
    private static readonly Dictionary<string, Lazy<FuzzTarget>> ByName = new(StringComparer.Ordinal)
    {
        ["segmenter"] = new(() => new SegmenterTarget(FuzzData.Analyzer)),
        ["tokenizer"] = new(() => new TokenizerTarget(FuzzData.Analyzer)),
        ["morphology"] = new(() => new MorphologyTarget(FuzzData.Analyzer)),
        ["html"] = new(() => new HtmlTarget()),
        ["feed"] = new(() => new FeedTarget()),
        ["jsonl"] = new(() => new JsonLinesTarget()),
        ["coder"] = new(() => new CoderTarget(FuzzData.Coder)),
    };

    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys];

    public static FuzzTarget Get(string name) =>
        ByName.TryGetValue(name, out var target)
            ? target.Value
            : throw new ArgumentException($"unknown fuzz target '{name}'; known: {string.Join(", ", Names)}", nameof(name));
}
