using Warta.Evaluation;
using Xunit.Abstractions;

namespace Warta.Tests.Evaluation;

/// <summary>
/// The seed gold file (../shared/gold/seed.json) and our development gold set (eval/dev/dev-gold.json) coded and scored
/// in the suite, so that a change to the coder that loses events, dates or must_not discipline fails here. The figures
/// go to the test output, each line starting "gold set: ", which .ci/run copies from the test results into the CI log.
/// </summary>
public sealed class GoldSetTests(ITestOutputHelper output)
{
    private const double SeedF1 = 0.85;

    // The dev set's first target was F1 0.80 per language (docs/coding.md, "Accuracy and the regression floors"); both
    // languages now stand at 0.826, so the floor is 0.82: a change that loses more than an event or two fails. Raise it
    // as the coder improves.
    private const double DevF1Floor = 0.82;
    private const int DevMustNotCeiling = 0;
    private const double DevDateAccuracyFloor = 0.90;

    /// <summary>The prefix .ci/run looks for in the test results to print the figures in the CI log.</summary>
    private const string LogPrefix = "gold set: ";

    private static readonly Lazy<GoldSetRun> Seed = new(() => GoldSetRun.Load(Path.Combine(TestPaths.Shared, "gold", "seed.json")));
    private static readonly Lazy<GoldSetRun> Dev = new(() => GoldSetRun.Load(Path.Combine(TestPaths.RepoRoot, "eval", "dev", "dev-gold.json")));

    private void Log(string line) => output.WriteLine(LogPrefix + line);

    [Fact]
    public void Seed_gold_F1_is_at_least_0_85()
    {
        var total = Seed.Value.Report.Total;
        Log(GoldSetRun.Describe("seed", total));
        Assert.True(total.F1 >= SeedF1, $"seed F1 {total.F1:0.000} < {SeedF1}");
    }

    [Fact]
    public void Seed_gold_has_no_must_not_violation()
    {
        var violations = Seed.Value.Report.Documents.SelectMany(d => d.Violations).Select(v => $"{v.Rule} by '{v.Prediction.Sentence}'");
        Assert.Empty(violations);
    }

    [Fact]
    public void Every_matched_dated_seed_event_is_on_its_gold_date()
    {
        var total = Seed.Value.Report.Total;
        Log(GoldSetRun.Describe("seed", total));
        Assert.True(total.DatesScored > 0, "no matched seed event has a gold date: nothing was checked");
        Assert.Equal(total.DatesScored, total.DatesCorrect);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    [InlineData("total")]
    public void Dev_set_F1_stays_above_its_floor(string language)
    {
        var report = Dev.Value.Report;
        var counts = language == "total" ? report.Total : report.ByLanguage[language];
        Log(GoldSetRun.Describe($"dev {language}", counts));
        Assert.True(counts.F1 >= DevF1Floor, $"dev {language} F1 {counts.F1:0.000} < floor {DevF1Floor}");
    }

    [Fact]
    public void Dev_set_must_not_violations_stay_under_the_ceiling()
    {
        var violations = Dev.Value.Report.Documents.SelectMany(d => d.Violations.Select(v => $"{d.Id}: {v.Rule}")).ToList();
        foreach (var violation in violations) Log($"violation {violation}");
        Assert.True(violations.Count <= DevMustNotCeiling, $"{violations.Count} must_not violations > {DevMustNotCeiling}");
    }

    [Fact]
    public void Dev_set_date_accuracy_stays_above_its_floor()
    {
        var total = Dev.Value.Report.Total;
        Log(GoldSetRun.Describe("dev total", total));
        Assert.True(total.DatesScored > 0, "no matched dev event has a gold date: nothing was checked");
        Assert.True(total.DateAccuracy >= DevDateAccuracyFloor,
            $"dev date accuracy {total.DatesCorrect}/{total.DatesScored} < floor {DevDateAccuracyFloor}");
    }

    [Fact]
    public void Dev_set_is_balanced_and_covers_every_cameo_root()
    {
        var gold = Dev.Value.Gold;
        var required = gold.SelectMany(d => d.Events).Where(e => !e.Optional).ToList();
        var firstRoots = required.Select(e => e.Roots[0]).ToHashSet();
        var allRoots = Enumerable.Range(1, 20).Select(r => r.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Log($"dev set: {gold.Count} articles, {required.Count} required events");

        Assert.True(gold.Count >= 40, $"{gold.Count} articles < 40");
        Assert.Equal(gold.Count(d => d.Language == "id"), gold.Count(d => d.Language == "en"));
        Assert.Equal(gold.Count, gold.Count(d => d.Language is "id" or "en"));
        Assert.True(required.Count >= 200, $"{required.Count} required events < 200");
        Assert.Subset(firstRoots, allRoots);
    }
}
