using CsCheck;
using Warta.Fuzz.Inputs;
using Warta.Languages;

namespace Warta.Fuzz.Targets;

/// <summary>Both languages' segmenters: paragraphs and sentences inside the text, in order, not overlapping, not empty.</summary>
public sealed class SegmenterTarget(TextAnalyzer analyzer) : TextFuzzTarget
{
    public override string Name => "segmenter";

    public override string Description =>
        "Segmenter (id, en): paragraphs inside the text, sentences inside their paragraph; both ordered, non-overlapping, non-empty";

    protected override Gen<string> TextInputs(FuzzCorpus corpus) => new MutatedText(corpus);

    protected override void CheckText(string text)
    {
        foreach (var language in LanguageCodes.Supported)
        {
            int previousParagraphEnd = 0;
            foreach (var paragraph in analyzer.Packs[language].Segmenter.Segment(text))
            {
                var p = paragraph.Span;
                SpanChecks.Inside("paragraph", p.Start, p.End, 0, text.Length);
                SpanChecks.After("paragraph", p.Start, previousParagraphEnd);
                previousParagraphEnd = p.End;
                int previousSentenceEnd = p.Start;
                foreach (var sentence in paragraph.Sentences)
                {
                    SpanChecks.Inside("sentence", sentence.Span.Start, sentence.Span.End, p.Start, p.End);
                    SpanChecks.NotEmpty("sentence", sentence.Span.Start, sentence.Span.End);
                    SpanChecks.After("sentence", sentence.Span.Start, previousSentenceEnd);
                    previousSentenceEnd = sentence.Span.End;
                }
            }
        }
    }
}
