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
    private readonly Dictionary<int, List<int>> _deferredBuild = [];
    // Per node, the deferred lines with a name ending there (null for most nodes), and their entries once parsed.
    private int[]?[] _deferred = [];
    private ActorEntry[]?[] _resolved = [];
    private DeferredActorLines? _lines;

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

    public ActorEntry[] EntriesAt(int node)
    {
        if (node >= _deferred.Length || _deferred[node] is not { } lines) return _frozen[node];
        return Volatile.Read(ref _resolved[node]) ?? Resolve(node, lines);
    }

    internal void Add(ActorEntry entry)
    {
        int node = AddPath(entry.Surface);
        var entries = _nodeEntries[node];
        _nodeEntries[node] = entries is null ? [entry] : [.. entries, entry];
    }

    /// <summary>Adds a name of a deferred line: its entries are parsed when a text first reaches the name.</summary>
    internal void AddDeferred(string[] surface, int line)
    {
        int node = AddPath(surface);
        if (!_deferredBuild.TryGetValue(node, out var lines)) _deferredBuild[node] = lines = [];
        if (lines.Count == 0 || lines[^1] != line) lines.Add(line);
    }

    private int AddPath(string[] surface)
    {
        int node = Root;
        Span<char> buffer = stackalloc char[128];
        foreach (var token in surface)
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
        return node;
    }

    /// <param name="lines">The source of the lines given to <see cref="AddDeferred"/>.</param>
    internal void Freeze(DeferredActorLines? lines = null)
    {
        _frozen = new ActorEntry[_nodeEntries.Count][];
        for (int i = 0; i < _frozen.Length; i++) _frozen[i] = _nodeEntries[i] ?? [];
        _nodeEntries.Clear();
        if (lines is null || _deferredBuild.Count == 0) return;
        _lines = lines;
        _deferred = new int[]?[_frozen.Length];
        _resolved = new ActorEntry[]?[_frozen.Length];
        foreach (var (node, list) in _deferredBuild) _deferred[node] = [.. list];
        _deferredBuild.Clear();
    }

    /// <summary>
    /// A node's entries in the order an eager load gives them: the shipped hand files, then the deferred (generated)
    /// lines in file order, then user folders.
    /// </summary>
    private ActorEntry[] Resolve(int node, int[] lines)
    {
        var eager = _frozen[node];
        var all = new List<ActorEntry>(eager.Length + lines.Length);
        foreach (var e in eager) if (e.Layer == 0) all.Add(e);
        foreach (var line in lines)
            foreach (var e in _lines!.Entries(line))
                if (NodeOf(e.Surface) == node) all.Add(e);
        foreach (var e in eager) if (e.Layer > 0) all.Add(e);
        var resolved = all.ToArray();
        return Interlocked.CompareExchange(ref _resolved[node], resolved, null) ?? resolved;
    }

    private int NodeOf(string[] surface)
    {
        int node = Root;
        Span<char> buffer = stackalloc char[128];
        foreach (var token in surface)
        {
            int word;
            if (token.Length <= buffer.Length)
            {
                NameFolding.Fold(token, buffer[..token.Length]);
                word = WordId(buffer[..token.Length]);
            }
            else word = WordId(NameFolding.Fold(token));
            if (word == NoWord || !TryStep(node, word, out node)) return -1;
        }
        return node;
    }

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;
}
