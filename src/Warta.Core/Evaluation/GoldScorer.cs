using Warta.Coding;

namespace Warta.Evaluation;

/// <summary>
/// Scores coded events against gold documents with the metric of ../shared/tools/score_events.py: non-asserted
/// predictions are not counted; untargeted root-01 statements are ignored; gold events are matched in order
/// (required before optional, sentence-constrained first), each to the first unused matching prediction; an
/// unmatched prediction repeating the (source key, target key, root) of a matched one is a duplicate and ignored;
/// every other unmatched prediction is a false positive. Optional gold events are neither credited nor missed.
/// </summary>
public static class GoldScorer
{
    /// <summary>Scores every gold document; <paramref name="predictions"/> gives a document's events by its id (none when absent).</summary>
    public static EvaluationReport Score(IEnumerable<GoldDocument> gold, Func<string, IEnumerable<EventRecord>> predictions) =>
        new(gold.Select(d => ScoreDocument(d, predictions(d.Document.Id))).ToList());

    public static DocumentScore ScoreDocument(GoldDocument gold, IEnumerable<EventRecord> predictions)
    {
        var asserted = predictions.Where(EventMatching.IsAsserted).ToList();
        var candidates = asserted.Where(p => !EventMatching.IsUntargetedStatement(p)).ToList();
        var used = new bool[candidates.Count];
        var matchedTriples = new HashSet<(string?, string?, string)>();
        int truePositives = 0, datesCorrect = 0, datesScored = 0;
        var misses = new List<GoldEvent>();

        foreach (var expected in gold.Events.OrderBy(g => g.Optional).ThenBy(g => g.SentenceContains is null))
        {
            int hit = FirstUnusedMatch(candidates, used, expected);
            if (hit < 0)
            {
                if (!expected.Optional) misses.Add(expected);
                continue;
            }
            used[hit] = true;
            var prediction = candidates[hit];
            matchedTriples.Add(Triple(prediction));
            if (expected.Optional) continue;
            truePositives++;
            if (expected.Dates.Count > 0)
            {
                datesScored++;
                if (expected.Dates.Contains(EventMatching.FormatDate(prediction.Date))) datesCorrect++;
            }
        }

        var extras = candidates.Where((p, i) => !used[i] && !matchedTriples.Contains(Triple(p))).ToList();
        var violations = (from rule in gold.MustNot
                          from p in asserted
                          where EventMatching.Violates(p, rule)
                          select new Violation(rule, p)).ToList();
        var counts = new ScoreCounts(truePositives, extras.Count, misses.Count, datesCorrect, datesScored, violations.Count);
        return new DocumentScore(gold.Document.Id, gold.Language, counts, misses, extras, violations);
    }

    private static int FirstUnusedMatch(List<EventRecord> candidates, bool[] used, GoldEvent expected)
    {
        for (int i = 0; i < candidates.Count; i++)
            if (!used[i] && EventMatching.Matches(candidates[i], expected)) return i;
        return -1;
    }

    private static (string?, string?, string) Triple(EventRecord e) =>
        (EventMatching.Key(e.Source), EventMatching.Key(e.Target), EventMatching.Root(e));
}
