namespace Warta.Events;

/// <summary>Whether a lexicon entry is triggered by a verb (<c>V</c>) or an event noun (<c>N</c>: serangan, sanctions).</summary>
public enum PredicateKind : byte { Verb, Noun }

/// <summary>
/// One line of a predicates file, expanded to one cue: the predicate (head word plus particles that must follow it),
/// the CAMEO code, the cue phrase that must occur in its clause (or none), and hints for finding the actors.
/// </summary>
public sealed record PredicateEntry
{
    public required string Language { get; init; }
    public required PredicateKind Kind { get; init; }
    /// <summary>As written: "menyerahkan", "call for", "bekerja sama".</summary>
    public required string Predicate { get; init; }
    public required string Code { get; init; }
    /// <summary>The cue words (lower case) that refine the code, or empty for the predicate's default.</summary>
    public IReadOnlyList<string> Cue { get; init; } = [];
    /// <summary>Prepositions that introduce the target (kepada, terhadap, on, against); empty when the object is the target.</summary>
    public IReadOnlyList<string> TargetPrepositions { get; init; } = [];
    /// <summary>Prepositions that introduce the source of a nominal event (permintaan dari X, request from X).</summary>
    public IReadOnlyList<string> SourcePrepositions { get; init; } = [];
    /// <summary>The event holds in both directions (bertemu dengan X, clash with).</summary>
    public bool Reciprocal { get; init; }
    /// <summary>A speech verb: it may report an embedded event, and is itself a statement when nothing more is said.</summary>
    public bool Speech { get; init; }
    /// <summary>A verb of saying or judging whose cue is a verdict on what it reports: the cue may stand in the reported
    /// clause (<i>menyebut penangkapan itu tidak dapat diterima</i>), which the clause builder made a clause of its own.</summary>
    public bool Verdict { get; init; }
    /// <summary>The code of the act when the text names no party as its target (flag <c>untargeted:150</c>): a missile fired
    /// at no one named is a show of force (150), fired at a country an attack (195).</summary>
    public string? UntargetedCode { get; init; }
    /// <summary>The code of the act when every source is people rather than a state's government or forces (flag
    /// <c>people:144</c>; <see cref="Warta.Actors.Actor.IsPeople"/>): farmers blocking a border crossing protest (144), an
    /// army blocking it imposes a blockade (191).</summary>
    public string? PeopleCode { get; init; }
    /// <summary>The code of the act when every source is the state's government or forces (flag <c>forces:191</c>;
    /// <see cref="Warta.Actors.Actor.IsStateForce"/>): the counterpart of <see cref="PeopleCode"/> for an entry whose own
    /// code is what people do (protesters blocking a road, 144; soldiers blocking it, 191).</summary>
    public string? ForcesCode { get; init; }
    /// <summary>The imported dictionary the entry came from ("petrarch"), or null for a hand-written entry.</summary>
    public string? Import { get; init; }
    /// <summary>Where the entry came from: file and line.</summary>
    public required string Origin { get; init; }

    /// <summary>A rule name that replaces the one made from the fields (a verb pattern's: "en:pattern:ACCELERATE#3→070").</summary>
    public string? Rule { get; init; }

    /// <summary>The rule name shown by <c>explain</c>: "id:predicate:menjatuhkan+sanksi→163"; an imported entry's has its
    /// dictionary after the language: "en:petrarch:predicate:rush+aid→070".</summary>
    public string RuleName => Rule ?? $"{Language}:{(Import is null ? "" : Import + ":")}{(Kind == PredicateKind.Verb ? "predicate" : "noun")}:{Predicate}"
        + (Cue.Count > 0 ? "+" + string.Join(' ', Cue) : "") + "→" + Code;
}

/// <summary>
/// A lexicon match on a sentence: the trigger tokens (head and particles, half-open), the cue tokens if a cue
/// refined the code, and the entry that matched.
/// </summary>
public sealed record PredicateMatch(int TriggerStart, int TriggerEnd, int CueStart, int CueEnd, PredicateEntry Entry)
{
    public string Code => Entry.Code;
    public bool HasCue => CueEnd > CueStart;
    public IReadOnlyList<string> TargetPrepositions => Entry.TargetPrepositions;
    public IReadOnlyList<string> SourcePrepositions => Entry.SourcePrepositions;
    public bool Reciprocal => Entry.Reciprocal;
    public bool IsSpeech => Entry.Speech;
    public string RuleName => Entry.RuleName;
    /// <summary>An event from the target back to the source as well (a verb pattern's reverse code: <i>rushed to</i> X is
    /// also X hosting, 043).</summary>
    public PredicateMatch? Reverse { get; init; }
    /// <summary>The code is only the reverse event: the clause's object acts on its subject (<i>appeared before the
    /// court</i>: the court's 173 on the subject).</summary>
    public bool SwapsRoles { get; init; }
}
