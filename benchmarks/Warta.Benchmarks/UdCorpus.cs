using Warta.Languages;

namespace Warta.Benchmarks;

/// <summary>
/// The raw sentences ("# text = " lines) of every CoNLL-U file under a folder, by language, except the English EWT
/// training split (added later for training; left out so the figures stay comparable with earlier runs).
/// </summary>
internal sealed class UdCorpus
{
    private readonly Dictionary<Language, List<string>> _sentences = new();

    public int Count => _sentences.Values.Sum(s => s.Count);

    public static UdCorpus Load(string directory)
    {
        var corpus = new UdCorpus();
        foreach (var file in Directory.EnumerateFiles(directory, "*.conllu", SearchOption.AllDirectories).Order())
        {
            if (Path.GetFileName(file) == "en_ewt-ud-train.conllu") continue;
            var language = Path.GetFileName(file).StartsWith("id_") ? Language.Indonesian : Language.English;
            if (!corpus._sentences.TryGetValue(language, out var list)) corpus._sentences[language] = list = [];
            foreach (var line in File.ReadLines(file))
                if (line.StartsWith("# text = ", StringComparison.Ordinal)) list.Add(line[9..]);
        }
        return corpus;
    }

    /// <summary>The sentences of one language grouped into article-sized documents, one paragraph per sentence.</summary>
    public IReadOnlyList<(string Text, int Sentences)> Documents(Language language, int sentencesPerDocument)
    {
        if (!_sentences.TryGetValue(language, out var list)) return [];
        return list.Chunk(sentencesPerDocument).Select(c => (string.Join("\n", c), c.Length)).ToList();
    }

    /// <summary>The same documents as <see cref="Documents"/>, with their language, for the coder.</summary>
    public IReadOnlyList<BenchDocument> CoderDocuments(Language language, int sentencesPerDocument) =>
        Documents(language, sentencesPerDocument).Select(d => new BenchDocument(d.Text, language, d.Sentences)).ToList();

    /// <summary>Every language's documents, alternating between languages, as a mixed feed would bring them.</summary>
    public IReadOnlyList<BenchDocument> MixedCoderDocuments(IEnumerable<Language> languages, int sentencesPerDocument)
    {
        var queues = languages.Select(l => new Queue<BenchDocument>(CoderDocuments(l, sentencesPerDocument))).ToList();
        var mixed = new List<BenchDocument>();
        while (queues.Any(q => q.Count > 0))
            foreach (var queue in queues)
                if (queue.TryDequeue(out var document)) mixed.Add(document);
        return mixed;
    }
}
