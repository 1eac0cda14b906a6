using Warta.Pipelines;
using Warta.Text;

namespace Warta.Languages;

/// <summary>Sets the document's language unless the caller gave one.</summary>
public sealed class LanguageIdentificationStage(LanguageIdentifier identifier) : IStage
{
    public StageInfo Info { get; } = new("language", [Attributes.Text], [Attributes.Language]);

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        if (!document.LanguageWasGiven) document.Language = identifier.Identify(document.Text);
    }
}
