namespace Warta.Parsing;

/// <summary>
/// Tells which annotation convention a sentence most resembles, for a language whose treebanks disagree (Indonesian:
/// GSD labels noun–noun modifiers compound, CSUI and PUD nmod). Naive Bayes over the sentence's lower-cased words,
/// trained on the training files labelled by treebank; the parser's relation features are conjoined with its answer,
/// so one model learns both conventions. Style 0 means no classifier (one convention).
/// </summary>
internal sealed class StyleClassifier
{
    private readonly Dictionary<ulong, float> _weights;

    public StyleClassifier(float prior, IReadOnlyList<(ulong Word, float Weight)> weights)
    {
        Prior = prior;
        _weights = weights.ToDictionary(w => w.Word, w => w.Weight);
    }

    public float Prior { get; }
    public IEnumerable<(ulong Word, float Weight)> Weights => _weights.OrderBy(p => p.Key).Select(p => (p.Key, p.Value));

    /// <summary>1 when the sentence reads like the first convention's treebanks, otherwise 2.</summary>
    public ulong Classify(SentenceAtoms atoms)
    {
        float score = Prior;
        for (int i = 1; i <= atoms.Count; i++)
            if (_weights.TryGetValue(atoms.Words[i], out float w)) score += w;
        return score > 0 ? 1UL : 2UL;
    }

    /// <summary>Log-odds of each word seen at least twice, add-one smoothed; <paramref name="first"/> marks the first convention's sentences.</summary>
    public static StyleClassifier Train(IReadOnlyList<SentenceAtoms> sentences, IReadOnlyList<bool> first)
    {
        var counts = new Dictionary<ulong, (int A, int B)>();
        long totalA = 0, totalB = 0;
        int sentencesA = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            if (first[s]) sentencesA++;
            for (int i = 1; i <= sentences[s].Count; i++)
            {
                var c = counts.GetValueOrDefault(sentences[s].Words[i]);
                counts[sentences[s].Words[i]] = first[s] ? (c.A + 1, c.B) : (c.A, c.B + 1);
                if (first[s]) totalA++; else totalB++;
            }
        }
        int vocabulary = counts.Count;
        var weights = counts.Where(p => p.Value.A + p.Value.B >= 2).OrderBy(p => p.Key)
            .Select(p => (p.Key, (float)(Math.Log((p.Value.A + 1.0) / (totalA + vocabulary)) - Math.Log((p.Value.B + 1.0) / (totalB + vocabulary)))))
            .ToList();
        int sentencesB = sentences.Count - sentencesA;
        float prior = (float)Math.Log((sentencesA + 1.0) / (sentencesB + 1.0));
        return new StyleClassifier(prior, weights);
    }
}
