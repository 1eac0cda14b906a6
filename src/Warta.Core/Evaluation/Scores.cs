using Warta.Coding;

namespace Warta.Evaluation;

/// <summary>Counts and the derived figures: precision, recall and F1 over required events, date accuracy over matched ones.</summary>
public sealed record ScoreCounts(int TruePositives, int FalsePositives, int FalseNegatives, int DatesCorrect, int DatesScored,
    int Violations)
{
    public static ScoreCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>The share of matched required events with a gold date whose date is one of the gold dates; 0 when none.</summary>
    public double DateAccuracy => Ratio(DatesCorrect, DatesScored);

    public static ScoreCounts operator +(ScoreCounts a, ScoreCounts b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives,
        a.DatesCorrect + b.DatesCorrect, a.DatesScored + b.DatesScored, a.Violations + b.Violations);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>A must_not entry and the asserted prediction that broke it.</summary>
public sealed record Violation(GoldMustNot Rule, EventRecord Prediction);

/// <summary>One gold document's score, with the gold events missed and the predictions that were false positives.</summary>
public sealed record DocumentScore(string Id, string Language, ScoreCounts Counts, IReadOnlyList<GoldEvent> Misses,
    IReadOnlyList<EventRecord> Extras, IReadOnlyList<Violation> Violations);

/// <summary>Every document's score, the total, and the totals by gold language ("id", "en").</summary>
public sealed record EvaluationReport(IReadOnlyList<DocumentScore> Documents)
{
    public ScoreCounts Total => Documents.Aggregate(ScoreCounts.Zero, (sum, d) => sum + d.Counts);

    public IReadOnlyDictionary<string, ScoreCounts> ByLanguage => Documents
        .GroupBy(d => d.Language)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Aggregate(ScoreCounts.Zero, (sum, d) => sum + d.Counts));
}
