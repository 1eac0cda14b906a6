using System.Diagnostics;
using Warta.Actors;
using Warta.Coding;
using Warta.Text;

namespace Warta.Benchmarks;

/// <summary>
/// Where the coder's time goes, stage by stage, over the same documents (after a warm-up): the language layer, the
/// actor mentions, the dates, the clauses, the lexicon look-ups the coder makes (every clause predicate as a verb,
/// every common noun as an event noun), and the whole of <see cref="EventCoder.Code"/>. What the whole costs beyond
/// the stages is the coder's own work (subjects, targets, modality, output records).
/// </summary>
internal static class CoderStageProfile
{
    public static string Measure(EventCoder coder, IReadOnlyList<BenchDocument> documents)
    {
        Pass(coder, documents); // warm-up
        var t = Pass(coder, documents);
        double stages = t.Analysis + t.Mentions + t.Dates + t.Clauses + t.Lexicon;
        double whole = t.Whole;
        string Part(string name, double ticks) => $"{name} {Ms(ticks):F0} ms ({100 * ticks / whole:F0} %)";
        return string.Join(", ",
            Part("analysis", t.Analysis), Part("mentions", t.Mentions), Part("dates", t.Dates), Part("clauses", t.Clauses),
            Part("lexicon", t.Lexicon), Part("rest of the coder", Math.Max(0, whole - stages))) + $"; whole Code() {Ms(whole):F0} ms";
    }

    private static double Ms(double ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed class Ticks
    {
        public double Analysis, Mentions, Dates, Clauses, Lexicon, Whole;
    }

    private static Ticks Pass(EventCoder coder, IReadOnlyList<BenchDocument> documents)
    {
        var ticks = new Ticks();
        var resources = coder.Resources;
        foreach (var document in documents)
        {
            long start = Stopwatch.GetTimestamp();
            var doc = coder.Analyzer.Analyze(document.Text, language: document.Language, published: CodeRun.Published);
            ticks.Analysis += Stopwatch.GetTimestamp() - start;
            var language = resources.For(doc.Language);
            DateOnly? anchor = null;
            for (int s = 0; s < doc.SentenceCount; s++)
            {
                start = Stopwatch.GetTimestamp();
                var mentions = resources.Mentions.Find(doc, s, CodeRun.Published);
                long mentioned = Stopwatch.GetTimestamp();
                var dates = language.Dates.Find(doc, s, CodeRun.Published, anchor);
                anchor = Warta.Dates.DateSelection.NextAnchor(dates, anchor);
                long dated = Stopwatch.GetTimestamp();
                var clauses = language.Clauses.Build(doc, s, mentions);
                long built = Stopwatch.GetTimestamp();
                foreach (var clause in clauses) language.Lexicon.MatchVerb(doc, clause.Predicate, clause.End, clause.Start);
                var row = doc.SentenceRows[s];
                for (int t = row.FirstToken; t < row.EndToken; t++)
                    if (doc.TokenRows[t].Pos == Upos.NOUN) language.Lexicon.MatchNoun(doc, t, row.EndToken, t);
                long looked = Stopwatch.GetTimestamp();
                ticks.Mentions += mentioned - start;
                ticks.Dates += dated - mentioned;
                ticks.Clauses += built - dated;
                ticks.Lexicon += looked - built;
            }
            start = Stopwatch.GetTimestamp();
            coder.Code(new NewsDocument("profile", document.Text, CodeRun.Published, document.Language));
            ticks.Whole += Stopwatch.GetTimestamp() - start;
        }
        return ticks;
    }
}
