namespace Warta.Actors;

/// <summary>
/// A multi-word trie over folded token forms. Each distinct token form gets a word id once, so matching a sentence
/// maps its tokens to ids and then walks integer transitions: no strings are built per token. Immutable once built.
/// </summary>
public sealed class PhraseTrie
{
    public const int Root = 0;
    public const int NoWord = -1;

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<ActorEntry>?> _nodeEntries = [null];
    private ActorEntry[][] _frozen = [];

    public PhraseTrie() => _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public int NodeCount => _nodeEntries.Count;

    /// <summary>The id of a folded token form, or <see cref="NoWord"/> when no dictionary name contains it.</summary>
    public int WordId(ReadOnlySpan<char> folded) => _wordLookup.TryGetValue(folded, out var id) ? id : NoWord;

    public bool TryStep(int node, int word, out int next) => _edges.TryGetValue(Key(node, word), out next);

    public ActorEntry[] EntriesAt(int node) => _frozen[node];

    internal void Add(ActorEntry entry)
    {
        int node = Root;
        foreach (var token in entry.Surface)
        {
            var folded = NameFolding.Fold(token);
            if (!_words.TryGetValue(folded, out var word)) _words[folded] = word = _words.Count;
            if (!_edges.TryGetValue(Key(node, word), out var next))
            {
                next = _nodeEntries.Count;
                _nodeEntries.Add(null);
                _edges[Key(node, word)] = next;
            }
            node = next;
        }
        (_nodeEntries[node] ??= []).Add(entry);
    }

    internal void Freeze() => _frozen = [.. _nodeEntries.Select(list => list is null ? [] : list.ToArray())];

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;
}
