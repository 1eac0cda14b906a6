using Warta.Languages;
using Warta.Tests.Morphology.Indonesian;
using Warta.Tests.TestSupport;
using Warta.Tokenization;

namespace Warta.Tests.Tokenization;

using static TokenizerTestKit;

public sealed class CliticTests
{
    [Theory]
    [InlineData("katanya", "kata +nya")]
    [InlineData("dukungannya", "dukungan +nya")]
    [InlineData("bukanlah", "bukan +lah")]
    [InlineData("apakah", "apa +kah")]
    [InlineData("kubaca", "+ku baca")]
    [InlineData("kauambil", "+kau ambil")]
    [InlineData("bukuku", "buku +ku")]
    [InlineData("ibumu", "ibu +mu")]
    [InlineData("merekapun", "mereka +pun")]
    [InlineData("bukunyalah", "buku +nya +lah")]
    [InlineData("negara-negaranya", "negara-negara +nya")]
    [InlineData("Katanya dia pergi.", "Kata +nya dia pergi .")]
    [InlineData("“Apakah itu?”", "“ Apa +kah itu ? ”")]
    public void Tokenizer_splits_indonesian_clitics_the_lexicon_confirms(string text, string expected) =>
        Assert.Equal(expected, Tokens(Indonesian, text));

    [Theory]
    [MemberData(nameof(CliticCases.WordsNeverSplit), MemberType = typeof(CliticCases))]
    [InlineData("tanya")]
    [InlineData("rindu")]
    [InlineData("sudahlahx")]
    [InlineData("tidakkenalnya")]
    public void Tokenizer_never_splits_lexicalised_or_unconfirmed_words(string word) =>
        Assert.Equal(word, Tokens(Indonesian, word));

    [Theory]
    [InlineData("di Ramallah", "di Ramallah")]
    [InlineData("oleh Abdullah", "oleh Abdullah")]
    public void Tokenizer_does_not_split_clitics_off_names_inside_a_sentence(string text, string expected) =>
        Assert.Equal(expected, Tokens(Indonesian, text));

    [Fact]
    public void Tokenizer_marks_only_the_clitic_and_keeps_the_pieces_adjacent()
    {
        var rows = Rows(Indonesian, "katanya pergi");
        Assert.Equal([(0, 4, false, false), (4, 7, true, true), (8, 13, false, false)],
            rows.Select(r => (r.Start, r.End, r.IsClitic, r.SpaceAfter)));
    }

    [Fact]
    public void Words_of_the_exceptions_file_are_never_split_even_when_the_lexicon_would()
    {
        // The toy lexicon knows ramal but not ramallah, so it would split ramal+lah at the start of a sentence.
        Assert.True(Lexicon.ShouldSplitEnclitic("ramallah", 3));
        Assert.Equal("Ramallah", Tokens(Indonesian, "Ramallah"));
    }

    [Fact]
    public void Tokenizer_without_a_lexicon_splits_no_clitics()
    {
        var plain = Tokenizer.Load(TestPaths.DataDirectory, Language.Indonesian, lexicon: null);
        Assert.Equal("katanya apakah", Tokens(plain, "katanya apakah"));
    }
}

/// <summary>Clitic splitting through the real Indonesian morphology, which decides every split.</summary>
[Collection(MorphologyCollection.Name)]
public sealed class CliticLexiconTests(MorphologyFixture fixture)
{
    private Tokenizer Real { get; } = Tokenizer.Load(TestPaths.DataDirectory, Language.Indonesian, fixture.Morphology);

    [Theory]
    [InlineData("katanya", "kata +nya")]
    [InlineData("dukungannya", "dukungan +nya")]
    [InlineData("masalahnya", "masalah +nya")]
    [InlineData("kurangnya", "kurang +nya")]
    [InlineData("negaranya", "negara +nya")]
    [InlineData("penggantinya", "pengganti +nya")]
    [InlineData("menurutnya", "menurut +nya")]
    [InlineData("bukanlah", "bukan +lah")]
    [InlineData("apakah", "apa +kah")]
    [InlineData("kubaca", "+ku baca")]
    [InlineData("kauambil", "+kau ambil")]
    [InlineData("adanya", "ada +nya")]
    [InlineData("bukunyalah", "buku +nya +lah")]
    [InlineData("negara-negaranya", "negara-negara +nya")]
    [InlineData("Masalahnya belum selesai.", "Masalah +nya belum selesai .")]
    public void Splits(string text, string expected) => Assert.Equal(expected, TokenizerTestKit.Tokens(Real, text));

    [Theory]
    [MemberData(nameof(CliticCases.WordsNeverSplit), MemberType = typeof(CliticCases))]
    [InlineData("kurang")]
    [InlineData("buku")]
    [InlineData("sekurangnya")] // se-…-nya is one adverb ("at least"), as UD keeps setidaknya, sebenarnya
    [InlineData("sekurang-kurangnya")]
    [InlineData("setidaknya")]
    [InlineData("sebelumnya")]
    [InlineData("Ramallah")]
    [InlineData("di Ramallah")]
    public void Stays_whole(string text) => Assert.Equal(text, TokenizerTestKit.Tokens(Real, text));
}
