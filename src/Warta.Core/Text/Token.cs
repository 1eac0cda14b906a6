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
    public override string ToString() => $"{Form}/{Pos}";
}
