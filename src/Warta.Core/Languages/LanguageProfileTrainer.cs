namespace Warta.Languages;

/// <summary>
/// Builds a <see cref="LanguageProfile"/> from example sentences of each language: add-α smoothed n-gram
/// probabilities per order, kept as one log-odds weight per n-gram. Rare n-grams and n-grams that are equally
/// likely in both languages are dropped to keep the shipped file small. Deterministic: same input, same rows.
/// </summary>
public static class LanguageProfileTrainer
{
    public static IReadOnlyList<(string Ngram, float Weight)> Train(
        IEnumerable<string> indonesian, IEnumerable<string> english, int minCount = 5, double alpha = 0.5, double minWeight = 0.2)
    {
        var id = Count(indonesian);
        var en = Count(english);
        var rows = new List<(string, float)>();
        for (int order = 1; order <= CharNgrams.MaxOrder; order++)
        {
            var keys = new HashSet<ulong>(id.Counts[order].Keys);
            keys.UnionWith(en.Counts[order].Keys);
            double idTotal = id.Totals[order] + alpha * keys.Count, enTotal = en.Totals[order] + alpha * keys.Count;
            foreach (var key in keys)
            {
                id.Counts[order].TryGetValue(key, out long ci);
                en.Counts[order].TryGetValue(key, out long ce);
                if (ci + ce < minCount) continue;
                double weight = Math.Log((ci + alpha) / idTotal) - Math.Log((ce + alpha) / enTotal);
                if (Math.Abs(weight) >= minWeight) rows.Add((CharNgrams.ToText(key, order), (float)Math.Round(weight, 2)));
            }
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return rows;
    }

    private static CountSink Count(IEnumerable<string> sentences)
    {
        var sink = new CountSink(new Dictionary<ulong, long>[CharNgrams.MaxOrder + 1], new long[CharNgrams.MaxOrder + 1]);
        for (int order = 0; order <= CharNgrams.MaxOrder; order++) sink.Counts[order] = [];
        foreach (var sentence in sentences) CharNgrams.Walk(sentence, ref sink);
        return sink;
    }

    private readonly struct CountSink(Dictionary<ulong, long>[] counts, long[] totals) : INgramSink
    {
        public Dictionary<ulong, long>[] Counts { get; } = counts;
        public long[] Totals { get; } = totals;

        public void Ngram(ulong key, int order, bool inName)
        {
            Totals[order]++;
            var counts = Counts[order];
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        public void Word(ReadOnlySpan<char> foldedWord, bool isName) { }
    }
}
