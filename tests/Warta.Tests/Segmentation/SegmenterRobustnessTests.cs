using Warta.Segmentation;
using Warta.Tests.TestSupport;
using Warta.Text;

namespace Warta.Tests.Segmentation;

using static SegmenterTestKit;

public sealed class SegmenterRobustnessTests
{
    internal static void AssertInvariants(string text, IReadOnlyList<ParagraphSegment> paragraphs)
    {
        int previousParagraphEnd = 0;
        foreach (var paragraph in paragraphs)
        {
            AssertTrimmedSpan(text, paragraph.Span, previousParagraphEnd);
            previousParagraphEnd = paragraph.Span.End;
            int previousSentenceEnd = paragraph.Span.Start;
            Assert.NotEmpty(paragraph.Sentences);
            foreach (var sentence in paragraph.Sentences)
            {
                AssertTrimmedSpan(text, sentence.Span, previousSentenceEnd);
                if (sentence.Span.End > paragraph.Span.End) Assert.Fail($"sentence {sentence.Span} leaves paragraph {paragraph.Span}");
                previousSentenceEnd = sentence.Span.End;
            }
        }
    }

    private static void AssertTrimmedSpan(string text, TextSpan span, int notBefore)
    {
        // Messages are built only on failure: these checks run millions of times on the 5 MB inputs.
        if (!(span.Start >= notBefore && span.Start < span.End && span.End <= text.Length)) Assert.Fail($"bad span {span} after {notBefore}");
        if (TextChars.IsSpace(text[span.Start]) || TextChars.IsSpace(text[span.End - 1])) Assert.Fail($"span {span} is not trimmed");
        if (span.Start > 0 && char.IsLowSurrogate(text[span.Start]) && char.IsHighSurrogate(text[span.Start - 1])) Assert.Fail($"span {span} splits a surrogate pair");
    }

    [Fact]
    public void Segmenter_keeps_its_invariants_on_thousands_of_random_messy_strings()
    {
        var random = new Random(20221006);
        for (int i = 0; i < 3000; i++)
        {
            var text = MessyText.Random(random, random.Next(0, 60));
            AssertInvariants(text, Indonesian.Segment(text));
            AssertInvariants(text, English.Segment(text));
        }
    }

    [Fact]
    public void Segmenter_gives_sane_output_on_hostile_input()
    {
        foreach (var text in MessyText.Hostile()) AssertInvariants(text, Indonesian.Segment(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t \u2029 ")]
    [InlineData("\uFEFF")]
    [InlineData("\0\u0001\u0002")]
    public void Segmenter_finds_nothing_in_empty_or_blank_text(string text) => Assert.Empty(Indonesian.Segment(text));

    [Fact]
    public void Segmenter_leaves_a_byte_order_mark_out_of_the_first_sentence()
    {
        var text = "\uFEFFRusia mengusir diplomat itu. Kazakhstan membalas.";
        Assert.Equal(["Rusia mengusir diplomat itu.", "Kazakhstan membalas."], Sentences(Indonesian, text));
    }

    [Fact]
    public void Segmenter_splits_sentences_in_other_scripts_without_breaking_surrogate_pairs()
    {
        var text = "Москва заявила. Астана ответила! 北京说。 上海说。 😀 Rusia pergi.";
        Assert.Equal(["Москва заявила.", "Астана ответила!", "北京说。", "上海说。", "😀 Rusia pergi."], Sentences(Indonesian, text));
    }

    [Fact]
    public void Segmenter_finishes_a_5_MB_single_line_of_sentences()
    {
        var text = string.Concat(Enumerable.Repeat("Rusia mengusir diplomat itu pada 5.10. Dr. Budi datang… ", 90_000));
        var sentences = RunWithHangGuard(() => Indonesian.Segment(text));
        Assert.Single(sentences);
        Assert.Equal(180_000, sentences[0].Sentences.Count);
        AssertInvariants(text, sentences);
    }

    [Theory]
    [InlineData(' ')]
    [InlineData('.')]
    [InlineData('\n')]
    [InlineData('“')]
    [InlineData('-')]
    public void Segmenter_finishes_5_MB_of_one_whitespace_or_punctuation_character(char c)
    {
        var text = new string(c, 5_000_000);
        var paragraphs = RunWithHangGuard(() => Indonesian.Segment(text));
        AssertInvariants(text, paragraphs);
    }

    [Fact]
    public void Segmenter_finishes_5_MB_of_alternating_periods_and_spaces()
    {
        var text = string.Concat(Enumerable.Repeat(". ", 2_500_000));
        AssertInvariants(text, RunWithHangGuard(() => Indonesian.Segment(text)));
    }

    /// <summary>Not a timing test: a quadratic scan of 5 MB would take hours, so a generous limit only catches a hang.</summary>
    internal static T RunWithHangGuard<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "did not finish: a scan is not linear");
        return task.Result;
    }
}
