using Warta.Conllu;
using Warta.Languages;
using Warta.Text;

namespace Warta.Tagging;

/// <summary>Token-level UPOS accuracy on gold tokenization, with how often each (gold, predicted) pair was confused.</summary>
public sealed record TaggerScore(string Name, int Total, int Correct, IReadOnlyDictionary<(Upos Gold, Upos Predicted), int> Confusions)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public static TaggerScore Sum(string name, IEnumerable<TaggerScore> scores)
    {
        var list = scores.ToList();
        var confusions = new Dictionary<(Upos, Upos), int>();
        foreach (var (pair, n) in list.SelectMany(s => s.Confusions)) confusions[pair] = confusions.GetValueOrDefault(pair) + n;
        return new TaggerScore(name, list.Sum(s => s.Total), list.Sum(s => s.Correct), confusions);
    }

    /// <summary>The most frequent confusions, most frequent first (ties by tag names, so the output is stable).</summary>
    public IEnumerable<(Upos Gold, Upos Predicted, int Count)> TopConfusions(int n) => Confusions
        .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Gold).ThenBy(c => c.Key.Predicted)
        .Take(n).Select(c => (c.Key.Gold, c.Key.Predicted, c.Value));
}

public static class TaggerEvaluation
{
    /// <summary>
    /// Tags each sentence through the same document path as the pipeline and compares with the gold UPOS. With
    /// <paramref name="morphology"/>, the tokens' morphology comes from that analyser instead of the tagger's (in
    /// cross-validation: one that did not see the held-out sentences).
    /// </summary>
    public static TaggerScore Evaluate(PerceptronTagger tagger, IEnumerable<ConlluSentence> sentences, Language language, string name,
        Morphology.IMorphologicalAnalyzer? morphology = null)
    {
        int total = 0, correct = 0;
        var confusions = new Dictionary<(Upos, Upos), int>();
        foreach (var sentence in sentences)
        {
            var doc = ConlluReader.ToDocument(sentence, language);
            if (morphology is not null) MorphologyJackknife.Attach(doc, morphology);
            tagger.Tag(doc, 0);
            var rows = doc.TokenRows;
            for (int i = 0; i < rows.Length; i++)
            {
                var gold = sentence.Words[i].Upos;
                total++;
                if (rows[i].Pos == gold) correct++;
                else confusions[(gold, rows[i].Pos)] = confusions.GetValueOrDefault((gold, rows[i].Pos)) + 1;
            }
        }
        return new TaggerScore(name, total, correct, confusions);
    }
}
