using System.Text;
using Warta.Languages;
using Warta.Text;

namespace Warta.Tests;

/// <summary>The whole language layer on awkward input: sane output, never a crash or a hang.</summary>
public sealed class TextAnalyzerTests
{
    private static TextAnalyzer Analyzer => SharedAnalyzer.Instance;

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t \r\n  ")]
    public void Empty_or_blank_text_gives_an_empty_document(string text)
    {
        var doc = Analyzer.Analyze(text, language: Language.Indonesian);
        Assert.Equal(0, doc.SentenceCount);
        Assert.Equal(0, doc.TokenCount);
    }

    [Fact]
    public void A_leading_byte_order_mark_character_is_not_a_token()
    {
        var doc = Analyzer.Analyze("\uFEFFRusia mengusir diplomat itu.");
        Assert.Equal(Language.Indonesian, doc.Language);
        Assert.Equal("Rusia", doc[0].Form);
    }

    [Fact]
    public void A_five_megabyte_single_line_is_analysed()
    {
        var sb = new StringBuilder(5_000_000);
        while (sb.Length < 5_000_000) sb.Append("Kazakhstan memanggil duta besar Rusia, kata Smadiyarov, dan 2.000 orang berunjuk rasa ");
        var doc = Analyzer.Analyze(sb.ToString(), language: Language.Indonesian);
        Assert.True(doc.TokenCount > 500_000);
        AssertInvariants(doc);
    }

    [Theory]
    [InlineData("\u0001\u0002\u0003 binary \u0007\u0008 text \u001B[31m")]
    [InlineData("Москва заявила протест. Kremlin menolak. موسكو 北京 😀👍🏽 Kyiv")]
    [InlineData("“”‘’«»…—–-()[]{}")]
    [InlineData("...!!!???,,,;;;")]
    [InlineData("\uD83D")] // a lone surrogate
    public void Messy_text_never_throws_and_keeps_spans_valid(string text)
    {
        foreach (var language in LanguageCodes.Supported) AssertInvariants(Analyzer.Analyze(text, language: language));
        AssertInvariants(Analyzer.Analyze(text));
    }

    [Fact]
    public void Analysis_is_thread_safe()
    {
        var text = File.ReadAllText(TestPaths.SeedArticle);
        var expected = Render(Analyzer.Analyze(text));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Render(Analyzer.Analyze(text)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    internal static void AssertInvariants(Document doc)
    {
        int previousEnd = 0;
        foreach (var sentence in doc.Sentences)
        {
            Assert.True(sentence.Span.Start >= previousEnd && sentence.Span.End <= doc.Text.Length);
            Assert.True(sentence.Span.Start < sentence.Span.End, "a sentence is never empty");
            previousEnd = sentence.Span.End;
            int tokenEnd = sentence.Span.Start;
            foreach (var token in sentence.Tokens)
            {
                Assert.True(token.Span.Start >= tokenEnd, $"token {token.Index} overlaps the previous one");
                Assert.True(token.Span.End <= sentence.Span.End && token.Span.Start < token.Span.End);
                Assert.False(char.IsLowSurrogate(doc.Text[token.Span.Start]), "a token never starts inside a surrogate pair");
                tokenEnd = token.Span.End;
            }
        }
    }

    private static string Render(Document doc) => string.Join(" ",
        Enumerable.Range(0, doc.TokenCount).Select(i => $"{doc[i].Form}/{doc[i].Pos}/{doc[i].Morph?.Lemma}/{doc[i].Voice}"));
}
