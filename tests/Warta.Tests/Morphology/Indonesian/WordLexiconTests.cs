using Warta.Tests.TestSupport;

namespace Warta.Tests.Morphology.Indonesian;

/// <summary>What the tokenizer asks before splitting a clitic off.</summary>
[Collection(MorphologyCollection.Name)]
public sealed class WordLexiconTests(MorphologyFixture fixture)
{
    [Theory]
    [MemberData(nameof(CliticCases.WordsNeverSplit), MemberType = typeof(CliticCases))]
    [InlineData("kata")]
    [InlineData("dukungan")]
    [InlineData("menangkap")]
    public void Whole_words_are_known(string word) => Assert.True(fixture.Morphology.IsKnownWord(word));

    [Theory]
    [InlineData("katanya")]
    [InlineData("dukungannya")]
    [InlineData("rumahku")]
    [InlineData("")]
    public void Words_with_a_clitic_attached_are_not_known_as_wholes(string word) =>
        Assert.False(fixture.Morphology.IsKnownWord(word));

    [Theory]
    [InlineData("katanya", 3, true)]
    [InlineData("dukungannya", 3, true)]
    [InlineData("menurutnya", 3, true)]
    [InlineData("bukanlah", 3, true)]
    [InlineData("masalahnya", 3, true)]
    [InlineData("kurangnya", 3, true)]
    [InlineData("bukunyalah", 3, true)]
    [InlineData("bukunyalah", 2, false)]
    [InlineData("sekurangnya", 3, false)]
    [InlineData("sekurang-kurangnya", 3, false)]
    [InlineData("hanya", 3, false)]
    [InlineData("punya", 3, false)]
    [InlineData("bertanya", 3, false)]
    [InlineData("adalah", 3, false)]
    [InlineData("sekolah", 3, false)]
    [InlineData("masalah", 3, false)]
    [InlineData("telah", 3, false)]
    [InlineData("bertemu", 2, false)]
    [InlineData("ilmu", 2, false)]
    public void Enclitic_is_split_exactly_when_the_analysis_ends_in_that_clitic(string word, int cliticLength, bool split) =>
        Assert.Equal(split, fixture.Morphology.ShouldSplitEnclitic(word, cliticLength));

    [Theory]
    [InlineData("kubaca", 2, true)]
    [InlineData("kuat", 2, false)]
    [InlineData("kaum", 3, false)]
    public void Proclitic_is_split_only_off_an_unknown_word_with_a_known_host(string word, int cliticLength, bool split) =>
        Assert.Equal(split, fixture.Morphology.ShouldSplitProclitic(word, cliticLength));
}
