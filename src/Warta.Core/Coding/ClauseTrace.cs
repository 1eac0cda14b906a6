using Warta.Clauses;
using Warta.Events;

namespace Warta.Coding;

/// <summary>
/// One clause as the coder saw it, for <c>explain</c>: the lexicon match (or none), the clause that hosts a noun,
/// and what came of it (coded, or why not).
/// </summary>
public sealed record ClauseTrace(int Sentence, Clause Clause, PredicateMatch? Match, int? Host)
{
    public string Outcome { get; set; } = "";
}
