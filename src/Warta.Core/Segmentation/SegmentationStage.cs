using Warta.Languages;
using Warta.Pipelines;
using Warta.Text;

namespace Warta.Segmentation;

/// <summary>Finds paragraphs and sentences with the segmenter of the document's language.</summary>
public sealed class SegmentationStage(LanguagePackSet packs) : IStage
{
    public StageInfo Info { get; } = new("segment", [Attributes.Language], [Attributes.Paragraphs, Attributes.Sentences]);

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        var segmenter = packs[document.Language].Segmenter;
        int paragraphIndex = 0;
        foreach (var paragraph in segmenter.Segment(document.Text))
        {
            document.AddParagraph(paragraph.Span);
            foreach (var sentence in paragraph.Sentences) document.AddSentence(sentence.Span, paragraphIndex, sentence.IsDateline);
            paragraphIndex++;
        }
    }
}
