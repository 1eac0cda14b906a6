namespace Warta.Text;

/// <summary>
/// A half-open range of characters [Start, End) in a document's original text.
/// Every offset in Warta follows this convention: End is one past the last character.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool IsEmpty => End == Start;
    public override string ToString() => $"[{Start}..{End})";
}
