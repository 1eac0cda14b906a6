using System.Diagnostics;
using Warta.Languages;

namespace Warta.Benchmarks;

/// <summary>Times full passes of the analysis pipeline over a set of documents on the calling thread.</summary>
internal sealed record ThroughputRun(Language Language, int Sentences, int Tokens, double MedianSeconds, double BestSeconds)
{
    public static ThroughputRun Measure(TextAnalyzer analyzer, IReadOnlyList<(string Text, int Sentences)> documents,
        Language language, int passes)
    {
        int tokens = Pass(analyzer, documents, language); // warm-up: JIT, caches
        var times = new List<double>();
        for (int p = 0; p < passes; p++)
        {
            var clock = Stopwatch.StartNew();
            Pass(analyzer, documents, language);
            times.Add(clock.Elapsed.TotalSeconds);
        }
        times.Sort();
        return new ThroughputRun(language, documents.Sum(d => d.Sentences), tokens, times[times.Count / 2], times[0]);
    }

    private static int Pass(TextAnalyzer analyzer, IReadOnlyList<(string Text, int Sentences)> documents, Language language)
    {
        int tokens = 0;
        foreach (var (text, _) in documents) tokens += analyzer.Analyze(text, language: language).TokenCount;
        return tokens;
    }

    public override string ToString() =>
        $"{Language.ToCode()}: {Sentences} sentences, {Tokens} tokens; median pass {MedianSeconds:F3} s → " +
        $"{Sentences / MedianSeconds:F0} sentences/s/core, {Tokens / MedianSeconds:F0} tokens/s/core (best {Sentences / BestSeconds:F0})";
}
