using System.Diagnostics;
using Warta.Actors;
using Warta.Languages;
using Warta.Text;

namespace Warta.Benchmarks;

/// <summary>Times the actor mention finder alone over documents analysed beforehand, on the calling thread.</summary>
internal sealed record MentionRun(Language Language, int Sentences, int Mentions, double MedianSeconds)
{
    public static MentionRun Measure(TextAnalyzer analyzer, MentionFinder finder,
        IReadOnlyList<(string Text, int Sentences)> documents, Language language, int passes)
    {
        var analysed = documents.Select(d => analyzer.Analyze(d.Text, language: language)).ToList();
        int mentions = Pass(finder, analysed); // warm-up
        var times = new List<double>();
        for (int p = 0; p < Math.Max(passes, 3); p++)
        {
            var clock = Stopwatch.StartNew();
            Pass(finder, analysed);
            times.Add(clock.Elapsed.TotalSeconds);
        }
        times.Sort();
        return new MentionRun(language, analysed.Sum(d => d.SentenceCount), mentions, times[times.Count / 2]);
    }

    private static int Pass(MentionFinder finder, List<Document> documents)
    {
        int mentions = 0;
        var date = new DateOnly(2022, 10, 5);
        foreach (var doc in documents)
            for (int s = 0; s < doc.SentenceCount; s++) mentions += finder.Find(doc, s, date).Count;
        return mentions;
    }

    public override string ToString() =>
        $"  mentions ({Language.ToCode()}): {Mentions} in {Sentences} sentences; median pass {MedianSeconds:F3} s → " +
        $"{Sentences / MedianSeconds:F0} sentences/s/core, {MedianSeconds / Sentences * 1e6:F2} µs/sentence";
}
