using Warta.Text;

namespace Warta.Parsing;

/// <summary>
/// The dependency tree of one parsed sentence, indexed by document token: each token's head (-1 for the root) and
/// relation, and its children in sentence order. Built once per sentence by the clause reader, which hands it on with the
/// clauses (<see cref="Clauses.SentenceClauses.Tree"/>) to the coder's modality and verb-pattern stages, so that finding
/// a token's children does not scan the sentence.
/// </summary>
internal sealed class DependencyTree
{
    private readonly int[] _head;
    private readonly string[] _relation;
    private readonly int[] _childStart;
    private readonly int[] _children;

    public DependencyTree(Document doc, int sentenceIndex)
    {
        Doc = doc;
        var row = doc.SentenceRows[sentenceIndex];
        Start = row.FirstToken;
        End = row.EndToken;
        int n = End - Start;
        _head = new int[n];
        _relation = new string[n];
        _childStart = new int[n + 1];
        _children = new int[n];
        for (int i = 0; i < n; i++)
        {
            ref readonly var token = ref doc.TokenRows[Start + i];
            _relation[i] = token.Relation ?? "dep";
            _head[i] = HeadIndex(token, Start, n);
            if (_head[i] >= 0) _childStart[_head[i] - Start + 1]++;
        }
        for (int i = 0; i < n; i++) _childStart[i + 1] += _childStart[i];
        var fill = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (_head[i] < 0) continue;
            int h = _head[i] - Start;
            _children[_childStart[h] + fill[h]++] = Start + i;
        }
    }

    /// <summary>True when the parser has given the sentence's tokens heads and relations.</summary>
    public static bool IsParsed(Document doc, int sentenceIndex)
    {
        var row = doc.SentenceRows[sentenceIndex];
        return row.EndToken > row.FirstToken && doc.TokenRows[row.FirstToken].Relation is not null;
    }

    /// <summary>
    /// The document index of token <paramref name="t"/>'s head, -1 for the root or an unparsed sentence: for a reader
    /// that needs a head or two before the clause reader has built the sentence's tree.
    /// </summary>
    public static int HeadOf(Document doc, int t)
    {
        var row = doc.SentenceRows[doc.TokenRows[t].Sentence];
        return HeadIndex(doc.TokenRows[t], row.FirstToken, row.EndToken - row.FirstToken);
    }

    private static int HeadIndex(in TokenRow token, int start, int n) =>
        token.Relation is null || token.Head <= 0 || token.Head > n ? -1 : start + token.Head - 1;

    public Document Doc { get; }
    public int Start { get; }
    public int End { get; }

    /// <summary>The head of token <paramref name="t"/>, or -1 for the root.</summary>
    public int Head(int t) => _head[t - Start];

    public string Relation(int t) => _relation[t - Start];

    /// <summary>True when the relation of <paramref name="t"/> is <paramref name="wanted"/> or one of its subtypes ("obl" finds obl:tmod).</summary>
    public bool Is(int t, string wanted) => Token.RelationIs(_relation[t - Start], wanted);

    public ReadOnlySpan<int> Children(int t) => ChildSegment(t).AsSpan();

    /// <summary>The children of <paramref name="t"/> as a list that iterators can hold across a <c>yield</c>.</summary>
    public ArraySegment<int> ChildSegment(int t) => new(_children, _childStart[t - Start], _childStart[t - Start + 1] - _childStart[t - Start]);

    /// <summary>The first child of <paramref name="t"/> with relation <paramref name="wanted"/> (subtypes included), or -1.</summary>
    public int Child(int t, string wanted)
    {
        foreach (var c in Children(t))
            if (Is(c, wanted)) return c;
        return -1;
    }
}
