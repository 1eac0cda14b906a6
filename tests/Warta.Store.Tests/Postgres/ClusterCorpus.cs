using System.Text.Json;

namespace Warta.Store.Tests.Postgres;

/// <summary>
/// Documents for the cluster tests, built at test time (no corpus is committed): each is one paragraph of a political
/// article (the seed article and the examples, so every document has events) followed by two raw sentences of the
/// Universal Dependencies treebanks in ../shared/ud in the same language (so no two texts are the same). Even-numbered
/// documents are Indonesian, odd ones English; dates spread over a year.
/// </summary>
internal static class ClusterCorpus
{
    public sealed record Document(string Id, string Text, string Language, DateOnly Published);

    public static IReadOnlyList<Document> Build(int count)
    {
        var shared = Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared"));
        var paragraphs = new Dictionary<string, string[]>
        {
            ["id"] = Paragraphs(Path.Combine(shared, "seed", "eurasianet-kazakhstan-russia.id.txt"),
                Path.Combine(TestPaths.RepoRoot, "examples", "jakarta-canberra.id.txt")),
            ["en"] = Paragraphs(Path.Combine(TestPaths.RepoRoot, "examples", "geneva-talks.en.txt")),
        };
        var sentences = new Dictionary<string, Queue<string>>
        {
            ["id"] = UdSentences(shared, "id", "id_pud-ud-test", "id_gsd-ud-test", "id_gsd-ud-dev", "id_csui-ud-test"),
            ["en"] = UdSentences(shared, "en", "en_pud-ud-test", "en_ewt-ud-test", "en_ewt-ud-dev"),
        };
        var documents = new List<Document>(count);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; documents.Count < count; i++)
        {
            var language = documents.Count % 2 == 0 ? "id" : "en";
            var queue = sentences[language];
            if (queue.Count < 2) throw new InvalidOperationException($"the {language} treebanks have too few sentences for {count} documents");
            var own = paragraphs[language];
            var text = own[i % own.Length] + "\n\n" + queue.Dequeue() + " " + queue.Dequeue();
            if (!texts.Add(text)) continue;
            documents.Add(new Document($"c{documents.Count:D5}", text, language, new DateOnly(2024, 1, 1).AddDays(documents.Count % 366)));
        }
        return documents;
    }

    /// <summary>Writes the documents as .jsonl input lines (the format of <c>warta code</c> and <c>warta enqueue</c>).</summary>
    public static void WriteJsonLines(IEnumerable<Document> documents, string path) =>
        File.WriteAllLines(path, documents.Select(d => JsonSerializer.Serialize(new
        {
            id = d.Id, text = d.Text, lang = d.Language, published = d.Published.ToString("yyyy-MM-dd"), source = $"outlet{d.Id[^1]}",
        })));

    private static string[] Paragraphs(params string[] files) =>
        files.SelectMany(File.ReadAllLines).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    private static Queue<string> UdSentences(string shared, string language, params string[] treebanks) =>
        new(treebanks.SelectMany(t => File.ReadLines(Path.Combine(shared, "ud", language, t + ".conllu")))
            .Where(l => l.StartsWith("# text = ", StringComparison.Ordinal))
            .Select(l => l["# text = ".Length..].Trim()));
}
