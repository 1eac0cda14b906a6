using Warta.Data;
using Warta.Languages;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Tokenization;

// PLACEHOLDER — replaced by the text-layer work.
public sealed class Tokenizer
{
    public static Tokenizer Load(DataDirectory data, Language language, IWordLexicon? lexicon) => throw new NotImplementedException();

    /// <summary>Appends the tokens of <paramref name="sentence"/> (a span of <paramref name="text"/>) to <paramref name="output"/>.</summary>
    public void Tokenize(string text, TextSpan sentence, List<TokenRow> output) => throw new NotImplementedException();
}
