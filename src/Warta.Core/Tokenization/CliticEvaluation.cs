using Warta.Conllu;
using Warta.Text;

namespace Warta.Tokenization;

/// <summary>How often the tokenizer splits clitics exactly as a treebank's multiword tokens do.</summary>
/// <param name="Candidates">Surface words that could carry a clitic (end in nya/ku/mu/lah/kah/pun or start with ku/kau).</param>
/// <param name="Agreed">Candidates split exactly as the treebank splits them (or left whole as it does).</param>
public sealed record CliticEvaluationResult(int Candidates, int Agreed, int GoldSplits, int PredictedSplits, int CorrectSplits,
    IReadOnlyList<CliticDisagreement> Disagreements)
{
    public double Agreement => Candidates == 0 ? 0 : (double)Agreed / Candidates;
    public double Precision => PredictedSplits == 0 ? 0 : (double)CorrectSplits / PredictedSplits;
    public double Recall => GoldSplits == 0 ? 0 : (double)CorrectSplits / GoldSplits;
}

/// <summary>One surface word, the treebank's pieces and ours (joined by '+'), and how often it occurred.</summary>
public sealed record CliticDisagreement(string Form, string Gold, string Predicted, int Count);

public static class CliticEvaluation
{
    private static readonly string[] Enclitics = ["nya", "ku", "mu", "lah", "kah", "pun"];

    /// <summary>Tokenizes every candidate surface word of <paramref name="sentences"/> alone (after "dan" unless it
    /// opens the sentence, so capitalised names inside a sentence are treated as the tokenizer treats them).</summary>
    public static CliticEvaluationResult Evaluate(Tokenizer tokenizer, IEnumerable<ConlluSentence> sentences)
    {
        int candidates = 0, agreed = 0, goldSplits = 0, predictedSplits = 0, correctSplits = 0;
        var misses = new Dictionary<(string, string, string), int>();
        var rows = new List<TokenRow>();
        foreach (var sentence in sentences)
        {
            bool first = true;
            foreach (var pieces in SurfaceWords(sentence))
            {
                var form = string.Concat(pieces);
                bool opens = first;
                first = false;
                if (!IsCandidate(form)) continue;
                candidates++;
                var gold = string.Join('+', pieces).ToLowerInvariant();
                var text = opens ? form : "dan " + form;
                rows.Clear();
                tokenizer.Tokenize(text, new TextSpan(0, text.Length), rows);
                var predicted = string.Join('+', rows.Where(r => r.Start >= text.Length - form.Length).Select(r => text[r.Start..r.End])).ToLowerInvariant();
                bool goldSplit = pieces.Count > 1, predictedSplit = predicted.Contains('+');
                if (goldSplit) goldSplits++;
                if (predictedSplit) predictedSplits++;
                if (gold == predicted)
                {
                    agreed++;
                    if (goldSplit) correctSplits++;
                    continue;
                }
                var key = (form.ToLowerInvariant(), gold, predicted);
                misses[key] = misses.GetValueOrDefault(key) + 1;
            }
        }
        var disagreements = misses
            .Select(m => new CliticDisagreement(m.Key.Item1, m.Key.Item2, m.Key.Item3, m.Value))
            .OrderByDescending(d => d.Count).ThenBy(d => d.Form, StringComparer.Ordinal)
            .ToList();
        return new CliticEvaluationResult(candidates, agreed, goldSplits, predictedSplits, correctSplits, disagreements);
    }

    /// <summary>The sentence's surface words, each as its syntactic pieces (one piece unless it is a multiword token).</summary>
    private static IEnumerable<List<string>> SurfaceWords(ConlluSentence sentence)
    {
        List<string>? current = null;
        foreach (var word in sentence.Words)
        {
            if (word.IsMultiwordTail && current is not null) { current.Add(word.Form); continue; }
            if (current is not null) yield return current;
            current = [word.Form];
        }
        if (current is not null) yield return current;
    }

    private static bool IsCandidate(string form)
    {
        if (form.Length < 5 || form.Length > CliticSplitter.MaxWordLength) return false;
        foreach (var c in form) if (!char.IsLetter(c) && c != '-') return false;
        var lower = form.ToLowerInvariant();
        foreach (var e in Enclitics) if (lower.EndsWith(e, StringComparison.Ordinal)) return true;
        return lower.StartsWith("ku", StringComparison.Ordinal);
    }
}
