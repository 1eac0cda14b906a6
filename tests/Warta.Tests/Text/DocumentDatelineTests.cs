using Warta.Tests.Segmentation;
using Warta.Text;

namespace Warta.Tests.Text;

public sealed class DocumentDatelineTests
{
    [Fact]
    public void Document_keeps_the_dateline_flag_the_segmenter_gives_each_sentence()
    {
        const string text = "MOSCOW (Reuters) - Russia expelled a diplomat. Kazakhstan responded.";
        var doc = new Document("d", text);
        int paragraph = 0;
        foreach (var p in SegmenterTestKit.English.Segment(text))
        {
            doc.AddParagraph(p.Span);
            foreach (var s in p.Sentences) doc.AddSentence(s.Span, paragraph, s.IsDateline);
            paragraph++;
        }
        Assert.Equal([true, false, false], doc.Sentences.Select(s => s.IsDateline));
        Assert.Equal("MOSCOW (Reuters) -", doc.GetSentence(0).ToString());
        Assert.True(doc.SentenceRows[0].IsDateline);
    }
}
