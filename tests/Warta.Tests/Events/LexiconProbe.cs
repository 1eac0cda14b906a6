using Warta.Events;
using Warta.Languages;
using Warta.Text;

namespace Warta.Tests.Events;

/// <summary>Analyses a sentence and asks the lexicon about one of its words.</summary>
internal static class LexiconProbe
{
    public static Document Analyse(string text, Language language) => SharedAnalyzer.Instance.Analyze(text, "t", language);

    public static int IndexOf(Document doc, string form)
    {
        for (int i = 0; i < doc.TokenCount; i++)
            if (doc[i].Text.Equals(form, StringComparison.OrdinalIgnoreCase)) return i;
        throw new InvalidOperationException($"no token '{form}' in: {string.Join(' ', Enumerable.Range(0, doc.TokenCount).Select(i => doc[i].Form))}");
    }

    public static PredicateMatch? Verb(string text, string word, Language language, EventLexicon? lexicon = null, bool passive = false)
    {
        var doc = Analyse(text, language);
        var at = IndexOf(doc, word);
        return (lexicon ?? ShippedLexicons.For(language)).MatchVerb(doc, at, doc.TokenCount, passive ? 0 : -1);
    }

    public static PredicateMatch? Noun(string text, string word, Language language)
    {
        var doc = Analyse(text, language);
        return ShippedLexicons.For(language).MatchNoun(doc, IndexOf(doc, word), doc.TokenCount);
    }
}
