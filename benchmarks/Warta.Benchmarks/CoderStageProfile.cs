using Warta.Actors;
using Warta.Clauses;
using Warta.Coding;
using Warta.Text;

namespace Warta.Benchmarks;

/// <summary>
/// Where the coder's time goes, stage by stage, over the same documents (after a warm-up): the language layer, the
/// actor mentions, the dates, the clauses, the lexicon look-ups the coder makes (every clause predicate as a verb,
/// every common noun as an event noun), and the whole coding of the analysed document (<see cref="DocumentCoder"/>,
/// which runs those four stages); the coding less the four is the coder's own work (subjects, targets, modality, records).
/// Each stage runs over a whole document at a time and is timed in thread CPU time, so that a loaded host does
/// not blur it, and its best of three passes is kept; bytes allocated are counted per stage as well.
/// </summary>
internal static class CoderStageProfile
{
    private static readonly string[] Names = ["analysis", "mentions", "dates", "clauses", "lexicon", "coding"];
    private const int Passes = 3;
    private const int Analysis = 0, Mentions = 1, Dates = 2, Clauses = 3, Lexicon = 4, Coding = 5;

    public static string Measure(EventCoder coder, IReadOnlyList<BenchDocument> documents)
    {
        Pass(coder, documents); // warm-up
        var (ns, bytes) = Pass(coder, documents);
        for (int pass = 1; pass < Passes; pass++)
        {
            // Each stage's best pass: what the stage costs when nothing (a GC, another thread) got in its way.
            var (more, _) = Pass(coder, documents);
            for (int i = 0; i < ns.Length; i++) ns[i] = Math.Min(ns[i], more[i]);
        }
        int sentences = documents.Sum(d => d.Sentences);
        long whole = ns[Analysis] + ns[Coding];
        long own = ns[Coding] - ns[Mentions] - ns[Dates] - ns[Clauses] - ns[Lexicon];
        long ownBytes = bytes[Coding] - bytes[Mentions] - bytes[Dates] - bytes[Clauses] - bytes[Lexicon];
        string Part(int i) => $"{Names[i]} {PerSentence(ns[i])} ({Share(ns[i])}, {bytes[i] / (double)sentences:F0} B)";
        string PerSentence(long nanoseconds) => $"{nanoseconds / 1000.0 / sentences:F1} µs";
        string Share(long nanoseconds) => $"{100.0 * nanoseconds / whole:F0} %";
        return $"per sentence ({ThreadClock.Kind}; share of analysis + coding; bytes allocated): " +
               string.Join(", ", Enumerable.Range(0, Names.Length).Select(Part)) +
               $" = mentions + dates + clauses + lexicon + the coder's own work {PerSentence(own)} ({Share(own)}, {ownBytes / (double)sentences:F0} B)";
    }

    private static (long[] Nanoseconds, long[] Bytes) Pass(EventCoder coder, IReadOnlyList<BenchDocument> documents)
    {
        var ns = new long[Names.Length];
        var bytes = new long[Names.Length];
        var resources = coder.Resources;
        foreach (var document in documents)
        {
            var doc = Timed(Analysis, () => coder.Analyzer.Analyze(document.Text, language: document.Language, published: CodeRun.Published));
            var language = resources.For(doc.Language);
            var mentions = Timed(Mentions, () =>
            {
                var found = new IReadOnlyList<Mention>[doc.SentenceCount];
                for (int s = 0; s < doc.SentenceCount; s++) found[s] = resources.Mentions.Find(doc, s, CodeRun.Published);
                return found;
            });
            Timed(Dates, () =>
            {
                DateOnly? anchor = null;
                for (int s = 0; s < doc.SentenceCount; s++)
                    anchor = Warta.Dates.DateSelection.NextAnchor(language.Dates.Find(doc, s, CodeRun.Published, anchor), anchor);
                return anchor;
            });
            var clauses = Timed(Clauses, () =>
            {
                var built = new List<Clause>[doc.SentenceCount];
                for (int s = 0; s < doc.SentenceCount; s++) built[s] = language.Clauses.Build(doc, s, mentions[s]);
                return built;
            });
            Timed(Lexicon, () =>
            {
                int matches = 0;
                for (int s = 0; s < doc.SentenceCount; s++)
                {
                    foreach (var clause in clauses[s])
                        if (language.Lexicon.MatchVerb(doc, clause.Predicate, clause.End, clause.Start) is not null) matches++;
                    var row = doc.SentenceRows[s];
                    for (int t = row.FirstToken; t < row.EndToken; t++)
                        if (doc.TokenRows[t].Pos == Upos.NOUN && language.Lexicon.MatchNoun(doc, t, row.EndToken, t) is not null) matches++;
                }
                return matches;
            });
            var input = new NewsDocument("profile", document.Text, CodeRun.Published, document.Language);
            Timed(Coding, () => new DocumentCoder(resources, input, doc).Run());
        }
        return (ns, bytes);

        T Timed<T>(int stage, Func<T> run)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long start = ThreadClock.NowNanoseconds();
            var result = run();
            ns[stage] += ThreadClock.NowNanoseconds() - start;
            bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            return result;
        }
    }
}
