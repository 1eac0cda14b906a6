namespace Warta.Tests.Segmentation;

using static SegmenterTestKit;

public sealed class ParagraphTests
{
    private static string[] Paragraphs(string text) =>
        Indonesian.Segment(text).Select(p => text[p.Span.Start..p.Span.End]).ToArray();

    [Theory]
    [InlineData("Satu.\n\nDua.", new[] { "Satu.", "Dua." })]
    [InlineData("Satu.\r\n\r\nDua.", new[] { "Satu.", "Dua." })]
    [InlineData("Satu.\nDua.", new[] { "Satu.", "Dua." })]
    [InlineData("Satu tanpa titik\nDua.", new[] { "Satu tanpa titik", "Dua." })]
    [InlineData("Kalimat ini terpotong\noleh baris baru.", new[] { "Kalimat ini terpotong\noleh baris baru." })]
    [InlineData("Kalimat ini selesai.\noleh baris baru.", new[] { "Kalimat ini selesai.", "oleh baris baru." })]
    [InlineData("  \n  Satu.  \n\n\n   \t\n  Dua.  \n", new[] { "Satu.", "Dua." })]
    [InlineData("Satu\u2029dua.", new[] { "Satu", "dua." })]
    [InlineData("", new string[0])]
    [InlineData(" \n\t\r\n ", new string[0])]
    public void Segmenter_finds_paragraphs_at_blank_lines_and_at_line_breaks_that_are_not_wrapping(string text, string[] expected) =>
        Assert.Equal(expected, Paragraphs(text));

    [Fact]
    public void Segmenter_puts_a_wrapped_sentence_in_one_paragraph_and_one_sentence()
    {
        var text = "Kalimat ini terpotong\noleh baris baru. Lalu selesai.";
        Assert.Equal(["Kalimat ini terpotong\noleh baris baru.", "Lalu selesai."], Sentences(Indonesian, text));
    }
}
