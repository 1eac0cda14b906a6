using Warta.Coding;

namespace Warta.Evaluation;

/// <summary>
/// Scores coded events against gold documents with the metric of ../shared/tools/score_events.py: non-asserted
/// predictions are not counted; untargeted root-01 statements are ignored; gold events are matched in order
/// (required before optional, sentence-constrained first), each to the first unused matching prediction; an
/// unmatched prediction repeating the (source key, target key, root) of a matched one is a duplicate and ignored;
/// every other unmatched prediction is a false positive. Optional gold events are neither credited nor missed.
/// A prediction matches by its CAMEO root or by one of the gold event's PLOVER types.
/// Beside that score it computes two actor figures: the same metric with the event type not compared (actors-only),
/// and the actor accuracy of the gold events whose type the coder found in their sentence (see <see cref="ActorAccuracy"/>).
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
        var typed = Match(gold, candidates, ignoreType: false);
        var actorsOnly = Match(gold, candidates, ignoreType: true);
        var violations = (from rule in gold.MustNot
                          from p in asserted
                          where EventMatching.Violates(p, rule)
                          select new Violation(rule, p)).ToList();
        var counts = typed.Counts with { Violations = violations.Count };
        return new DocumentScore(gold.Document.Id, gold.Language, counts, typed.Misses, typed.Extras, violations)
        {
            ActorsOnly = actorsOnly.Counts,
            Actors = Accuracy(gold, candidates),
        };
    }

    private sealed record Matching(ScoreCounts Counts, List<GoldEvent> Misses, List<EventRecord> Extras);

    private static Matching Match(GoldDocument gold, List<EventRecord> candidates, bool ignoreType)
    {
        var used = new bool[candidates.Count];
        var matchedTriples = new HashSet<(string?, string?, string)>();
        int truePositives = 0, datesCorrect = 0, datesScored = 0;
        var misses = new List<GoldEvent>();

        foreach (var expected in gold.Events.OrderBy(g => g.Optional).ThenBy(g => g.SentenceContains is null))
        {
            int hit = FirstUnusedMatch(candidates, used, expected, ignoreType);
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
        return new Matching(new ScoreCounts(truePositives, extras.Count, misses.Count, datesCorrect, datesScored, 0), misses, extras);
    }

    /// <summary>
    /// For each required gold event whose type the coder found in its sentence (a prediction there with an accepted
    /// root or PLOVER type), whether one of those predictions has the right source, the right target, and both.
    /// </summary>
    private static ActorAccuracy Accuracy(GoldDocument gold, List<EventRecord> candidates)
    {
        int found = 0, sources = 0, targets = 0, both = 0;
        foreach (var expected in gold.Events)
        {
            if (expected.Optional) continue;
            var typed = candidates.Where(p => EventMatching.InSentence(p, expected) && EventMatching.TypeMatches(p, expected)).ToList();
            if (typed.Count == 0) continue;
            found++;
            if (typed.Exists(p => EventMatching.ActorAccepted(p.Source, expected.Sources))) sources++;
            if (typed.Exists(p => EventMatching.ActorAccepted(p.Target, expected.Targets))) targets++;
            if (typed.Exists(p => EventMatching.ActorsMatch(p, expected))) both++;
        }
        return new ActorAccuracy(found, sources, targets, both);
    }

    private static int FirstUnusedMatch(List<EventRecord> candidates, bool[] used, GoldEvent expected, bool ignoreType)
    {
        for (int i = 0; i < candidates.Count; i++)
            if (!used[i] && EventMatching.Matches(candidates[i], expected, ignoreType)) return i;
        return -1;
    }

    private static (string?, string?, string) Triple(EventRecord e) =>
        (EventMatching.Key(e.Source), EventMatching.Key(e.Target), EventMatching.Root(e));
}
