using Warta.Morphology;
using Warta.Text;

namespace Warta.Tagging;

// PLACEHOLDER — replaced by the tagger work.
public sealed class PerceptronTagger
{
    public static PerceptronTagger Load(string path) => throw new NotImplementedException();

    /// <summary>Assigns UPOS to every token of one sentence; morphology must already be on the rows.</summary>
    public void Tag(Document document, int sentenceIndex) => throw new NotImplementedException();
}
