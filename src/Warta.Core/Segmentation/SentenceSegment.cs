using Warta.Text;

namespace Warta.Segmentation;

/// <summary>One sentence found by the segmenter: a trimmed span of the original text; a dateline is flagged.</summary>
public readonly record struct SentenceSegment(TextSpan Span, bool IsDateline);

/// <summary>One paragraph found by the segmenter with its sentences, in text order.</summary>
public sealed record ParagraphSegment(TextSpan Span, IReadOnlyList<SentenceSegment> Sentences);
