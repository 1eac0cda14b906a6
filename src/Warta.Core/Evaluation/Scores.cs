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

/// <summary>
/// Actor accuracy: of the required gold events whose type the coder found in their sentence (<see cref="Found"/>),
/// how many had a prediction there with the right source, the right target, and both right.
/// </summary>
public sealed record ActorAccuracy(int Found, int SourcesRight, int TargetsRight, int BothRight)
{
    public static ActorAccuracy Zero { get; } = new(0, 0, 0, 0);

    public double Accuracy => Found == 0 ? 0 : (double)BothRight / Found;
    public double SourceAccuracy => Found == 0 ? 0 : (double)SourcesRight / Found;
    public double TargetAccuracy => Found == 0 ? 0 : (double)TargetsRight / Found;

    public static ActorAccuracy operator +(ActorAccuracy a, ActorAccuracy b) =>
        new(a.Found + b.Found, a.SourcesRight + b.SourcesRight, a.TargetsRight + b.TargetsRight, a.BothRight + b.BothRight);
}

/// <summary>
/// One gold document's score, with the gold events missed and the predictions that were false positives;
/// <see cref="ActorsOnly"/> is the same metric with the event type not compared, <see cref="Actors"/> the actor accuracy.
/// </summary>
public sealed record DocumentScore(string Id, string Language, ScoreCounts Counts, IReadOnlyList<GoldEvent> Misses,
    IReadOnlyList<EventRecord> Extras, IReadOnlyList<Violation> Violations)
{
    public ScoreCounts ActorsOnly { get; init; } = ScoreCounts.Zero;
    public ActorAccuracy Actors { get; init; } = ActorAccuracy.Zero;
}

/// <summary>Every document's score, the total, and the totals by gold language ("id", "en").</summary>
public sealed record EvaluationReport(IReadOnlyList<DocumentScore> Documents)
{
    public ScoreCounts Total => Documents.Aggregate(ScoreCounts.Zero, (sum, d) => sum + d.Counts);

    public IReadOnlyDictionary<string, ScoreCounts> ByLanguage => PerLanguage(d => d.Counts, ScoreCounts.Zero, (a, b) => a + b);

    /// <summary>The actors-only score (event type not compared), in total and by language.</summary>
    public ScoreCounts ActorsOnlyTotal => Documents.Aggregate(ScoreCounts.Zero, (sum, d) => sum + d.ActorsOnly);
    public IReadOnlyDictionary<string, ScoreCounts> ActorsOnlyByLanguage => PerLanguage(d => d.ActorsOnly, ScoreCounts.Zero, (a, b) => a + b);

    /// <summary>Actor accuracy, in total and by language.</summary>
    public ActorAccuracy ActorsTotal => Documents.Aggregate(ActorAccuracy.Zero, (sum, d) => sum + d.Actors);
    public IReadOnlyDictionary<string, ActorAccuracy> ActorsByLanguage => PerLanguage(d => d.Actors, ActorAccuracy.Zero, (a, b) => a + b);

    private Dictionary<string, T> PerLanguage<T>(Func<DocumentScore, T> figure, T zero, Func<T, T, T> add) => Documents
        .GroupBy(d => d.Language)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Aggregate(zero, (sum, d) => add(sum, figure(d))));
}
