namespace Warta.Text;

/// <summary>A view of one sentence of a <see cref="Document"/>.</summary>
public readonly struct Sentence(Document doc, int index)
{
    public Document Document { get; } = doc;
    public int Index { get; } = index;

    private ref readonly SentenceRow Row => ref Document.SentenceRows[Index];

    public TextSpan Span => new(Row.Start, Row.End);
    public ReadOnlySpan<char> Text => Document.Text.AsSpan(Row.Start, Row.End - Row.Start);
    public int Paragraph => Row.Paragraph;
    /// <summary>True for a paragraph's dateline ("MOSCOW (Reuters) -"), which is not a sentence of the story.</summary>
    public bool IsDateline => Row.IsDateline;
    public int FirstToken => Row.FirstToken;
    public int TokenCount => Row.EndToken - Row.FirstToken;
    public Token this[int i] => (uint)i < (uint)TokenCount
        ? Document[Row.FirstToken + i]
        : throw new ArgumentOutOfRangeException(nameof(i));

    public IEnumerable<Token> Tokens
    {
        get
        {
            var doc = Document; int first = FirstToken, end = first + TokenCount;
            for (int i = first; i < end; i++) yield return doc[i];
        }
    }

    /// <summary>True when every token has a head and relation (the parser ran on this sentence).</summary>
    public bool IsParsed => TokenCount > 0 && Document.TokenRows[FirstToken].Relation is not null;

    /// <summary>The word that heads the sentence, or null when it was not parsed.</summary>
    public Token? Root
    {
        get
        {
            for (int i = 0; i < TokenCount; i++) if (this[i].IsRoot) return this[i];
            return null;
        }
    }

    public override string ToString() => Text.ToString();
}
