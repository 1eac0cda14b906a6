using Warta.Tagging;

namespace Warta.Parsing;

/// <summary>
/// Tells which annotation convention a sentence most resembles, for a language whose treebanks disagree (Indonesian:
/// GSD labels noun–noun modifiers compound, CSUI and PUD nmod). A linear model over the sentence's lower-cased words and word pairs,
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
        int n = atoms.Count * KeysPerWord;
        for (int k = 0; k < n; k++)
            if (_weights.TryGetValue(Key(atoms, k), out float w)) score += w;
        return score > 0 ? 1UL : 2UL;
    }

    /// <summary>Each word gives two keys: itself and the pair it makes with the word before (the root before the first).</summary>
    private const int KeysPerWord = 2;

    /// <summary>
    /// The k-th key of a sentence: the word, then the word pair. Pairs carry what single words share between the
    /// treebanks (news reporting in CSUI, "kata X", against encyclopedic GSD); on the held-out block they lifted
    /// LAS by 0.1–0.2 at every iteration (docs/parser.md, tenth round).
    /// </summary>
    private static ulong Key(SentenceAtoms atoms, int k)
    {
        int i = k / KeysPerWord + 1;
        return k % KeysPerWord == 0 ? atoms.Words[i] : FeatureHash.Of(950, atoms.Words[i - 1], atoms.Words[i]);
    }

    /// <summary>
    /// An averaged perceptron over the sentence's words and word pairs (and a bias, kept as <see cref="Prior"/>), trained in a seeded
    /// order; <paramref name="first"/> marks the first convention's sentences. Deterministic. (Naive Bayes word
    /// log-odds, the first version, recognised only a quarter of unseen GSD sentences in a 5-fold split of the
    /// training files, the perceptron about half; docs/parser.md.)
    /// </summary>
    public static StyleClassifier Train(IReadOnlyList<SentenceAtoms> sentences, IReadOnlyList<bool> first, int epochs = 10)
    {
        var weights = new Dictionary<ulong, (float Weight, double Total, int Stamp)>();
        float bias = 0;
        double biasTotal = 0;
        int biasStamp = 0, step = 0;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Tagging.SplitMix64(Seed);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                step++;
                var atoms = sentences[s];
                float score = bias;
                int keys = atoms.Count * KeysPerWord;
                for (int k = 0; k < keys; k++)
                    if (weights.TryGetValue(Key(atoms, k), out var w)) score += w.Weight;
                int truth = first[s] ? 1 : -1;
                if (score * truth > 0) continue;
                biasTotal += (double)(step - biasStamp) * bias;
                biasStamp = step;
                bias += truth;
                for (int k = 0; k < keys; k++)
                {
                    ulong key = Key(atoms, k);
                    var w = weights.GetValueOrDefault(key);
                    weights[key] = (w.Weight + truth, w.Total + (double)(step - w.Stamp) * w.Weight, step);
                }
            }
        }
        float Averaged(float weight, double total, int stamp) => step == 0 ? 0 : (float)((total + (double)(step - stamp) * weight) / step);
        var averaged = weights.Select(p => (p.Key, Averaged(p.Value.Weight, p.Value.Total, p.Value.Stamp)))
            .Where(p => p.Item2 != 0).OrderBy(p => p.Key).ToList();
        return new StyleClassifier(Averaged(bias, biasTotal, biasStamp), averaged);
    }

    private const ulong Seed = 0x5354594C45UL; // "STYLE"
}
