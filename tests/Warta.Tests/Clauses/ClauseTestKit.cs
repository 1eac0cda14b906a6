using Warta.Clauses;
using Warta.Languages;
using Warta.Text;

namespace Warta.Tests.Clauses;

/// <summary>Builds the clauses of a one-sentence text with the shipped tagger, mention finder and clause words.</summary>
internal static class ClauseTestKit
{
    private static readonly DateOnly Published = new(2024, 1, 10);

    public static (Document Doc, List<Clause> Clauses) Build(string sentence, Language language)
    {
        var coder = SharedCoder.Instance;
        var doc = coder.Analyzer.Analyze(sentence, "t", language, Published);
        Assert.Equal(1, doc.SentenceCount);
        var mentions = coder.Resources.Mentions.Find(doc, 0, Published);
        return (doc, coder.Resources.For(language).Clauses.Build(doc, 0, mentions));
    }

    /// <summary>The clause whose predicate is written <paramref name="verb"/>.</summary>
    public static Clause Verb(Document doc, List<Clause> clauses, string verb) =>
        Assert.Single(clauses, c => doc[c.Predicate].Form == verb);

    public static string PhraseText(Document doc, Phrase phrase) =>
        doc.Text[doc.TokenRows[phrase.Start].Start..doc.TokenRows[phrase.End - 1].End];

    public static string Texts(Document doc, IEnumerable<Phrase> phrases) => string.Join(" | ", phrases.Select(p => PhraseText(doc, p)));

    public static string Word(Document doc, int token) => token < 0 ? "" : doc[token].Form;
}
