using Warta.Languages;
using Warta.Pipelines;
using Warta.Text;

namespace Warta.Morphology.English;

/// <summary>
/// English voice in context: a past participle governed by a form of be or get is passive ("was expelled", "were not
/// invited", "has been summoned", "got arrested", "is being investigated"); every other verb is active. Runs after
/// the tagger because "was angry" and "was expelled" differ only in the part of speech of the second word.
/// A participle the tagger calls an adjective after be or get ("were prepared to impose", "was determined to",
/// tagged ADJ as UD does) is passive too: the clause builder reads it as the verb of its clause.
/// </summary>
public sealed class EnglishVoiceStage : IStage
{
    // How far back the auxiliary may be: "was not immediately officially expelled" has three words in between.
    private const int MaxGap = 4;

    public StageInfo Info { get; } = new("en.voice", [Attributes.Tokens, Attributes.Morphology, Attributes.Pos], [Attributes.Voice]);

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        if (document.Language != Language.English) return;
        var rows = document.MutableTokens;
        foreach (ref readonly var sentence in document.SentenceRows)
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                ref var row = ref rows[i];
                if (row.Pos == Upos.ADJ)
                {
                    if (IsPredicativeParticiple(rows, sentence.FirstToken, i, document[i].Text)) row.Voice = Voice.Passive;
                    continue;
                }
                if (row.Pos != Upos.VERB) continue;
                row.Voice = IsParticiple(row.Morph) && HasPassiveAuxiliary(rows, sentence.FirstToken, i) ? Voice.Passive : Voice.Active;
            }
    }

    /// <summary>A form that can be a past participle: expelled, taken, said (Tense=Past without VerbForm=Fin).</summary>
    internal static bool IsParticiple(MorphAnalysis? morph) =>
        morph is not null && (morph.VerbForm == "Part" || morph.Tense == "Past" && morph.VerbForm is null);

    /// <summary>
    /// "were prepared", "was not determined": an adjective that is a verb's past participle (its lemma is the verb's,
    /// not the form itself) right after be or get.
    /// </summary>
    private static bool IsPredicativeParticiple(ReadOnlySpan<TokenRow> rows, int sentenceStart, int i, ReadOnlySpan<char> form)
    {
        var morph = rows[i].Morph;
        return morph is { Tense: "Past" } && IsParticiple(morph) && !string.IsNullOrEmpty(morph.Lemma)
            && !form.Equals(morph.Lemma, StringComparison.OrdinalIgnoreCase) && HasPassiveAuxiliary(rows, sentenceStart, i);
    }

    private static bool HasPassiveAuxiliary(ReadOnlySpan<TokenRow> rows, int sentenceStart, int participle)
    {
        for (int j = participle - 1; j >= sentenceStart && participle - j <= MaxGap; j--)
        {
            ref readonly var row = ref rows[j];
            var lemma = row.Morph?.Lemma;
            if (lemma is "be" or "get") return true;
            // Adverbs and negation may stand between (was not invited, got quickly arrested); anything else ends the search.
            if (row.Pos is not (Upos.ADV or Upos.PART)) return false;
        }
        return false;
    }
}
