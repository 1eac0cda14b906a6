using System.Diagnostics;
using Warta;
using Warta.Benchmarks;
using Warta.Languages;

// Throughput over the raw sentences of the UD treebanks, one core, plus peak memory.
// Usage: dotnet run -c Release --project benchmarks/Warta.Benchmarks -- [analyze|code|parse|ingest] [UD_DIR] [--passes N] [--lang id|en]
//   analyze (default): the language layer and the actor mention finder; code: the whole event coder; parse: the
//   dependency parser alone on tagged sentences (thread CPU time, and a checksum of its output);
//   ingest: 500 documents into a fresh DuckDB store, then its queries.
if (BenchmarkOptions.Parse(args, out string? error) is not { } options)
{
    if (error is not null) Console.Error.WriteLine($"warta-benchmarks: {error}");
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return error is null ? 0 : 2;
}
var corpus = UdCorpus.Load(options.UdDirectory);
Console.WriteLine($"corpus: {corpus.Count} sentences from {options.UdDirectory}");
if (options.Command == BenchmarkOptions.Code)
{
    CoderBenchmark.Run(options, corpus);
    return 0;
}
if (options.Command == BenchmarkOptions.ParseOnly)
{
    var taggerOnly = TextAnalyzer.Load(parse: false);
    foreach (var language in options.Languages)
        Console.WriteLine(ParseRun.Measure(taggerOnly, corpus.Documents(language, sentencesPerDocument: 20), language, options.Passes));
    return 0;
}
if (options.Command == BenchmarkOptions.Ingest)
{
    await StoreBenchmark.RunAsync(options, corpus);
    return 0;
}

var loadClock = Stopwatch.StartNew();
var analyzer = TextAnalyzer.Load(parse: options.ParseSentences);
foreach (var language in LanguageCodes.Supported) _ = analyzer.Packs[language];
Console.WriteLine($"load: {loadClock.Elapsed.TotalMilliseconds:F0} ms (data folder, both language packs)");
if (options.ParseSentences)
{
    loadClock.Restart();
    foreach (var language in LanguageCodes.Supported) _ = analyzer.Packs[language].Parser;
    Console.WriteLine($"parser models load: {loadClock.Elapsed.TotalMilliseconds:F0} ms (both languages); analysis includes parsing");
}
loadClock.Restart();
var finder = new Warta.Actors.MentionFinder(Warta.Actors.ActorDictionary.Load(Warta.Data.DataDirectory.Open()));
Console.WriteLine($"actor dictionary load: {loadClock.Elapsed.TotalMilliseconds:F0} ms");

foreach (var language in options.Languages)
{
    var documents = corpus.Documents(language, sentencesPerDocument: 20);
    if (documents.Count == 0) continue;
    var result = ThroughputRun.Measure(analyzer, documents, language, options.Passes);
    Console.WriteLine(result);
    Console.WriteLine($"  stages: {StageProfile.Measure(analyzer, documents, language)}");
    Console.WriteLine(MentionRun.Measure(analyzer, finder, documents, language, options.Passes));
}
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
return 0;
