namespace Warta.Actors;

/// <summary>
/// A multi-word trie over folded token forms. Each distinct token form gets a word id once, so matching a sentence
/// maps its tokens to ids and then walks integer transitions: no strings are built per token. Immutable once built.
/// A node's entries are either held (hand files, user folders) or parsed from deferred lines on first use
/// (<see cref="DeferredActorLines"/>); either way <see cref="EntriesAt"/> gives them in file order.
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
    // While building: (node << 32 | line) per deferred name. Frozen: per node, its deferred lines are
    // _deferredLines[_deferredStart[node].._deferredStart[node + 1]], and their entries once parsed are _resolved[node].
    private readonly List<long> _deferredBuild = [];
    private int[] _deferredStart = [];
    private int[] _deferredLines = [];
    private ActorEntry[]?[] _resolved = [];
    private DeferredActorLines? _lines;

    /// <param name="capacity">The number of names expected, so the tables are sized once (the Phoenix import has ~45,000).</param>
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
        if (node + 1 >= _deferredStart.Length || _deferredStart[node] == _deferredStart[node + 1]) return _frozen[node];
        return Volatile.Read(ref _resolved[node]) ?? Resolve(node);
    }

    internal void Add(ActorEntry entry)
    {
        int node = Root;
        foreach (var token in entry.Surface) node = Step(node, token);
        var entries = _nodeEntries[node];
        _nodeEntries[node] = entries is null ? [entry] : [.. entries, entry];
    }

    /// <summary>
    /// Adds a name of a deferred line, split into tokens as <see cref="NameFolding.SplitTokens"/> splits it (at
    /// spaces, "'s" apart) without building strings: its entries are parsed when a text first reaches the name.
    /// </summary>
    internal void AddDeferred(ReadOnlySpan<char> name, int line)
    {
        int node = Root;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty) continue;
            if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)))
                node = Step(Step(node, word[..^2]), word[^2..]);
            else node = Step(node, word);
        }
        _deferredBuild.Add(((long)node << 32) | (uint)line);
    }

    /// <summary>The node after <paramref name="node"/> on <paramref name="token"/>, created when missing.</summary>
    private int Step(int node, ReadOnlySpan<char> token)
    {
        int word;
        if (token.Length <= 128)
        {
            Span<char> folded = stackalloc char[token.Length];
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
        return next;
    }

    /// <param name="lines">The source of the lines given to <see cref="AddDeferred"/>.</param>
    internal void Freeze(DeferredActorLines? lines = null)
    {
        _frozen = new ActorEntry[_nodeEntries.Count][];
        for (int i = 0; i < _frozen.Length; i++) _frozen[i] = _nodeEntries[i] ?? [];
        _nodeEntries.Clear();
        if (lines is null || _deferredBuild.Count == 0) return;
        _lines = lines;
        // Lines were added in file order, so sorting by (node, line) keeps each node's lines in file order.
        var pairs = _deferredBuild.ToArray();
        _deferredBuild.Clear();
        Array.Sort(pairs);
        _deferredStart = new int[_frozen.Length + 1];
        var nodeLines = new List<int>(pairs.Length);
        for (int i = 0; i < pairs.Length; i++)
        {
            if (i > 0 && pairs[i] == pairs[i - 1]) continue;  // two names of one line that fold alike
            int node = (int)(pairs[i] >> 32);
            _deferredStart[node + 1]++;
            nodeLines.Add((int)pairs[i]);
        }
        for (int n = 0; n < _frozen.Length; n++) _deferredStart[n + 1] += _deferredStart[n];
        _deferredLines = [.. nodeLines];
        _resolved = new ActorEntry[]?[_frozen.Length];
    }

    /// <summary>
    /// A node's entries in the order an eager load gives them: the shipped hand files, then the deferred (generated)
    /// lines in file order, then user folders.
    /// </summary>
    private ActorEntry[] Resolve(int node)
    {
        var lines = _deferredLines.AsSpan(_deferredStart[node], _deferredStart[node + 1] - _deferredStart[node]);
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
