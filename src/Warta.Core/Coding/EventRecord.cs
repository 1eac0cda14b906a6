using Warta.Dates;

namespace Warta.Coding;

/// <summary>
/// One coded event: who did what to whom, when and where, with the words that prove it. One record per
/// (event, source actor, target actor); coordinated actors give several records, never a joined code.
/// The JSON field names are the output contract (schema <see cref="SchemaVersion"/>): change them only with
/// a new schema version.
/// </summary>
public sealed record EventRecord
{
    public const string SchemaVersion = "1";

    /// <summary>Deterministic: a hash of document id, sentence, trigger span, code and actors.</summary>
    public required string Id { get; init; }
    public required string Doc { get; init; }
    public required string Language { get; init; }
    public required int SentenceIndex { get; init; }
    public required string Sentence { get; init; }
    public required DateOnly Date { get; init; }
    public required DateSource DateFrom { get; init; }
    /// <summary>The words that gave the date, or null when it is the published date.</summary>
    public string? DateText { get; init; }
    /// <summary>
    /// Which rule tied the date to the event (the clause's own date, a later one, the report's, the story's, the published
    /// date; docs/dates.md); null where the event did not come from the coder (a saved store row, a test record).
    /// </summary>
    public DateRule? DateRule { get; init; }
    /// <summary>How precise <see cref="Date"/> is (a week, month or year date is the first day of its span); null like <see cref="DateRule"/>.</summary>
    public DatePrecision? DatePrecision { get; init; }
    public required EventActor Source { get; init; }
    public EventActor? Target { get; init; }
    /// <summary>The CAMEO code, 2–4 digits (e.g. "111", "0233").</summary>
    public required string Cameo { get; init; }
    public required string CameoName { get; init; }
    public required string Root { get; init; }
    public required int Quad { get; init; }
    public required double Goldstein { get; init; }
    public required PloverCode Plover { get; init; }
    public bool Negated { get; init; }
    public bool Hypothetical { get; init; }
    /// <summary>asserted, negated, hypothetical, question or alleged (an act someone is accused of). Intentions are asserted 03x/13x codes.</summary>
    public required string Modality { get; init; }
    public required Evidence Evidence { get; init; }
    /// <summary>The lexicon entry or rule that coded the event, e.g. "id:predicate:mengutuk→111".</summary>
    public required string Rule { get; init; }
    public EventPlace? Place { get; init; }
    /// <summary>
    /// The names of the rules that chose the source and the target (docs/coding.md lists them), e.g. subject and
    /// complement-subject; null where the event did not come from the coder (a saved store row, a test record).
    /// </summary>
    public EventActorRule? ActorRule { get; init; }
}

/// <summary>Which actor rules chose an event's source and target; <see cref="Target"/> is null for an event with no target.</summary>
public sealed record EventActorRule(string? Source, string? Target);

/// <summary>An actor as written in the event: the words, the code, its country and role.</summary>
public sealed record EventActor(string Text, string Code, string? Country, string? Role, string? Name = null);

/// <summary>The words that triggered the event: character offsets into the document text, half-open.</summary>
public sealed record Evidence(string Trigger, int Start, int End);

public sealed record EventPlace(string Name, string? Country);

/// <summary>The PLOVER event type and mode derived from the CAMEO code (CAMEO2PLOVER-2021).</summary>
public sealed record PloverCode(string? Type, string? Mode);
