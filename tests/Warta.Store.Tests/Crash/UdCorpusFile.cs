using System.Text.Json;

namespace Warta.Store.Tests.Crash;

/// <summary>
/// A JSON-lines corpus built at test time from the raw sentences ("# text = " lines) of the UD treebanks in
/// ../shared/ud (CC BY-SA; never committed): article-sized documents of consecutive sentences, Indonesian and English
/// alternating, with a language, a date and one of seven outlets each, so that ingest identifies and dates nothing.
/// </summary>
internal static class UdCorpusFile
{
    public static void Write(string file, int documents, int sentencesPerDocument)
    {
        var queues = new[] { "id", "en" }.Select(lang => (Lang: lang, Sentences: new Queue<string>(Sentences(lang)))).ToArray();
        using var writer = new StreamWriter(file);
        for (int i = 0; i < documents; i++)
        {
            var (lang, sentences) = queues[i % queues.Length];
            if (sentences.Count < sentencesPerDocument)
                throw new InvalidOperationException($"{TestPaths.Ud}: too few {lang} sentences for {documents} documents");
            var text = string.Join("\n", Enumerable.Range(0, sentencesPerDocument).Select(_ => sentences.Dequeue()));
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"ud-{i:D4}", text, lang, published = new DateOnly(2024, 3, 1).AddDays(i % 40).ToString("yyyy-MM-dd"),
                source = $"outlet{i % 7}",
            }));
        }
    }

    private static IEnumerable<string> Sentences(string lang) =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.Ud, lang), "*.conllu").Order()
            .SelectMany(File.ReadLines)
            .Where(line => line.StartsWith("# text = ", StringComparison.Ordinal))
            .Select(line => line[9..]);
}
