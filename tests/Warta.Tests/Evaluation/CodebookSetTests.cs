using System.Text.RegularExpressions;

using Warta.Evaluation;
using Xunit.Abstractions;

namespace Warta.Tests.Evaluation;

/// <summary>
/// The English per-code set (eval/codebook/codebook.en.json: two short wire sentences for every three-digit CAMEO code,
/// written from the codebook's names, and ten negated, planned or asked traps) coded and scored in the suite, so that a
/// change which loses a CAMEO sense the dev sets happen not to show fails here.
/// </summary>
public sealed partial class CodebookSetTests(ITestOutputHelper output)
{
    // F1 stood at 0.80 when the set was written (round twelve) and 0.83 after the families and constructions it showed
    // missing (half A 0.90, half B 0.74); the floor is a few events below.
    private const double F1Floor = 0.78;

    private static readonly Lazy<GoldSetRun> Set =
        new(() => GoldSetRun.Load(Path.Combine(TestPaths.RepoRoot, "eval", "codebook", "codebook.en.json")));

    [Fact]
    public void Codebook_set_F1_stays_above_its_floor()
    {
        var total = Set.Value.Report.Total;
        output.WriteLine("gold set: " + GoldSetRun.Describe("codebook en", total));
        Assert.True(total.F1 >= F1Floor, $"codebook en F1 {total.F1:0.000} < floor {F1Floor}");
        Assert.Equal(0, total.Violations);
    }

    [Fact]
    public void Codebook_set_has_a_sentence_for_every_three_digit_cameo_code()
    {
        var codes = File.ReadLines(Path.Combine(TestPaths.Data, "cameo", "codes.tsv"))
            .Where(line => !line.StartsWith('#')).Select(line => line.Split('\t')[0]).Where(code => code.Length == 3).ToHashSet();
        var covered = Set.Value.Gold.Select(d => DocumentCode().Match(d.Document.Id)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Empty(codes.Except(covered));
    }

    [GeneratedRegex(@"^CB-EN-(\d{3})-\d+$")]
    private static partial Regex DocumentCode();
}
