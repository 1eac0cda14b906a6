namespace Warta.Text;

/// <summary>What the tokenizer recognised a token as, before any tagging.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Date,
    Url,
    Email,
    Punctuation,
    Symbol,
}
