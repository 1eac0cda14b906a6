using Warta.Tests.Segmentation;
using Warta.Tests.TestSupport;
using Warta.Text;
using Warta.Tokenization;

namespace Warta.Tests.Tokenization;

using static TokenizerTestKit;

public sealed class TokenizerRobustnessTests
{
    /// <summary>Segments and tokenizes <paramref name="text"/>, checking that tokens are ordered, inside their sentence and whole characters.</summary>
    private static int CheckAll(string text, Tokenizer tokenizer)
    {
        var paragraphs = SegmenterTestKit.Indonesian.Segment(text);
        SegmenterRobustnessTests.AssertInvariants(text, paragraphs);
        var output = new List<TokenRow>();
        int tokens = 0;
        foreach (var sentence in paragraphs.SelectMany(p => p.Sentences))
        {
            output.Clear();
            tokenizer.Tokenize(text, sentence.Span, output);
            int previousEnd = sentence.Span.Start;
            foreach (var token in output)
            {
                Assert.True(token.Start >= previousEnd && token.Start < token.End && token.End <= sentence.Span.End,
                    $"token [{token.Start}..{token.End}) out of order or outside sentence {sentence.Span}");
                Assert.False(token.Start > 0 && char.IsLowSurrogate(text[token.Start]) && char.IsHighSurrogate(text[token.Start - 1]), "token starts inside a surrogate pair");
                Assert.False(char.IsHighSurrogate(text[token.End - 1]) && token.End < text.Length && char.IsLowSurrogate(text[token.End]), "token ends inside a surrogate pair");
                Assert.False(TextChars.IsSpace(text[token.Start]), "token starts with whitespace");
                Assert.Equal(token.End < text.Length && TextChars.IsSpace(text[token.End]), token.SpaceAfter);
                previousEnd = token.End;
            }
            tokens += output.Count;
        }
        return tokens;
    }

    [Fact]
    public void Tokenizer_keeps_its_invariants_on_thousands_of_random_messy_strings()
    {
        var random = new Random(5102022);
        for (int i = 0; i < 3000; i++)
        {
            var text = MessyText.Random(random, random.Next(0, 60));
            CheckAll(text, Indonesian);
            CheckAll(text, English);
        }
    }

    [Fact]
    public void Tokenizer_gives_sane_output_on_hostile_input()
    {
        foreach (var text in MessyText.Hostile())
        {
            CheckAll(text, Indonesian);
            CheckAll(text, English);
        }
    }

    [Theory]
    [InlineData("😀👍🏽", "😀 👍🏽")]
    [InlineData("👨‍👩‍👧!", "👨‍👩‍👧 !")]
    [InlineData("🇰🇿🇷🇺", "🇰🇿 🇷🇺")]
    [InlineData("Москва и Астана", "Москва и Астана")]
    [InlineData("قال الكرملين", "قال الكرملين")]
    [InlineData("北京说。", "北京说 。")]
    public void Tokenizer_keeps_other_scripts_and_emoji_whole(string text, string expected) =>
        Assert.Equal(expected, Tokens(Indonesian, text));

    [Fact]
    public void Tokenizer_makes_a_lone_surrogate_a_symbol_of_its_own()
    {
        var text = "Rusia" + '\uD800' + "pergi" + '\uDC00';
        Assert.Equal(["Rusia/Word", "\uD800/Symbol", "pergi/Word", "\uDC00/Symbol"],
            Rows(Indonesian, text).Select(t => $"{text[t.Start..t.End]}/{t.Kind}"));
    }

    [Fact]
    public void Tokenizer_ignores_a_byte_order_mark_and_control_characters()
    {
        Assert.Equal("Rusia pergi", Tokens(Indonesian, "\uFEFFRusia\u0001pergi\0"));
        Assert.Empty(Rows(Indonesian, "\0\u0001\u0002\uFEFF \t"));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a.")]
    [InlineData("1.")]
    [InlineData("ab@")]
    [InlineData("http://")]
    [InlineData("www.")]
    [InlineData("5/")]
    public void Tokenizer_handles_fragments_at_the_end_of_the_text(string text) =>
        Assert.Equal(text, string.Concat(Rows(Indonesian, text).Select(t => text[t.Start..t.End])));

    [Theory]
    [InlineData("a")]
    [InlineData("a.")]
    [InlineData("a@")]
    [InlineData("1.")]
    [InlineData(". ")]
    [InlineData("Rp")]
    [InlineData("😀")]
    [InlineData("katanya ")]
    public void Tokenizer_finishes_a_5_MB_single_line_built_from_one_repeated_piece(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, 5_000_000 / piece.Length));
        var rows = SegmenterRobustnessTests.RunWithHangGuard(() =>
        {
            var output = new List<TokenRow>();
            Indonesian.Tokenize(text, new TextSpan(0, text.Length), output);
            return output;
        });
        Assert.NotEmpty(rows);
        Assert.True(rows[^1].End <= text.Length);
    }

    [Fact]
    public void Tokenizer_tokenizes_the_whole_seed_article_within_its_sentences()
    {
        // 682 tokens without clitic splitting; the small test lexicon splits besarnya, dukungannya … into two each.
        var plain = Tokenizer.Load(TestPaths.DataDirectory, Warta.Languages.Language.Indonesian, lexicon: null);
        Assert.Equal(682, CheckAll(File.ReadAllText(TestPaths.SeedArticle), plain));
        Assert.True(CheckAll(File.ReadAllText(TestPaths.SeedArticle), Indonesian) > 682);
    }
}
