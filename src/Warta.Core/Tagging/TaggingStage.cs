using Warta.Languages;
using Warta.Pipelines;
using Warta.Text;

namespace Warta.Tagging;

/// <summary>Assigns UPOS tags sentence by sentence with the tagger of the document's language.</summary>
public sealed class TaggingStage(LanguagePackSet packs) : IStage
{
    public StageInfo Info { get; } = new("tagger", [Attributes.Tokens, Attributes.Morphology], [Attributes.Pos]);

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        var tagger = packs[document.Language].Tagger;
        for (int s = 0; s < document.SentenceCount; s++) tagger.Tag(document, s);
    }
}
