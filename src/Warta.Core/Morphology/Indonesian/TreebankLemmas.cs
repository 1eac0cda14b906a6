using Warta.Conllu;
using Warta.Text;

namespace Warta.Morphology.Indonesian;

/// <summary>
/// What the training treebanks say about words: how often each lemma occurs and as which UPOS, and which lemma each
/// form was given. Proper names, numbers, symbols and punctuation are left out; so are lemmas that are not plain words.
/// </summary>
internal sealed class TreebankLemmas
{
    public Dictionary<string, int> LemmaCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Dictionary<char, int>> LemmaPos { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Dictionary<string, int>> FormLemmas { get; } = new(StringComparer.Ordinal);

    public void Add(IEnumerable<ConlluSentence> sentences)
    {
        foreach (var sentence in sentences)
            foreach (var word in sentence.Words)
            {
                if (word.Upos is Upos.PROPN or Upos.PUNCT or Upos.SYM or Upos.NUM or Upos.X) continue;
                var lemma = word.Lemma.ToLowerInvariant();
                var form = word.Form.ToLowerInvariant();
                if (lemma.Length < 2 || !IsPlainWord(lemma)) continue;
                LemmaCounts[lemma] = LemmaCounts.GetValueOrDefault(lemma) + 1;
                var pos = PosLetter(word.Upos);
                var posCounts = LemmaPos.TryGetValue(lemma, out var p) ? p : LemmaPos[lemma] = [];
                posCounts[pos] = posCounts.GetValueOrDefault(pos) + 1;
                if (word.Upos is not (Upos.VERB or Upos.NOUN or Upos.ADJ or Upos.ADV) || !IsPlainWord(form)) continue;
                var lemmas = FormLemmas.TryGetValue(form, out var l) ? l : FormLemmas[form] = new(StringComparer.Ordinal);
                lemmas[lemma] = lemmas.GetValueOrDefault(lemma) + 1;
            }
    }

    /// <summary>The UPOS a lemma was most often given, as one letter; ties go to the earlier letter for determinism.</summary>
    public char MajorityPos(string lemma) =>
        LemmaPos.TryGetValue(lemma, out var counts)
            ? counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key
            : '-';

    private static char PosLetter(Upos upos) => upos switch
    {
        Upos.VERB => 'V', Upos.NOUN => 'N', Upos.ADJ => 'A', Upos.ADV => 'R', _ => 'F',
    };

    private static bool IsPlainWord(string s)
    {
        foreach (var c in s) if (c is < 'a' or > 'z') return false;
        return true;
    }
}
