using Warta.Morphology;

namespace Warta.Tests.Morphology;

public sealed class CappedAnalysisCacheTests
{
    private static MorphAnalysis Analysis(string lemma) => new() { Lemma = lemma, Rule = "test" };

    [Fact]
    public void Keeps_forms_up_to_its_bound_and_no_more()
    {
        var cache = new CappedAnalysisCache(capacity: 2);
        cache.Add("ran", Analysis("run"));
        cache.Add("went", Analysis("go"));
        cache.Add("took", Analysis("take"));

        Assert.True(cache.TryGet("ran", out var ran));
        Assert.Equal("run", ran.Lemma);
        Assert.True(cache.TryGet("went".AsSpan(), out var went));
        Assert.Equal("go", went.Lemma);
        Assert.False(cache.TryGet("took", out _));
    }

    [Fact]
    public void A_form_added_twice_counts_once_and_keeps_its_first_analysis()
    {
        var cache = new CappedAnalysisCache(capacity: 2);
        cache.Add("ran", Analysis("run"));
        cache.Add("ran", Analysis("other"));
        cache.Add("went", Analysis("go"));

        Assert.True(cache.TryGet("ran", out var ran));
        Assert.Equal("run", ran.Lemma);
        Assert.True(cache.TryGet("went", out _));
    }
}
