using CsCheck;
using Warta.Fuzz.Inputs;
using Warta.Languages;

namespace Warta.Fuzz.Targets;

/// <summary>
/// The analysis pipeline in each language (segmenter, tokenizer, morphology, tagger, lemmas): every span property,
/// a lemma for every word token; then both analysers directly on every token form, with affixes glued on.
/// </summary>
public sealed class MorphologyTarget(TextAnalyzer analyzer) : TextFuzzTarget
{
    private const int MaxTokensAnalysedDirectly = 2000;
    private static readonly string[] Prefixes = ["", "meng", "memper", "di", "ter", "ber", "ke", "pe", "peng", "se", "un", "re"];
    private static readonly string[] Suffixes = ["", "kan", "i", "an", "nya", "lah", "ku", "mu", "ing", "ed", "s", "'s", "ness"];

    public override string Name => "morphology";

    public override string Description =>
        "Indonesian and English morphology through the analysis pipeline: span properties, a lemma for every word token; " +
        "both analysers on every token form with affixes added";

    protected override Gen<string> TextInputs(FuzzCorpus corpus) => new MutatedText(corpus);

    protected override void CheckText(string text)
    {
        foreach (var language in LanguageCodes.Supported)
        {
            var document = analyzer.Analyze(text, "fuzz", language);
            SpanChecks.Document(document, lemmas: true);
            int analysed = 0;
            foreach (var token in document.TokenRows)
            {
                if (++analysed > MaxTokensAnalysedDirectly) break;
                var form = text[token.Start..token.End];
                var affixed = Prefixes[analysed % Prefixes.Length] + form + Suffixes[analysed % Suffixes.Length];
                foreach (var other in LanguageCodes.Supported)
                {
                    var morphology = analyzer.Packs[other].Morphology;
                    RequireLemma(morphology.Analyze(form).Lemma, other, form);
                    RequireLemma(morphology.Analyze(affixed).Lemma, other, affixed);
                }
            }
        }
    }

    private static void RequireLemma(string lemma, Language language, string form)
    {
        if (string.IsNullOrEmpty(lemma)) throw new PropertyViolation($"{language} morphology gives '{form}' no lemma");
    }
}
