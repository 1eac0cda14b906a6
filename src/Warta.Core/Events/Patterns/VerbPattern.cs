namespace Warta.Events.Patterns;

/// <summary>What fills a slot of a pattern element: words (a lemma phrase whose last word is the head), or an actor role.</summary>
public enum FillerKind : byte
{
    /// <summary>A lemma phrase: <see cref="PatternFiller.Head"/> plus <see cref="PatternFiller.Modifiers"/> that depend on it.</summary>
    Words,
    /// <summary><c>&lt;source&gt;</c>: the actor here is the event's source (PETRARCH's <c>$</c>).</summary>
    Source,
    /// <summary><c>&lt;target&gt;</c>: the actor here is the event's target (<c>+</c>).</summary>
    Target,
    /// <summary><c>&lt;any&gt;</c>: any word; the dependent only has to be there (<c>^</c>, or a preposition alone).</summary>
    Any,
    /// <summary><c>&lt;both&gt;</c>: coordinated actors that act on each other (<c>%</c>).</summary>
    Both,
}

/// <summary>
/// The filler of an element. For <see cref="FillerKind.Words"/>, <see cref="Head"/> holds the alternatives of the head word
/// (lower-case lemmas, or a synonym set name such as <c>&amp;MILITARY</c>), and <see cref="Modifiers"/> the words that must
/// depend on the head (each itself a list of alternatives). The head is the last word of an English phrase ("humanitarian
/// aid") and the first of an Indonesian one ("bantuan kemanusiaan").
/// </summary>
public sealed record PatternFiller(FillerKind Kind, IReadOnlyList<string> Head, IReadOnlyList<IReadOnlyList<string>> Modifiers)
{
    public static PatternFiller Role(FillerKind kind) => new(kind, [], []);

    public bool IsActor => Kind is FillerKind.Source or FillerKind.Target or FillerKind.Both;

    public override string ToString() => Kind switch
    {
        FillerKind.Source => "<source>",
        FillerKind.Target => "<target>",
        FillerKind.Any => "<any>",
        FillerKind.Both => "<both>",
        _ => string.Join(' ', Modifiers.Select(m => string.Join('|', m)).Append(string.Join('|', Head))),
    };
}

/// <summary>One step from a word to its dependent: any of <see cref="Relations"/> (a UD relation matches its subtypes), and,
/// when <see cref="Cases"/> is not empty, the dependent has a <c>case</c> child with one of those lemmas (<c>obl[to]</c>).</summary>
public sealed record DependencyStep(IReadOnlyList<string> Relations, IReadOnlyList<string> Cases)
{
    public override string ToString() => string.Join('|', Relations) + (Cases.Count > 0 ? "[" + string.Join('|', Cases) + "]" : "");
}

/// <summary>
/// One way to satisfy an element: the path of dependency steps from the verb to a word, and that word's filler.
/// <see cref="OrOnPreviousNominal"/> (written <c>~</c>) lets the last step hang on the element before instead, as
/// <c>nmod</c> with the same case: PETRARCH-2 matches a prepositional phrase after a noun on the noun or on the verb.
/// </summary>
public sealed record ElementOption(IReadOnlyList<DependencyStep> Path, PatternFiller Filler, bool OrOnPreviousNominal)
{
    public override string ToString() => (OrOnPreviousNominal ? "~" : "") + string.Join('/', Path) + "=" + Filler;
}

/// <summary>A constraint on the verb's dependents: any one of its <see cref="Options"/> (written <c>a || b</c>) must hold.</summary>
public sealed record PatternElement(IReadOnlyList<ElementOption> Options)
{
    public override string ToString() => string.Join(" || ", Options);
}

/// <summary>
/// A verb of a class: its lemma as written (English lemma; Indonesian active or base form, matched by root and shape), the
/// dependents a multi-word verb needs (<c>call off</c>: <c>compound:prt=off</c>), and its own code when no pattern matches
/// (null: no event).
/// </summary>
public sealed record PatternVerb(string Class, string Lemma, IReadOnlyList<PatternElement> Elements, string? Code,
    IReadOnlyList<string> Forms, string Origin);

/// <summary>
/// A pattern of a verb class: when every element holds, the clause is the event <see cref="Code"/> from source to target (null:
/// no event, the pattern blocks the verb's own code) and, when <see cref="ReverseCode"/> is set, also that event from target to
/// source (PETRARCH's <c>[042:043]</c>, <c>[:173]</c>).
/// </summary>
public sealed record VerbPattern(string Class, string? Code, string? ReverseCode, IReadOnlyList<PatternElement> Elements,
    string? NotedVerb, string Origin)
{
    public bool CodesNothing => Code is null && ReverseCode is null;
}
