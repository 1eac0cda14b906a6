using Warta.Data;
using Warta.Morphology.English;

namespace Warta.Tests.Morphology.English;

public sealed class EnglishMorphologyTests
{
    internal static readonly EnglishMorphology Analyzer = EnglishMorphology.Load(DataDirectory.Open(TestPaths.Data));

    [Theory]
    [InlineData("went", "go")]
    [InlineData("was", "be")]
    [InlineData("were", "be")]
    [InlineData("been", "be")]
    [InlineData("seized", "seize")]
    [InlineData("criticised", "criticize")]
    [InlineData("test-fired", "test-fire")]
    [InlineData("re-elected", "reelect")]
    [InlineData("well-known", "well-known")]
    [InlineData("recognises", "recognize")]
    [InlineData("apologising", "apologize")]
    [InlineData("promised", "promise")]
    [InlineData("advised", "advise")]
    [InlineData("expelled", "expel")]
    [InlineData("spied", "spy")]
    [InlineData("stopped", "stop")]
    [InlineData("called", "call")]
    [InlineData("passed", "pass")]
    [InlineData("hoped", "hope")]
    [InlineData("announced", "announce")]
    [InlineData("decided", "decide")]
    [InlineData("visited", "visit")]
    [InlineData("wanted", "want")]
    [InlineData("died", "die")]
    [InlineData("taking", "take")]
    [InlineData("running", "run")]
    [InlineData("morning", "morning")]
    [InlineData("ministries", "ministry")]
    [InlineData("forces", "force")]
    [InlineData("countries", "country")]
    [InlineData("men", "man")]
    [InlineData("children", "child")]
    [InlineData("churches", "church")]
    [InlineData("says", "say")]
    [InlineData("news", "news")]
    [InlineData("larger", "large")]
    [InlineData("happiest", "happy")]
    [InlineData("better", "good")]
    [InlineData("leader", "leader")]
    [InlineData("thing", "thing")]
    [InlineData("Went", "go")]
    [InlineData("Kazakhstan", "Kazakhstan")]
    public void Analyzer_gives_the_lemma(string form, string lemma) =>
        Assert.Equal(lemma, Analyzer.Analyze(form).Lemma);

    [Theory]
    [InlineData("went", "Past", "Fin")]
    [InlineData("gone", "Past", "Part")]
    [InlineData("expelled", "Past", null)]
    [InlineData("said", "Past", null)]
    [InlineData("is", "Pres", "Fin")]
    [InlineData("has", "Pres", "Fin")]
    [InlineData("be", null, "Inf")]
    [InlineData("investigating", null, "Ger")]
    public void Analyzer_gives_tense_and_verb_form(string form, string? tense, string? verbForm)
    {
        var analysis = Analyzer.Analyze(form);
        Assert.Equal(tense, analysis.Tense);
        Assert.Equal(verbForm, analysis.VerbForm);
    }

    [Theory]
    [InlineData("ministries", "Plur")]
    [InlineData("men", "Plur")]
    [InlineData("children", "Plur")]
    [InlineData("man", "Sing")]
    [InlineData("embassy", "Sing")]
    public void Analyzer_gives_the_number_of_nouns(string form, string number) =>
        Assert.Equal(number, Analyzer.Analyze(form).Number);

    [Fact]
    public void Analyzer_returns_the_cached_analysis_for_a_repeated_form() =>
        Assert.Same(Analyzer.Analyze("expelled"), Analyzer.Analyze("expelled".AsSpan()));

    [Fact]
    public void Analyzer_hit_in_the_cache_allocates_nothing()
    {
        var text = "The ministries expelled diplomats".AsSpan();
        Analyzer.Analyze(text[4..14]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) Analyzer.Analyze(text[4..14]);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
