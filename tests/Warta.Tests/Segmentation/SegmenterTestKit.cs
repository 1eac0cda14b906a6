using Warta.Languages;
using Warta.Segmentation;
using Warta.Tests.TestSupport;

namespace Warta.Tests.Segmentation;

/// <summary>Loads the shipped segmenters once and renders their output as strings for readable assertions.</summary>
internal static class SegmenterTestKit
{
    public static Segmenter Indonesian { get; } = Segmenter.Load(TestPaths.DataDirectory, Language.Indonesian);
    public static Segmenter English { get; } = Segmenter.Load(TestPaths.DataDirectory, Language.English);

    public static Segmenter For(string language) => language == "en" ? English : Indonesian;

    /// <summary>Every sentence's text in order; a dateline is written in brackets.</summary>
    public static string[] Sentences(Segmenter segmenter, string text) =>
        segmenter.Segment(text)
            .SelectMany(p => p.Sentences)
            .Select(s => s.IsDateline ? $"[{text[s.Span.Start..s.Span.End]}]" : text[s.Span.Start..s.Span.End])
            .ToArray();

    public static string Joined(Segmenter segmenter, string text) => string.Join(" | ", Sentences(segmenter, text));
}
