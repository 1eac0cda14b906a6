using Warta.Parsing;
namespace Warta.Clauses;

/// <summary>
/// The clauses of one sentence and the reading of it they came from, so that the clause of an event noun is found
/// from the same reading instead of a new one.
/// </summary>
public sealed class SentenceClauses
{
    private readonly ClauseBuilder _builder;
    private readonly SentenceScan _scan;

    private readonly TreeNominalReader? _nominals;

    internal SentenceClauses(ClauseBuilder builder, SentenceScan scan, List<Clause> clauses, DependencyTree? tree = null,
        TreeNominalReader? nominals = null)
    {
        _builder = builder;
        _scan = scan;
        Clauses = clauses;
        Tree = tree;
        _nominals = nominals;
    }

    /// <summary>The dependency tree the clauses were read from; null when the sentence was read from its tags alone.</summary>
    internal DependencyTree? Tree { get; }

    /// <summary>The verb clauses, in order.</summary>
    public List<Clause> Clauses { get; }

    /// <summary>True when a quote opened in the sentence (or before it) is still open at its end.</summary>
    public bool EndsInQuote => _scan.EndsInQuote;

    /// <summary>True when the reading takes token <paramref name="t"/> for a common noun (the tag, or a verb in -s after a preposition).</summary>
    public bool IsNoun(int t) => _scan.Pos(t) == Text.Upos.NOUN;

    /// <summary>
    /// A clause for an event noun (serangan, sanksi, attack): the phrases after it within its noun phrase and the
    /// prepositional phrases that follow; in a parsed sentence (tree reading <c>nominal</c>) with what the noun's
    /// dependents in the tree add (<see cref="TreeNominalReader"/>). <paramref name="index"/> is the index the clause is known by.
    /// </summary>
    public Clause BuildNominal(int noun, int index)
    {
        var tagged = _builder.BuildNominal(_scan, noun, index);
        return _nominals is null ? tagged : TreeNominalReader.Fill(tagged, _nominals.Read(noun, index));
    }
}
