using Warta.Languages;
using Warta.Pipelines;
using Warta.Text;

namespace Warta.Parsing;

/// <summary>Gives every token a head and a dependency relation, sentence by sentence, with the parser of the document's language.</summary>
public sealed class ParsingStage(LanguagePackSet packs) : IStage
{
    public StageInfo Info { get; } = new("parser", [Attributes.Tokens, Attributes.Morphology, Attributes.Pos], [Attributes.Dependencies]);

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        if (document.SentenceCount == 0) return;
        var parser = packs[document.Language].Parser;
        for (int s = 0; s < document.SentenceCount; s++) parser.Parse(document, s);
    }
}
