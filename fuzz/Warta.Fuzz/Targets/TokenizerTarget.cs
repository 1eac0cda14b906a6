using CsCheck;
using Warta.Fuzz.Inputs;
using Warta.Languages;
using Warta.Text;

namespace Warta.Fuzz.Targets;

/// <summary>
/// Both languages' tokenizers, on the sentences their segmenter finds and on the whole text as one sentence:
/// tokens inside the sentence, non-empty, ordered, not overlapping, in the sentence's order.
/// </summary>
public sealed class TokenizerTarget(TextAnalyzer analyzer) : TextFuzzTarget
{
    public override string Name => "tokenizer";

    public override string Description =>
        "Tokenizer (id, en) on segmented sentences and on the whole text: tokens inside the sentence, non-empty, ordered, non-overlapping";

    protected override Gen<string> TextInputs(FuzzCorpus corpus) => new MutatedText(corpus);

    protected override void CheckText(string text)
    {
        var tokens = new List<TokenRow>();
        foreach (var language in LanguageCodes.Supported)
        {
            var pack = analyzer.Packs[language];
            var sentences = pack.Segmenter.Segment(text).SelectMany(p => p.Sentences).Select(s => s.Span).Append(new TextSpan(0, text.Length));
            foreach (var sentence in sentences)
            {
                tokens.Clear();
                pack.Tokenizer.Tokenize(text, sentence, tokens);
                int previousEnd = sentence.Start;
                for (int i = 0; i < tokens.Count; i++)
                {
                    SpanChecks.Inside($"{language} token {i}", tokens[i].Start, tokens[i].End, sentence.Start, sentence.End);
                    SpanChecks.NotEmpty($"{language} token {i}", tokens[i].Start, tokens[i].End);
                    SpanChecks.After($"{language} token {i}", tokens[i].Start, previousEnd);
                    previousEnd = tokens[i].End;
                }
            }
        }
    }
}
