using Warta.Data;
using Warta.Languages;
using Warta.Text;

namespace Warta.Segmentation;

// PLACEHOLDER — replaced by the text-layer work.
public sealed class Segmenter
{
    public static Segmenter Load(DataDirectory data, Language language) => throw new NotImplementedException();

    /// <summary>Splits text into paragraphs, each into sentences: spans into <paramref name="text"/>.</summary>
    public IReadOnlyList<(TextSpan Paragraph, IReadOnlyList<TextSpan> Sentences)> Segment(string text) =>
        throw new NotImplementedException();
}
