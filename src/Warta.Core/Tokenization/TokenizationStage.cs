using Warta.Languages;
using Warta.Pipelines;
using Warta.Text;

namespace Warta.Tokenization;

/// <summary>Tokenizes every sentence with the tokenizer of the document's language.</summary>
public sealed class TokenizationStage(LanguagePackSet packs) : IStage
{
    public StageInfo Info { get; } = new("tokenize", [Attributes.Language, Attributes.Sentences], [Attributes.Tokens]);

    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        var tokenizer = packs[document.Language].Tokenizer;
        var buffer = new List<TokenRow>(64);
        for (int s = 0; s < document.SentenceCount; s++)
        {
            var row = document.SentenceRows[s];
            buffer.Clear();
            tokenizer.Tokenize(document.Text, new TextSpan(row.Start, row.End), buffer);
            document.BeginSentenceTokens(s);
            foreach (var token in buffer) document.AddToken(token);
        }
    }
}
