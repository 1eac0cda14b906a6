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

    public override string ToString() => Text.ToString();
}
