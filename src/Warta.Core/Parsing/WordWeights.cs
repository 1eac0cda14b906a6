using static Warta.Parsing.TransitionFeatures;

namespace Warta.Parsing;

/// <summary>
/// The transition weights of the features that depend on one word only (the bias and templates 2–21, see
/// <see cref="TransitionFeatures.OfWord"/>), looked up once per sentence for every word in every place instead of once
/// per move: a word is scored in each place for several moves, and each look-up is a cache miss in a table of megabytes.
/// <see cref="Sum"/> adds them in feature order, so the scores are the same floats as when every feature is looked up.
/// Per thread; nothing is allocated once the buffer has grown to the longest sentence.
/// </summary>
internal sealed class WordWeights
{
    private ParserModel.TransitionSlot[] _slots = new ParserModel.TransitionSlot[64 * WordFeatureCount];
    private ParserModel.TransitionSlot _bias;
    private int _count;

    /// <summary>Looks up the single-word features of every word of the sentence in <paramref name="atoms"/>, and of "no word".</summary>
    public void Fill(ParserModel model, SentenceAtoms atoms, Span<ulong> buffer)
    {
        _count = atoms.Count;
        int rows = _count + 2; // the root (0), the words, and "no word" (row Count + 1)
        if (_slots.Length < rows * WordFeatureCount) _slots = new ParserModel.TransitionSlot[Math.Max(rows, 2 * _slots.Length / WordFeatureCount) * WordFeatureCount];
        buffer[0] = Bias;
        model.FindTransitions(buffer[..1], new Span<ParserModel.TransitionSlot>(ref _bias));
        for (int word = 0; word <= _count + 1; word++)
        {
            int n = 0;
            for (int place = 0; place < PlaceCount; place++) n += OfWord((WordPlace)place, atoms, word > _count ? ArcHybrid.None : word, buffer[n..]);
            model.FindTransitions(buffer[..n], _slots.AsSpan(word * WordFeatureCount, n));
        }
    }

    /// <summary>
    /// Writes into <paramref name="scores"/> the sums of the bias's and the six places' words' weights, in feature
    /// order (the start of <see cref="ParserModel.AddTransitions"/>).
    /// </summary>
    public void Sum(ArcHybrid s, Span<float> scores)
    {
        float shift = 0, left = 0, right = 0;
        Add(in _bias, ref shift, ref left, ref right);
        int offset = 0;
        for (int place = 0; place < PlaceCount; place++)
        {
            int word = Word(s, (WordPlace)place);
            int row = (word < 0 ? _count + 1 : word) * WordFeatureCount;
            int end = offset + PlaceWidth((WordPlace)place);
            for (; offset < end; offset++) Add(in _slots[row + offset], ref shift, ref left, ref right);
        }
        scores[0] = shift; scores[1] = left; scores[2] = right;
    }

    private static void Add(in ParserModel.TransitionSlot slot, ref float shift, ref float left, ref float right)
    {
        if (slot.Key == 0) return;
        shift += slot.Shift; left += slot.Left; right += slot.Right;
    }
}

/// <summary>
/// The joint model's rows of the single-word features (as <see cref="WordWeights"/> for the transition model): found
/// once per sentence for every word in every place, added at each move in feature order.
/// </summary>
internal sealed class JointWordRows
{
    private ParserModel.RelationSlot[] _rows = new ParserModel.RelationSlot[64 * WordFeatureCount];
    private ParserModel.RelationSlot _bias;
    private int _count;

    public void Fill(ParserModel joint, SentenceAtoms atoms, Span<ulong> buffer)
    {
        _count = atoms.Count;
        int rows = _count + 2; // the root (0), the words, and "no word" (row Count + 1)
        if (_rows.Length < rows * WordFeatureCount) _rows = new ParserModel.RelationSlot[Math.Max(rows, 2 * _rows.Length / WordFeatureCount) * WordFeatureCount];
        buffer[0] = Bias;
        joint.FindRelations(buffer[..1], new Span<ParserModel.RelationSlot>(ref _bias));
        for (int word = 0; word <= _count + 1; word++)
        {
            int n = 0;
            for (int place = 0; place < PlaceCount; place++) n += OfWord((WordPlace)place, atoms, word > _count ? ArcHybrid.None : word, buffer[n..]);
            joint.FindRelations(buffer[..n], _rows.AsSpan(word * WordFeatureCount, n));
        }
    }

    /// <summary>Adds the bias's and the six places' words' rows to <paramref name="scores"/>, in feature order.</summary>
    public void Add(ParserModel joint, ArcHybrid s, Span<float> scores)
    {
        joint.AddRows(new ReadOnlySpan<ParserModel.RelationSlot>(in _bias), scores);
        int offset = 0;
        for (int place = 0; place < PlaceCount; place++)
        {
            int word = Word(s, (WordPlace)place);
            int width = PlaceWidth((WordPlace)place);
            joint.AddRows(_rows.AsSpan((word < 0 ? _count + 1 : word) * WordFeatureCount + offset, width), scores);
            offset += width;
        }
    }
}
