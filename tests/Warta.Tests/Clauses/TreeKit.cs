using Warta.Clauses;
using Warta.Languages;
using Warta.Parsing;
using Warta.Text;

namespace Warta.Tests.Clauses;

/// <summary>
/// Reads the clauses of one sentence from a dependency tree written by hand, so a test needs no parser model:
/// each word is "form/UPOS/head/relation" (head 1-based, 0 for the root). The sentence goes through the shipped
/// tokenizer, morphology and mention finder; the tags and the tree are then set from the spec.
/// </summary>
internal static class TreeKit
{
    private static readonly DateOnly Published = new(2024, 1, 10);

    public static (Document Doc, List<Clause> Clauses) Read(string spec, Language language)
    {
        var (doc, scan, mentions, words) = Build(spec, language);
        return (doc, new TreeClauseReader(words).Read(scan, new DependencyTree(doc, 0), mentions));
    }

    /// <summary>The tree's clause of the event noun <paramref name="noun"/> (its form) of a sentence given as in <see cref="Read"/>.</summary>
    public static (Document Doc, Clause Clause) ReadNominal(string spec, Language language, string noun)
    {
        var (doc, scan, mentions, words) = Build(spec, language);
        var tree = new DependencyTree(doc, 0);
        int t = Enumerable.Range(0, doc.TokenCount).First(i => doc[i].Form == noun);
        return (doc, new TreeNominalReader(words, tree, new TreePhrases(tree, scan, mentions), scan).Read(t, 0));
    }

    private static (Document Doc, SentenceScan Scan, IReadOnlyList<Warta.Actors.Mention> Mentions, ClauseWords Words) Build(string spec, Language language)
    {
        var words = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Split('/')).ToArray();
        var coder = SharedCoder.Instance;
        var doc = coder.Analyzer.Analyze(string.Join(' ', words.Select(w => w[0])), "t", language, Published);
        Assert.Equal(1, doc.SentenceCount);
        Assert.Equal(words.Select(w => w[0]), Enumerable.Range(0, doc.TokenCount).Select(i => doc[i].Form));
        var rows = doc.MutableTokens;
        for (int i = 0; i < words.Length; i++)
        {
            rows[i].Pos = Enum.Parse<Upos>(words[i][1]);
            doc.SetDependency(0, i + 1, int.Parse(words[i][2]), words[i][3]);
        }
        var mentions = coder.Resources.Mentions.Find(doc, 0, Published);
        var clauseWords = coder.Resources.For(language).Clauses.Words;
        var scan = new SentenceScan(doc, 0, mentions, clauseWords, startsInQuote: false);
        return (doc, scan, mentions, clauseWords);
    }
}
