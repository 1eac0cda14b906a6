namespace Warta.Text;

/// <summary>
/// The stored data of one sentence: a character span, a token range [FirstToken, EndToken) and its paragraph.
/// <see cref="IsDateline"/> marks the "JAKARTA, KOMPAS.com -" head of a paragraph, which the segmenter keeps apart.
/// </summary>
public struct SentenceRow
{
    public int Start;
    public int End;
    public int FirstToken;
    public int EndToken;
    public int Paragraph;
    public bool IsDateline;
}
