using System.Diagnostics;
using Warta.Languages;
using Warta.Text;

namespace Warta.Benchmarks;

/// <summary>Where the time of one pass goes: each stage of the pipeline timed separately over the same documents.</summary>
internal static class StageProfile
{
    public static string Measure(TextAnalyzer analyzer, IReadOnlyList<(string Text, int Sentences)> documents, Language language)
    {
        var stages = analyzer.Pipeline.Stages;
        var ticks = new long[stages.Count];
        foreach (var (text, _) in documents)
        {
            var doc = new Document("bench", text, language: language);
            for (int i = 0; i < stages.Count; i++)
            {
                long start = Stopwatch.GetTimestamp();
                stages[i].Run(doc);
                ticks[i] += Stopwatch.GetTimestamp() - start;
            }
        }
        double total = ticks.Sum();
        return string.Join(", ", stages.Select((s, i) =>
            $"{s.Info.Name} {ticks[i] * 1000.0 / Stopwatch.Frequency:F0} ms ({100 * ticks[i] / total:F0} %)"));
    }
}
