using System.Collections.Frozen;

namespace Warta.Tagging;

/// <summary>
/// Frequent words that had one tag in training (the, of, said): tagged without scoring, which is both faster and
/// keeps the perceptron from spending updates on them. Keyed by the hash of the lower-cased word.
/// </summary>
internal sealed class TagDictionary
{
    public const int MinCount = 20;
    public const double MinShare = 0.97;

    private readonly FrozenDictionary<ulong, byte> _tags;

    public TagDictionary(IEnumerable<KeyValuePair<ulong, byte>> entries) => _tags = entries.ToFrozenDictionary();

    public int Count => _tags.Count;
    public IEnumerable<KeyValuePair<ulong, byte>> Entries => _tags.OrderBy(e => e.Key);

    public bool TryGet(ulong word, out int tag)
    {
        bool found = _tags.TryGetValue(word, out var t);
        tag = t;
        return found;
    }

    /// <summary>Words seen at least <see cref="MinCount"/> times with one tag in at least <see cref="MinShare"/> of them.</summary>
    public static TagDictionary Build(IEnumerable<(ulong Word, int Tag)> occurrences)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var (word, tag) in occurrences)
        {
            if (!counts.TryGetValue(word, out var perTag)) counts[word] = perTag = new int[PerceptronModel.TagCount];
            perTag[tag]++;
        }
        var entries = new List<KeyValuePair<ulong, byte>>();
        foreach (var (word, perTag) in counts)
        {
            int total = perTag.Sum(), best = PerceptronModel.ArgMax(perTag.Select(c => (float)c).ToArray());
            if (total >= MinCount && perTag[best] >= MinShare * total) entries.Add(new(word, (byte)best));
        }
        return new TagDictionary(entries);
    }
}
