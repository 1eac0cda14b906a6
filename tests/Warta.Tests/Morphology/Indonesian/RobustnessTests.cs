using Warta.Conllu;
using Warta.Data;
using Warta.Morphology;
using Warta.Morphology.Indonesian;

namespace Warta.Tests.Morphology.Indonesian;

/// <summary>Bad input never throws and parallel use gives the sequential answers. (Load time is measured by the benchmark, not here.)</summary>
[Collection(MorphologyCollection.Name)]
public sealed class RobustnessTests(MorphologyFixture fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("“")]
    [InlineData("2.000")]
    [InlineData("14/3")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("me-")]
    [InlineData("-nya")]
    [InlineData("nya")]
    [InlineData("di")]
    [InlineData("me")]
    [InlineData("menge")]
    [InlineData("memper")]
    [InlineData("Москва")]
    [InlineData("北京")]
    [InlineData("سلام")]
    [InlineData("meN\u0000")]
    [InlineData("a\u0301")]
    [InlineData("https://example.com")]
    [InlineData("ke-4")]
    public void Odd_input_gives_an_analysis_and_never_throws(string word)
    {
        var a = fixture.Morphology.Analyze(word);
        Assert.NotNull(a.Lemma);
        Assert.True(word.Length == 0 || a.Lemma.Length > 0);
    }

    [Fact]
    public void Very_long_strings_are_returned_unanalysed()
    {
        var word = string.Concat(Enumerable.Repeat("memper", 2000)) + "nyalah";
        Assert.Equal(word, fixture.Morphology.Analyze(word).Lemma);
        var nearLimit = "di" + new string('a', 45);
        Assert.NotNull(fixture.Morphology.Analyze(nearLimit).Lemma);
    }

    [Fact]
    public void Empty_span_is_not_a_known_word() => Assert.False(fixture.Morphology.IsKnownWord([]));

    [Fact]
    public void Parallel_analysis_gives_the_same_results_as_sequential()
    {
        var forms = ConlluReader.Read(Path.Combine(TestPaths.Ud, "id", "id_csui-ud-test.conllu"))
            .SelectMany(s => s.Words).Select(w => w.Form).Distinct().ToArray();
        var fresh = IndonesianMorphology.Load(DataDirectory.Open(TestPaths.Data));
        var parallel = new MorphAnalysis[forms.Length];
        Parallel.For(0, forms.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i % forms.Length] = fresh.Analyze(forms[i % forms.Length]));
        var sequential = IndonesianMorphology.Load(DataDirectory.Open(TestPaths.Data));
        for (int i = 0; i < forms.Length; i++)
        {
            var s = sequential.Analyze(forms[i]);
            Assert.Equal(s.Lemma, parallel[i].Lemma);
            Assert.Equal(s.Prefixes, parallel[i].Prefixes);
            Assert.Equal(s.Suffixes, parallel[i].Suffixes);
            Assert.Equal(s.Voice, parallel[i].Voice);
        }
    }

    [Fact]
    public void Cache_hit_returns_the_same_instance() =>
        Assert.Same(fixture.Morphology.Analyze("memanggil"), fixture.Morphology.Analyze("memanggil".AsSpan()));
}
