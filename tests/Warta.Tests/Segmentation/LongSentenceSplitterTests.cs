using Warta.Segmentation;
using Warta.Text;

namespace Warta.Tests.Segmentation;

public sealed class LongSentenceSplitterTests
{
    private static List<TextSpan> Split(string text, int maxChars, out bool split)
    {
        var pieces = new List<TextSpan>();
        split = LongSentenceSplitter.Split(text, new TextSpan(0, text.Length), maxChars, pieces);
        return pieces;
    }

    [Fact]
    public void A_sentence_within_the_limit_is_left_whole()
    {
        var pieces = Split("Rusia mengusir diplomat Jepang.", 100, out bool split);
        Assert.False(split);
        Assert.Equal([new TextSpan(0, 31)], pieces);
    }

    [Fact]
    public void A_long_sentence_is_cut_after_a_comma_in_the_second_half_of_the_window()
    {
        var text = "satu dua tiga empat, lima enam tujuh delapan sembilan sepuluh";
        var pieces = Split(text, 30, out bool split);
        Assert.True(split);
        Assert.Equal("satu dua tiga empat,", text[pieces[0].Start..pieces[0].End]);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 30));
    }

    [Fact]
    public void Without_a_comma_the_cut_is_at_a_space_never_inside_a_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("kata", 5000));
        var pieces = Split(text, 2000, out _);
        Assert.All(pieces[..^1], p => Assert.InRange(p.Length, 1000, 2000));
        Assert.All(pieces, p =>
        {
            Assert.Equal("kata", text[p.Start..(p.Start + 4)]);
            Assert.Equal('a', text[p.End - 1]);
        });
        Assert.Equal(text.Length, pieces[^1].End);
    }

    [Fact]
    public void Text_without_spaces_is_cut_at_the_limit_but_not_inside_a_surrogate_pair()
    {
        var text = new string('x', 9) + "😀" + new string('y', 20);
        var pieces = Split(text, 10, out _);
        Assert.Equal(new TextSpan(0, 9), pieces[0]);
        Assert.Equal("😀", text[pieces[1].Start..(pieces[1].Start + 2)]);
        Assert.Equal(string.Concat(pieces.Select(p => text[p.Start..p.End])), text);
    }

    [Fact]
    public void The_analyzer_never_yields_a_sentence_over_the_limit_and_counts_the_cut()
    {
        var text = "Rusia mengusir diplomat Jepang. " + string.Join(", ", Enumerable.Repeat("Kazakhstan memprotes Rusia", 2000)) + ".";
        var analyzer = TextAnalyzer.Load(TestPaths.Data, maxSentenceChars: 500);
        var document = analyzer.Analyze(text, "long", Warta.Languages.Language.Indonesian);
        Assert.Equal(1, document.LongSentencesSplit);
        Assert.All(document.Sentences, s => Assert.InRange(s.Span.Length, 1, 500));
        Assert.Equal("Rusia mengusir diplomat Jepang.", document.GetSentence(0).Text.ToString());
    }
}
