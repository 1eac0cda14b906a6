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
    private readonly SingleWordSlots<ParserModel.TransitionSlot, TransitionLookup> _words = new();

    /// <summary>Looks up the single-word features of every word of the sentence in <paramref name="atoms"/>, and of "no word".</summary>
    public void Fill(ParserModel model, SentenceAtoms atoms, Span<ulong> buffer) => _words.Fill(model, atoms, buffer);

    /// <summary>
    /// Writes into <paramref name="scores"/> the sums of the bias's and the six places' words' weights, in feature
    /// order (the start of <see cref="ParserModel.AddTransitions"/>).
    /// </summary>
    public void Sum(ArcHybrid s, Span<float> scores)
    {
        float shift = 0, left = 0, right = 0;
        Add(in _words.BiasSlot, ref shift, ref left, ref right);
        var slots = _words.Slots;
        int offset = 0;
        for (int place = 0; place < PlaceCount; place++)
        {
            int row = _words.RowOf(s, (WordPlace)place);
            int end = offset + PlaceWidth((WordPlace)place);
            for (; offset < end; offset++) Add(in slots[row + offset], ref shift, ref left, ref right);
        }
        scores[0] = shift; scores[1] = left; scores[2] = right;
    }

    private static void Add(in ParserModel.TransitionSlot slot, ref float shift, ref float left, ref float right)
    {
        if (slot.Key == 0) return;
        shift += slot.Shift; left += slot.Left; right += slot.Right;
    }

    private readonly struct TransitionLookup : ISlotLookup<ParserModel.TransitionSlot>
    {
        public static void Find(ParserModel model, ReadOnlySpan<ulong> keys, Span<ParserModel.TransitionSlot> found) =>
            model.FindTransitions(keys, found);
    }
}

/// <summary>
/// The joint model's rows of the single-word features (as <see cref="WordWeights"/> for the transition model): found
/// once per sentence for every word in every place, added at each move in feature order.
/// </summary>
internal sealed class JointWordRows
{
    private readonly SingleWordSlots<ParserModel.RelationSlot, RowLookup> _words = new();

    public void Fill(ParserModel joint, SentenceAtoms atoms, Span<ulong> buffer) => _words.Fill(joint, atoms, buffer);

    /// <summary>Adds the bias's and the six places' words' rows to <paramref name="scores"/>, in feature order.</summary>
    public void Add(ParserModel joint, ArcHybrid s, Span<float> scores)
    {
        joint.AddRows(new ReadOnlySpan<ParserModel.RelationSlot>(in _words.BiasSlot), scores);
        int offset = 0;
        for (int place = 0; place < PlaceCount; place++)
        {
            int width = PlaceWidth((WordPlace)place);
            joint.AddRows(_words.Slots.AsSpan(_words.RowOf(s, (WordPlace)place) + offset, width), scores);
            offset += width;
        }
    }

    private readonly struct RowLookup : ISlotLookup<ParserModel.RelationSlot>
    {
        public static void Find(ParserModel model, ReadOnlySpan<ulong> keys, Span<ParserModel.RelationSlot> found) =>
            model.FindRelations(keys, found);
    }
}

/// <summary>How a model finds the slots of a list of feature keys (a transition slot or a relation row per key).</summary>
internal interface ISlotLookup<TSlot>
{
    static abstract void Find(ParserModel model, ReadOnlySpan<ulong> keys, Span<TSlot> found);
}

/// <summary>
/// The slots of the bias and of the single-word features of every word of a sentence (the root, the words and "no
/// word"), found once per sentence for <see cref="WordWeights"/> and <see cref="JointWordRows"/>. The buffer grows to
/// the longest sentence and then nothing is allocated.
/// </summary>
internal sealed class SingleWordSlots<TSlot, TLookup> where TSlot : struct where TLookup : ISlotLookup<TSlot>
{
    private TSlot[] _slots = new TSlot[64 * WordFeatureCount];
    private TSlot _bias;
    private int _count;

    public TSlot[] Slots => _slots;

    public ref readonly TSlot BiasSlot => ref _bias;

    public void Fill(ParserModel model, SentenceAtoms atoms, Span<ulong> buffer)
    {
        _count = atoms.Count;
        int rows = _count + 2; // the root (0), the words, and "no word" (row Count + 1)
        if (_slots.Length < rows * WordFeatureCount) _slots = new TSlot[Math.Max(rows, 2 * _slots.Length / WordFeatureCount) * WordFeatureCount];
        buffer[0] = Bias;
        TLookup.Find(model, buffer[..1], new Span<TSlot>(ref _bias));
        for (int word = 0; word <= _count + 1; word++)
        {
            int n = 0;
            for (int place = 0; place < PlaceCount; place++) n += OfWord((WordPlace)place, atoms, word > _count ? ArcHybrid.None : word, buffer[n..]);
            TLookup.Find(model, buffer[..n], _slots.AsSpan(word * WordFeatureCount, n));
        }
    }

    /// <summary>Where, in <see cref="Slots"/>, the row of the word in <paramref name="place"/> of <paramref name="s"/> starts.</summary>
    public int RowOf(ArcHybrid s, WordPlace place)
    {
        int word = Word(s, place);
        return (word < 0 ? _count + 1 : word) * WordFeatureCount;
    }
}
