using Warta.Events;

namespace Warta.Tests.Events;

public sealed class CameoCodebookTests
{
    private static readonly CameoCodebook Codebook = CameoCodebook.Load(TestPaths.DataDirectory);

    [Fact]
    public void Codebook_holds_every_CAMEO_code_with_root_quad_and_goldstein()
    {
        Assert.Equal(311, Codebook.Count);
        foreach (var code in Codebook.Codes)
        {
            Assert.Equal(2, code.Root.Length);
            Assert.StartsWith(code.Root, code.Code, StringComparison.Ordinal);
            Assert.InRange(code.Quad, 1, 4);
            Assert.InRange(code.Goldstein, -10, 10);
            Assert.False(string.IsNullOrWhiteSpace(code.Name));
        }
    }

    [Fact]
    public void Codebook_has_all_twenty_roots()
    {
        for (int root = 1; root <= 20; root++) Assert.True(Codebook.Contains(root.ToString("00")), $"root {root:00}");
    }

    [Theory]
    [InlineData("111", "11", 3, -2.0, "ACCUSE")]
    [InlineData("163", "16", 4, -8.0, "COERCE")]
    [InlineData("0841", "08", 2, 7.0, "RETREAT")]
    [InlineData("036", "03", 1, 4.0, "AGREE")]
    [InlineData("19", "19", 4, -10.0, "ASSAULT")]
    public void Codebook_gives_root_quad_goldstein_and_plover(string code, string root, int quad, double goldstein, string plover)
    {
        Assert.True(Codebook.TryGet(code, out var cameo));
        Assert.Equal(root, cameo.Root);
        Assert.Equal(quad, cameo.Quad);
        Assert.Equal(goldstein, cameo.Goldstein);
        Assert.Equal(plover, cameo.PloverType);
    }

    [Fact]
    public void Demand_withdrawal_takes_its_goldstein_from_the_phoenix_table()
    {
        Assert.True(Codebook.TryGet("106", out var cameo));
        Assert.Equal(-5.0, cameo.Goldstein);
    }

    [Fact]
    public void Codebook_does_not_know_made_up_codes()
    {
        Assert.False(Codebook.TryGet("999", out _));
        Assert.False(Codebook.Contains("21"));
    }
}
