namespace Warta.Actors;

/// <summary>
/// A multi-word trie over folded token forms. Each distinct token form gets a word id once, so matching a sentence
/// maps its tokens to ids and then walks integer transitions: no strings are built per token. Immutable once built.
/// </summary>
public sealed class PhraseTrie
{
    public const int Root = 0;
    public const int NoWord = -1;

    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<long, int> _edges;
    private readonly List<ActorEntry[]?> _nodeEntries = [null];
    private ActorEntry[][] _frozen = [];

    /// <param name="capacity">The number of entries expected, so the tables are sized once (the Phoenix import has ~50,000).</param>
    public PhraseTrie(int capacity = 0)
    {
        _words = new(capacity, StringComparer.Ordinal);
        _edges = new(capacity * 2);
        _nodeEntries.Capacity = capacity * 2;
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int NodeCount => _frozen.Length;

    /// <summary>The id of a folded token form, or <see cref="NoWord"/> when no dictionary name contains it.</summary>
    public int WordId(ReadOnlySpan<char> folded) => _wordLookup.TryGetValue(folded, out var id) ? id : NoWord;

    public bool TryStep(int node, int word, out int next) => _edges.TryGetValue(Key(node, word), out next);

    public ActorEntry[] EntriesAt(int node) => _frozen[node];

    internal void Add(ActorEntry entry)
    {
        int node = Root;
        Span<char> buffer = stackalloc char[128];
        foreach (var token in entry.Surface)
        {
            int word;
            if (token.Length <= buffer.Length)
            {
                var folded = buffer[..token.Length];
                NameFolding.Fold(token, folded);
                if (!_wordLookup.TryGetValue(folded, out word)) _words[folded.ToString()] = word = _words.Count;
            }
            else
            {
                var folded = NameFolding.Fold(token);
                if (!_words.TryGetValue(folded, out word)) _words[folded] = word = _words.Count;
            }
            if (!_edges.TryGetValue(Key(node, word), out var next))
            {
                next = _nodeEntries.Count;
                _nodeEntries.Add(null);
                _edges[Key(node, word)] = next;
            }
            node = next;
        }
        var entries = _nodeEntries[node];
        _nodeEntries[node] = entries is null ? [entry] : [.. entries, entry];
    }

    internal void Freeze()
    {
        _frozen = new ActorEntry[_nodeEntries.Count][];
        for (int i = 0; i < _frozen.Length; i++) _frozen[i] = _nodeEntries[i] ?? [];
        _nodeEntries.Clear();
    }

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;
}
