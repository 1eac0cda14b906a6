using Warta.Morphology;

namespace Warta.Text;

/// <summary>
/// The stored data of one token. Plain data owned by a <see cref="Document"/>; read it through <see cref="Token"/>.
/// The token's text is never copied: it is <c>Document.Text[Start..End]</c>.
/// </summary>
public struct TokenRow
{
    public int Start;
    public int End;
    public int Sentence;
    public TokenKind Kind;
    /// <summary>True when whitespace follows the token in the original text.</summary>
    public bool SpaceAfter;
    /// <summary>True for a clitic the tokenizer split off a word (-nya, -lah, ku-…): it shares the word's characters.</summary>
    public bool IsClitic;
    public Upos Pos;
    /// <summary>The morphological analysis; shared between all tokens of the same form, never mutated.</summary>
    public MorphAnalysis? Morph;
    /// <summary>Voice in context: from the morphology (id) or from be/get + participle (en).</summary>
    public Voice Voice;
    /// <summary>The head's 1-based position in the sentence (0: the root of the sentence); read only when <see cref="Relation"/> is set.</summary>
    public int Head;
    /// <summary>The Universal Dependencies relation to the head (nsubj, obl:agent…); null until the sentence is parsed.</summary>
    public string? Relation;
}
