using Xunit.Abstractions;

namespace Warta.Tests.Evaluation;

/// <summary>
/// The Indonesian per-code set (eval/codebook/codebook.id.json: one news sentence per three-digit CAMEO code, written for
/// Warta) coded and scored in the suite, so a change that loses what the lexicon knows of the codebook fails here.
/// </summary>
public sealed class IndonesianCodebookSetTests(ITestOutputHelper output)
{
    // The whole set (halves A and B) stood at F1 0.85 when it was last worked on (eval/codebook/README.md); the floor
    // leaves room for four or five events. Raise it as the coder improves.
    private const double F1Floor = 0.82;

    private static readonly string GoldPath = Path.Combine(TestPaths.RepoRoot, "eval", "codebook", "codebook.id.json");
    private static readonly Lazy<GoldSetRun> Run = new(() => GoldSetRun.Load(GoldPath));

    [Fact]
    public void Codebook_id_F1_stays_above_its_floor()
    {
        var total = Run.Value.Report.Total;
        output.WriteLine("gold set: " + GoldSetRun.Describe("codebook id", total));
        Assert.True(total.F1 >= F1Floor, $"codebook id F1 {total.F1:0.000} < floor {F1Floor}");
    }

    [Fact]
    public void Codebook_id_has_no_must_not_violation() =>
        Assert.Empty(Run.Value.Report.Documents.SelectMany(d => d.Violations.Select(v => $"{d.Id}: {v.Rule}")));

    [Fact]
    public void Every_three_digit_cameo_code_has_a_sentence()
    {
        var codes = File.ReadLines(Path.Combine(TestPaths.Shared, "reference", "cameo", "cameo-codes.tsv")).Skip(1)
            .Select(line => line.Split('\t')).Where(cells => cells[1] == "3").Select(cells => cells[0]);
        var ids = Run.Value.Gold.Select(d => d.Document.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(codes, code => Assert.Contains($"codebook-id-{code}", ids));
    }
}
