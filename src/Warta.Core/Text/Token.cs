using Warta.Morphology;

namespace Warta.Text;

/// <summary>A view of one token of a <see cref="Document"/>: (document, index). Cheap to copy, never copies text.</summary>
public readonly struct Token(Document doc, int index)
{
    public Document Document { get; } = doc;
    public int Index { get; } = index;

    private ref readonly TokenRow Row => ref Document.TokenRows[Index];

    public TextSpan Span => new(Row.Start, Row.End);
    public ReadOnlySpan<char> Text => Document.Text.AsSpan(Row.Start, Row.End - Row.Start);
    /// <summary>The token text as a new string; prefer <see cref="Text"/> in hot paths.</summary>
    public string Form => Text.ToString();
    public TokenKind Kind => Row.Kind;
    public bool SpaceAfter => Row.SpaceAfter;
    public bool IsClitic => Row.IsClitic;
    public Upos Pos => Row.Pos;
    public MorphAnalysis? Morph => Row.Morph;
    public Voice Voice => Row.Voice;
    public int SentenceIndex => Row.Sentence;

    /// <summary>The dependency relation to the head (nsubj, obj, obl:agent…), or null when the sentence was not parsed.</summary>
    public string? Relation => Row.Relation;
    /// <summary>True for the word that heads the sentence (relation root).</summary>
    public bool IsRoot => Row.Relation is not null && Row.Head == 0;
    /// <summary>The head word, or null for the root and for an unparsed sentence.</summary>
    public Token? Head
    {
        get
        {
            ref readonly var row = ref Row;
            if (row.Relation is null || row.Head == 0) return null;
            return Document[Document.SentenceRows[row.Sentence].FirstToken + row.Head - 1];
        }
    }

    /// <summary>The words whose head is this one, in sentence order (none when the sentence was not parsed).</summary>
    public IEnumerable<Token> Children
    {
        get
        {
            var doc = Document;
            var sentence = doc.SentenceRows[Row.Sentence];
            int position = Index - sentence.FirstToken + 1;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var row = doc.TokenRows[i];
                if (row.Relation is not null && row.Head == position) yield return doc[i];
            }
        }
    }

    /// <summary>The children with the given relation (exact, or the relation without its subtype: "nsubj" finds nsubj:pass).</summary>
    public IEnumerable<Token> ChildrenWith(string relation) => Children.Where(c => RelationIs(c.Relation, relation));

    /// <summary>True when <paramref name="actual"/> is <paramref name="wanted"/> or <paramref name="wanted"/> plus a ":subtype".</summary>
    public static bool RelationIs(string? actual, string wanted) =>
        actual is not null && actual.StartsWith(wanted, StringComparison.Ordinal)
        && (actual.Length == wanted.Length || (actual[wanted.Length] == ':' && !wanted.Contains(':')));
    public override string ToString() => $"{Form}/{Pos}";
}
