using Warta.Languages;
using Warta.Text;

namespace Warta.Benchmarks;

/// <summary>
/// The dependency parser alone: the documents are tagged once, then parsed in passes on the calling thread, timed by
/// thread CPU time. A checksum of every head and relation tells whether two builds parse the same (side-by-side runs of
/// a change and its base on a shared host, where only ratios mean something).
/// </summary>
internal sealed record ParseRun(Language Language, int Sentences, double MedianMicroseconds, double BestMicroseconds, ulong Checksum)
{
    public static ParseRun Measure(TextAnalyzer taggerOnly, IReadOnlyList<(string Text, int Sentences)> documents, Language language, int passes)
    {
        var parser = taggerOnly.Packs[language].Parser;
        var tagged = documents.Select(d => taggerOnly.Analyze(d.Text, language: language)).ToList();
        int sentences = tagged.Sum(d => d.SentenceRows.Length);
        ulong checksum = Pass(parser, tagged); // warm-up: JIT, caches
        var times = new List<double>();
        for (int p = 0; p < passes; p++)
        {
            long start = ThreadClock.NowNanoseconds();
            Pass(parser, tagged);
            times.Add((ThreadClock.NowNanoseconds() - start) / 1000.0 / sentences);
        }
        times.Sort();
        return new ParseRun(language, sentences, times[times.Count / 2], times[0], checksum);
    }

    private static ulong Pass(Parsing.DependencyParser parser, List<Document> documents)
    {
        ulong checksum = 14695981039346656037UL;
        foreach (var document in documents)
        {
            for (int s = 0; s < document.SentenceRows.Length; s++) parser.Parse(document, s);
            foreach (var token in document.MutableTokens)
            {
                checksum = (checksum ^ (ulong)token.Head) * 1099511628211UL;
                foreach (var c in token.Relation ?? "") checksum = (checksum ^ c) * 1099511628211UL;
            }
        }
        return checksum;
    }

    public override string ToString() =>
        $"{Language.ToCode()} parser: {Sentences} sentences; median {MedianMicroseconds:F1} µs/sentence ({ThreadClock.Kind}), " +
        $"best {BestMicroseconds:F1}; output checksum {Checksum:x16}";
}
