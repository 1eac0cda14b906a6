using Warta.Actors;
using Warta.Parsing;
using Warta.Text;

namespace Warta.Clauses;

/// <summary>
/// The clause reader the coder calls. An unparsed sentence is read from its tags (<see cref="ClauseBuilder"/>); a parsed
/// one also from its dependency tree (<see cref="TreeClauseReader"/>), and the tree then sets the parts of each clause
/// the language's clause words list (<c>tree-reading</c>, see <see cref="TreeReadings"/>), or all of them. Both
/// readings give the same <see cref="Clause"/> model; event nouns are read from the tags, and in a parsed sentence also
/// from their dependents in the tree when the language lists <c>tree-reading nominal</c>.
/// </summary>
public sealed class ClauseReader
{
    private readonly ClauseBuilder _tags;
    private readonly TreeClauseReader? _tree;
    private readonly TreeReadings _readings;

    public ClauseReader(ClauseWords words)
    {
        _tags = new ClauseBuilder(words);
        _readings = words.TreeReadings;
        _tree = _readings != TreeReadings.None ? new TreeClauseReader(words) : null;
    }

    public ClauseWords Words => _tags.Words;

    /// <summary>True when sentence <paramref name="sentenceIndex"/> will be read from its tree.</summary>
    public bool ReadsTree(Document doc, int sentenceIndex) => _tree is not null && DependencyTree.IsParsed(doc, sentenceIndex);

    /// <summary>The verb clauses of sentence <paramref name="sentenceIndex"/>, in order.</summary>
    public List<Clause> Build(Document doc, int sentenceIndex, IReadOnlyList<Mention> mentions, bool startsInQuote = false,
        IReadOnlyList<Dates.DateMention>? dates = null) => Read(doc, sentenceIndex, mentions, startsInQuote, dates).Clauses;

    /// <summary>Reads sentence <paramref name="sentenceIndex"/> once: its verb clauses, its quotes, and the reading event nouns are read from.</summary>
    public SentenceClauses Read(Document doc, int sentenceIndex, IReadOnlyList<Mention> mentions, bool startsInQuote = false,
        IReadOnlyList<Dates.DateMention>? dates = null)
    {
        if (!ReadsTree(doc, sentenceIndex)) return _tags.Read(doc, sentenceIndex, mentions, startsInQuote, dates);
        var scan = new SentenceScan(doc, sentenceIndex, mentions, Words, startsInQuote, dates);
        var tree = new DependencyTree(doc, sentenceIndex);
        var fromTree = _tree!.Read(scan, tree, mentions);
        var nominals = _readings.HasFlag(TreeReadings.Nominal) || _readings.HasFlag(TreeReadings.All)
            ? new TreeNominalReader(Words, tree, new TreePhrases(tree, scan, mentions), scan) : null;
        if (_readings.HasFlag(TreeReadings.All)) return new SentenceClauses(_tags, scan, fromTree, tree, nominals);
        var tagged = _tags.Read(doc, scan);
        var merged = ClauseMerger.Merge(tagged.Clauses, fromTree, _readings, phrase => TreeClauseReader.NamesActor(scan, phrase));
        // The tree can make a clause a chain the tags did not ("to \"turn the Aegean …\""): its conjuncts are joined again.
        FiniteConjuncts.Rejoin(merged, scan);
        return new SentenceClauses(_tags, scan, merged, tree, nominals);
    }
}
