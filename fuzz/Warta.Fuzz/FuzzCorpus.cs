namespace Warta.Fuzz;

/// <summary>
/// The real inputs the generators mutate, read at run time: the seed article and our example articles, raw
/// sentences of the UD treebanks in ../shared (never committed here), and the ingest tests' HTML and feed fixtures.
/// A missing source only narrows the corpus; a few built-in lines keep every list non-empty.
/// </summary>
public sealed class FuzzCorpus
{
    private const int SentencesPerTreebank = 400;

    public required IReadOnlyList<string> Articles { get; init; }
    public required IReadOnlyList<string> Sentences { get; init; }
    public required IReadOnlyList<string> HtmlPages { get; init; }
    public required IReadOnlyList<string> Feeds { get; init; }

    /// <summary>The longest run of one character or word a mutation makes (1 MB for long runs, less in the test suite).</summary>
    public int MaxRunLength { get; init; } = 1_000_000;

    public static FuzzCorpus Load(string repoRoot, string sharedFolder, int maxRunLength = 1_000_000)
    {
        var articles = TextFiles(Path.Combine(sharedFolder, "seed"), "*.txt")
            .Concat(TextFiles(Path.Combine(repoRoot, "examples"), "*.txt")).ToList();
        var sentences = UdSentences(Path.Combine(sharedFolder, "ud")).ToList();
        var fixtures = Path.Combine(repoRoot, "tests", "Warta.Ingest.Tests", "Fixtures");
        var html = TextFiles(fixtures, "*.html").ToList();
        var feeds = TextFiles(fixtures, "*.rss").Concat(TextFiles(fixtures, "*.atom")).Concat(TextFiles(fixtures, "*.xml")).ToList();
        return new FuzzCorpus
        {
            Articles = articles.Count > 0 ? articles : BuiltIn.Articles,
            Sentences = sentences.Count > 0 ? sentences : BuiltIn.Sentences,
            HtmlPages = html.Count > 0 ? html : BuiltIn.HtmlPages,
            Feeds = feeds.Count > 0 ? feeds : BuiltIn.Feeds,
            MaxRunLength = maxRunLength,
        };
    }

    /// <summary>Articles and sentences together: what the text targets start from.</summary>
    public IReadOnlyList<string> Texts => field ??= [.. Articles, .. Sentences];

    private static IEnumerable<string> TextFiles(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllText)
            : [];

    /// <summary>The "# text = " lines of every treebank file, the first few hundred of each.</summary>
    private static IEnumerable<string> UdSentences(string udFolder)
    {
        if (!Directory.Exists(udFolder)) yield break;
        foreach (var file in Directory.EnumerateFiles(udFolder, "*.conllu", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            int taken = 0;
            foreach (var line in File.ReadLines(file))
            {
                if (!line.StartsWith("# text = ", StringComparison.Ordinal)) continue;
                yield return line["# text = ".Length..];
                if (++taken == SentencesPerTreebank) break;
            }
        }
    }

    /// <summary>Inputs we wrote, for a checkout without ../shared or the fixtures.</summary>
    private static class BuiltIn
    {
        public static readonly string[] Sentences =
        [
            "Menteri Luar Negeri bertemu duta besar di Jakarta pada Selasa.",
            "The minister met the ambassador in Geneva on Tuesday.",
        ];

        public static readonly string[] Articles = [string.Join("\n\n", Sentences)];

        public static readonly string[] HtmlPages =
        [
            "<html lang=\"id\"><head><title>Berita</title><meta property=\"article:published_time\" content=\"2024-03-05\"></head>" +
            "<body><article><p>" + string.Join("</p><p>", Sentences) + "</p></article></body></html>",
        ];

        public static readonly string[] Feeds =
        [
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://localhost/</link>" +
            "<item><title>a</title><link>http://localhost/a</link><pubDate>Tue, 5 Mar 2024 10:00:00 +0700</pubDate>" +
            "<description>b</description></item></channel></rss>",
        ];
    }
}
