using Warta.Morphology;

namespace Warta.Clauses;

/// <summary>A noun phrase: tokens [<see cref="Start"/>, <see cref="End"/>), document-wide, and the preposition that governs it (-1 for none).</summary>
public readonly record struct Phrase(int Start, int End, int Preposition)
{
    public bool IsGoverned => Preposition >= 0;
    public bool Contains(int token) => token >= Start && token < End;
    public bool Overlaps(Phrase other) => Start < other.End && other.Start < End;
}

/// <summary>How a clause is joined to what comes before it: the word at its left edge.</summary>
public enum ClauseOpener : byte
{
    /// <summary>Nothing: a main clause, or the first clause of the sentence.</summary>
    None,
    /// <summary>A relative pronoun (yang, who, which): the subject is the antecedent noun phrase.</summary>
    Relative,
    /// <summary>bahwa, that: a complement clause, usually of a speech verb.</summary>
    Complement,
    /// <summary>untuk, agar, to, or a verb directly before: the clause is governed by the previous predicate.</summary>
    Chain,
    /// <summary>dan, namun, a comma: a verb phrase coordinated with the previous one (shared subject).</summary>
    Coordinated,
    /// <summary>ketika, setelah, when, after: an adverbial clause.</summary>
    Subordinate,
    /// <summary>jika, apabila, if, unless: a conditional clause.</summary>
    Condition,
}

/// <summary>
/// A predicate with its arguments as noun phrases, in surface order; <see cref="Voice"/> says how to read them
/// (the surface subject of a passive is its patient). The event coder maps the phrases to actors.
/// </summary>
public sealed class Clause
{
    public required int Index { get; init; }
    /// <summary>The predicate token: a verb, or an event noun for a nominal clause.</summary>
    public required int Predicate { get; init; }
    public required bool IsNominal { get; init; }
    public required Voice Voice { get; set; }
    /// <summary>The clause's token range, half-open.</summary>
    public int Start { get; set; }
    public int End { get; set; }
    public ClauseOpener Opener { get; set; }
    /// <summary>The token that opened the clause (yang, bahwa, untuk, jika…), or -1.</summary>
    public int OpenerToken { get; set; } = -1;
    /// <summary>The surface subject; several phrases when coordinated (A dan B).</summary>
    public List<Phrase> Subject { get; } = [];
    /// <summary>Set when the subject is not written: the clause whose subject this one shares.</summary>
    public int SubjectFrom { get; set; } = -1;
    /// <summary>The antecedent of a relative clause (the phrase before yang/who).</summary>
    public Phrase? Antecedent { get; set; }
    /// <summary>The clause that governs this one: a chain verb (mencoba untuk …) or a speech verb (mengatakan bahwa …).</summary>
    public int Governor { get; set; } = -1;
    /// <summary>Ungoverned noun phrases after the predicate, the direct object first.</summary>
    public List<Phrase> Objects { get; } = [];
    /// <summary>Prepositional phrases after the predicate; the agent phrase (oleh, by) is in <see cref="Agent"/>.</summary>
    public List<Phrase> Obliques { get; } = [];
    public List<Phrase> Agent { get; } = [];
    /// <summary>Tokens of the verb group before the predicate (auxiliaries, negators, adverbs).</summary>
    public int GroupStart { get; set; }
    public bool InQuote { get; set; }

    public override string ToString() => $"clause {Index} @{Predicate} {Voice} subj[{string.Join(",", Subject)}] obj[{string.Join(",", Objects)}] obl[{string.Join(",", Obliques)}] agent[{string.Join(",", Agent)}]";
}
