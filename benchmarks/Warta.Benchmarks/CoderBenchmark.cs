using System.Diagnostics;
using Warta.Coding;
using Warta.Languages;

namespace Warta.Benchmarks;

/// <summary>
/// The <c>code</c> run: cold start (loading, the first document), then the event coder's throughput over the UD
/// sentences per language and for both languages mixed, its stage profile, and the process's peak working set.
/// </summary>
internal static class CoderBenchmark
{
    private const int SentencesPerDocument = 20;

    public static void Run(BenchmarkOptions options, UdCorpus corpus)
    {
        var clock = Stopwatch.StartNew();
        var coder = EventCoder.Load(parse: options.ParseSentences);
        Console.WriteLine($"load: {clock.Elapsed.TotalMilliseconds:F0} ms (data folder, actor dictionaries, codebook); " +
                          (options.ParseSentences ? "every sentence parsed" : "no parsing"));
        foreach (var seed in options.SeedArticles())
        {
            // The first document pays for the language pack, the lexicons and the JIT: what one CLI call pays after start-up.
            clock.Restart();
            var coded = coder.Code(new NewsDocument(Path.GetFileNameWithoutExtension(seed), File.ReadAllText(seed), CodeRun.Published));
            double cold = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            coder.Code(coded.Input);
            Console.WriteLine($"seed {Path.GetFileName(seed)}: {coded.Analysis.SentenceCount} sentences, {coded.Events.Count} events; " +
                              $"first call {cold:F0} ms, second {clock.Elapsed.TotalMilliseconds:F1} ms");
        }

        foreach (var language in options.Languages)
        {
            var documents = corpus.CoderDocuments(language, SentencesPerDocument);
            if (documents.Count == 0) continue;
            Console.WriteLine(CodeRun.Measure(coder, language.ToCode(), documents, options.Passes));
            Console.WriteLine($"  stages: {CoderStageProfile.Measure(coder, documents)}");
        }
        if (options.Languages.Count > 1)
        {
            var mixed = corpus.MixedCoderDocuments(options.Languages, SentencesPerDocument);
            Console.WriteLine(CodeRun.Measure(coder, "mixed", mixed, options.Passes));
        }
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
    }
}
