using Warta.Languages;
using Warta.Pipelines;
using Warta.Text;

namespace Warta.Morphology.English;

/// <summary>
/// Makes English lemmas agree with the tags: the morphology analyses forms out of context, so "May", "'s" and
/// "meeting" need the tagger's decision (PROPN, PART, NOUN) to get the lemma UD expects.
/// </summary>
public sealed class EnglishLemmaStage : IStage
{
    private readonly TaggedLemmas _corrections = new();

    public StageInfo Info { get; } = new("en.lemma", [Attributes.Morphology, Attributes.Pos], [Attributes.Morphology]);

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        if (document.Language != Language.English) return;
        var rows = document.MutableTokens;
        var text = document.Text.AsSpan();
        for (int i = 0; i < rows.Length; i++)
        {
            ref var row = ref rows[i];
            if (row.Morph is null) continue;
            row.Morph = _corrections.Correct(text[row.Start..row.End], row.Pos, row.Morph);
        }
    }
}
