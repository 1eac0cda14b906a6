using Warta.Pipelines;
using Warta.Text;

namespace Warta.Morphology;

/// <summary>
/// Makes lemmas agree with the tags. The analysers work on forms out of context, so "Selasa" (a day, not se + lasa),
/// "May", "'s" and "meeting" need the tagger's decision (PROPN, PART, NOUN) to get the lemma UD expects.
/// </summary>
public sealed class TaggedLemmaStage : IStage
{
    private readonly TaggedLemmas _corrections = new();

    public StageInfo Info { get; } = new("lemma", [Attributes.Morphology, Attributes.Pos], [Attributes.Morphology, Attributes.Voice]);

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        var rows = document.MutableTokens;
        var text = document.Text.AsSpan();
        for (int i = 0; i < rows.Length; i++)
        {
            ref var row = ref rows[i];
            if (row.Morph is null) continue;
            var corrected = _corrections.Correct(text[row.Start..row.End], row.Pos, row.Morph, document.Language);
            if (ReferenceEquals(corrected, row.Morph)) continue;
            row.Morph = corrected;
            row.Voice = corrected.Voice;
        }
    }
}
