using Warta.Coding;
using Warta.Errors;
using Warta.Evaluation;

namespace Warta.Tests.Evaluation;

/// <summary>
/// The expected figures below were computed by running ../shared/tools/score_events.py on ScorerCases.Gold and each
/// prediction set written with JsonLinesEventWriter (verified while developing; the tests do not need Python).
/// </summary>
public sealed class GoldScorerTests
{
    private static EvaluationReport Score(EventRecord[] predictions)
    {
        var gold = GoldFile.Parse(ScorerCases.Gold, "cases.json");
        return GoldScorer.Score(gold, id => predictions.Where(p => p.Doc == id));
    }

    private static void AssertCounts(DocumentScore doc, int tp, int fp, int fn, int datesCorrect, int datesScored, int violations)
    {
        var c = doc.Counts;
        Assert.Equal((tp, fp, fn, datesCorrect, datesScored, violations),
            (c.TruePositives, c.FalsePositives, c.FalseNegatives, c.DatesCorrect, c.DatesScored, c.Violations));
    }

    [Fact]
    public void Mixed_predictions_score_as_the_reference_scorer()
    {
        var report = Score(ScorerCases.Mixed);
        AssertCounts(report.Documents[0], tp: 4, fp: 2, fn: 0, datesCorrect: 2, datesScored: 3, violations: 2);
        AssertCounts(report.Documents[1], tp: 1, fp: 1, fn: 0, datesCorrect: 1, datesScored: 1, violations: 0);
        AssertCounts(report.Documents[2], tp: 2, fp: 0, fn: 0, datesCorrect: 0, datesScored: 0, violations: 0);
        Assert.Equal(0.70, report.Total.Precision, 2);
        Assert.Equal(1.00, report.Total.Recall, 2);
        Assert.Equal(0.82, report.Total.F1, 2);
        Assert.Equal(0.75, report.Total.DateAccuracy, 2);
        Assert.Equal(0.86, report.ByLanguage["id"].F1, 2);
        Assert.Equal(0.67, report.ByLanguage["en"].F1, 2);
    }

    [Fact]
    public void Extras_are_the_unmatched_asserted_predictions_that_repeat_no_matched_triple()
    {
        var d1 = Score(ScorerCases.Mixed).Documents[0];
        Assert.Equal(["Kazakhstan menahan diri dari kritik.", "Serangan Rusia ke Ukraina."], d1.Extras.Select(e => e.Sentence));
        Assert.Equal(["refrained", null], d1.Violations.Select(v => v.Rule.Why));
    }

    [Fact]
    public void Sentence_constrained_gold_events_are_matched_before_unconstrained_ones()
    {
        // d3 lists the unconstrained event first; matching it first would take the "membalas" prediction and miss the other.
        var d3 = Score(ScorerCases.Mixed).Documents[2];
        Assert.Equal(2, d3.Counts.TruePositives);
        Assert.Empty(d3.Misses);
    }

    [Fact]
    public void Non_asserted_and_untargeted_statement_predictions_count_for_nothing()
    {
        var report = Score(ScorerCases.NothingCounted);
        AssertCounts(report.Documents[0], tp: 0, fp: 0, fn: 4, datesCorrect: 0, datesScored: 0, violations: 0);
        AssertCounts(report.Documents[1], tp: 0, fp: 0, fn: 1, datesCorrect: 0, datesScored: 0, violations: 0);
        AssertCounts(report.Documents[2], tp: 0, fp: 0, fn: 2, datesCorrect: 0, datesScored: 0, violations: 0);
        Assert.Equal(0, report.Total.F1);
        Assert.Equal("membalas", report.Documents[2].Misses[0].SentenceContains);
    }

    [Fact]
    public void Wrong_roots_and_targets_are_extras_and_misses()
    {
        var report = Score(ScorerCases.WrongCodes);
        AssertCounts(report.Documents[0], tp: 0, fp: 3, fn: 4, datesCorrect: 0, datesScored: 0, violations: 1);
        AssertCounts(report.Documents[1], tp: 1, fp: 1, fn: 0, datesCorrect: 0, datesScored: 1, violations: 1);
        AssertCounts(report.Documents[2], tp: 1, fp: 0, fn: 1, datesCorrect: 0, datesScored: 0, violations: 0);
        Assert.Equal(0.33, report.Total.Precision, 2);
        Assert.Equal(0.29, report.Total.Recall, 2);
        Assert.Equal(0.31, report.Total.F1, 2);
        Assert.Equal(0.20, report.ByLanguage["id"].F1, 2);
    }

    [Fact]
    public void A_gold_file_without_roots_is_refused_naming_the_document()
    {
        var error = Assert.Throws<WartaException>(() =>
            GoldFile.Parse("""[{"id": "x", "text": "t", "events": [{"src": ["KAZ"]}]}]""", "bad.json"));
        Assert.Equal(ErrorCodes.GoldInvalid, error.Code);
        Assert.Contains("bad.json: document 1 (x), events[0]", error.Message);
    }

    [Fact]
    public void Gold_documents_are_news_documents_with_their_published_date()
    {
        var gold = GoldFile.Parse(ScorerCases.Gold, "cases.json");
        Assert.Equal(new DateOnly(2022, 10, 6), gold[0].Document.Published);
        Assert.Equal(Warta.Languages.Language.English, gold[1].Document.Language);
        Assert.Equal(["*"], gold[0].Events[3].Targets);
    }
}
