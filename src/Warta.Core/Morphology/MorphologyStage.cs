using Warta.Languages;
using Warta.Pipelines;
using Warta.Text;

namespace Warta.Morphology;

/// <summary>Attaches the morphological analysis of each word token and the voice it marks.</summary>
public sealed class MorphologyStage(LanguagePackSet packs) : IStage
{
    public StageInfo Info { get; } = new("morphology", [Attributes.Tokens], [Attributes.Morphology, Attributes.Voice]);

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        var analyzer = packs[document.Language].Morphology;
        var rows = document.MutableTokens;
        for (int i = 0; i < rows.Length; i++)
        {
            ref var row = ref rows[i];
            if (row.Kind != TokenKind.Word) continue;
            row.Morph = analyzer.Analyze(document.Text.AsSpan(row.Start, row.End - row.Start));
            row.Voice = row.Morph.Voice;
        }
    }
}
