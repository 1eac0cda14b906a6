using Warta.Languages;
using Warta.Pipelines;
using Warta.Text;

namespace Warta.Segmentation;

/// <summary>
/// Finds paragraphs and sentences with the segmenter of the document's language. A sentence longer than
/// <paramref name="maxSentenceChars"/> is cut by <see cref="LongSentenceSplitter"/> and counted in
/// <see cref="Document.LongSentencesSplit"/>, so the caller can warn.
/// </summary>
public sealed class SegmentationStage(LanguagePackSet packs, int maxSentenceChars = Input.InputLimits.DefaultMaxSentenceChars) : IStage
{
    public StageInfo Info { get; } = new("segment", [Attributes.Language], [Attributes.Paragraphs, Attributes.Sentences]);

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        var segmenter = packs[document.Language].Segmenter;
        int paragraphIndex = 0;
        var pieces = new List<TextSpan>();
        foreach (var paragraph in segmenter.Segment(document.Text))
        {
            document.AddParagraph(paragraph.Span);
            foreach (var sentence in paragraph.Sentences)
            {
                pieces.Clear();
                if (LongSentenceSplitter.Split(document.Text, sentence.Span, maxSentenceChars, pieces)) document.LongSentencesSplit++;
                foreach (var piece in pieces) document.AddSentence(piece, paragraphIndex, sentence.IsDateline);
            }
            paragraphIndex++;
        }
    }
}
