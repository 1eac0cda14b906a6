namespace Warta.Clauses;

/// <summary>
/// The parts of a clause the dependency tree sets over the tag reading, chosen per language in
/// <c>data/LANG/clause-words.tsv</c> (<c>tree-reading NAME</c>) from what each one does on the dev sets.
/// </summary>
[Flags]
public enum TreeReadings
{
    None = 0,
    /// <summary>A clause the tags leave with no subject at all takes the tree's nsubj.</summary>
    Subject = 1,
    /// <summary>A clause the tags leave with no object takes the tree's obj/iobj.</summary>
    Objects = 2,
    /// <summary>A clause the tags leave with no agent takes the tree's obl:agent or by/oleh oblique, and its voice.</summary>
    Agent = 4,
    /// <summary>An xcomp or purpose clause is chained to the verb that controls it (agreed to resume, urged Tokyo to address).</summary>
    Chain = 8,
    /// <summary>An advcl marked if/jika is a condition.</summary>
    Condition = 16,
    /// <summary>Obliques (obl, and the nmod of objects) the tags missed are added, with their case words.</summary>
    Obliques = 32,
    /// <summary>An acl clause is relative to the noun it modifies (reduced relatives too).</summary>
    Relative = 64,
    /// <summary>A ccomp the tags left unlinked (no opener, no governor) is the complement of the verb it hangs on.</summary>
    Complement = 128,
    /// <summary>Coordinated subjects (nsubj and its conj) replace a single tag subject they include.</summary>
    CoordinatedSubjects = 256,
    /// <summary>A verb conj shares the first conjunct's subject.</summary>
    Coordination = 512,
    /// <summary>An unmarked acl on a noun (a reduced relative: talks mediated by the EU) is relative to that noun.</summary>
    ReducedRelative = 1024,
    /// <summary>A tag subject that names no actor gives way to the tree's nsubj when that one names one (up to 1,000 Turks).</summary>
    SubjectActor = 2048,
    /// <summary>An event noun's possessor, agent, objects and prepositional phrases the tags missed are read from the tree.</summary>
    Nominal = 4096,
    /// <summary>With <see cref="Nominal"/>: a bare nominal modifier right after the event noun that names an actor is its
    /// possessor (kunjungan Presiden X), as in languages that mark possession by position.</summary>
    BarePossessor = 8192,
    /// <summary>The tree reading alone, with no tag reading under it.</summary>
    All = 1 << 30,
}

internal static class TreeReadingNames
{
    private static readonly (string Name, TreeReadings Reading)[] Names =
    [
        ("subject", TreeReadings.Subject), ("objects", TreeReadings.Objects), ("agent", TreeReadings.Agent),
        ("chain", TreeReadings.Chain), ("condition", TreeReadings.Condition), ("obliques", TreeReadings.Obliques),
        ("relative", TreeReadings.Relative), ("complement", TreeReadings.Complement),
        ("coordinated-subjects", TreeReadings.CoordinatedSubjects), ("coordination", TreeReadings.Coordination),
        ("reduced-relative", TreeReadings.ReducedRelative), ("subject-actor", TreeReadings.SubjectActor),
        ("nominal", TreeReadings.Nominal), ("bare-possessor", TreeReadings.BarePossessor),
        ("all", TreeReadings.All),
    ];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static TreeReadings? Parse(string name)
    {
        foreach (var (n, reading) in Names)
            if (n == name) return reading;
        return null;
    }
}
