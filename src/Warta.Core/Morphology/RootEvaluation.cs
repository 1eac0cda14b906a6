using Warta.Conllu;
using Warta.Text;

namespace Warta.Morphology;

/// <summary>How often the analyser's root/lemma equals the treebank lemma, for words of one gold UPOS.</summary>
public sealed record RootEvaluationResult(int Total, int Correct, IReadOnlyList<RootDisagreement> Disagreements)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}

/// <summary>One (form, gold lemma, predicted root) disagreement and how many times it occurred.</summary>
public sealed record RootDisagreement(string Form, string Gold, string Predicted, int Count);

public static class RootEvaluation
{
    /// <summary>Compares lemmas case-insensitively on gold tokenization; disagreements are sorted by frequency.</summary>
    public static RootEvaluationResult Evaluate(IMorphologicalAnalyzer analyzer, IEnumerable<ConlluSentence> sentences, Upos upos)
    {
        int total = 0, correct = 0;
        var misses = new Dictionary<(string, string, string), int>();
        foreach (var sentence in sentences)
            foreach (var word in sentence.Words)
            {
                if (word.Upos != upos) continue;
                total++;
                var predicted = analyzer.Analyze(word.Form).Lemma;
                if (string.Equals(predicted, word.Lemma, StringComparison.OrdinalIgnoreCase)) { correct++; continue; }
                var key = (word.Form.ToLowerInvariant(), word.Lemma.ToLowerInvariant(), predicted.ToLowerInvariant());
                misses[key] = misses.GetValueOrDefault(key) + 1;
            }
        var disagreements = misses
            .Select(m => new RootDisagreement(m.Key.Item1, m.Key.Item2, m.Key.Item3, m.Value))
            .OrderByDescending(d => d.Count).ThenBy(d => d.Form, StringComparer.Ordinal)
            .ToList();
        return new RootEvaluationResult(total, correct, disagreements);
    }
}
