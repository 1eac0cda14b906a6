namespace Warta.Actors;

/// <summary>What a dictionary line names; the file it comes from decides it.</summary>
public enum ActorEntryKind : byte
{
    Country,
    Demonym,
    Seat,
    Igo,
    Place,
    Role,
    /// <summary>A word that makes a role a deputy or acting one (wakil, deputy): it keeps the role's code.</summary>
    RolePrefix,
    Leader,
    /// <summary>A non-state armed group or movement with its country and role (groups.tsv): Taliban, Houthi, Hamas.</summary>
    Group,
}

/// <summary>How a role noun behaves in a phrase (roles.tsv column 2).</summary>
public enum RoleClass : byte
{
    None,
    /// <summary>A title that can precede a name: presiden, foreign minister.</summary>
    Person,
    /// <summary>A person posted abroad: "untuk/to X" after it is the posting, not the owner.</summary>
    Envoy,
    /// <summary>An institution: kementerian, parliament.</summary>
    Body,
    /// <summary>An institution abroad: kedutaan, embassy.</summary>
    Mission,
    /// <summary>People in the plural: demonstran, troops.</summary>
    Group,
    Prefix,
}

/// <summary>
/// One name of one dictionary line, as loaded: what it names (<see cref="Actor"/>), how it matches
/// (<see cref="Surface"/>: the written tokens, whose case sets the rule) and, for a leader, the dates of office.
/// </summary>
public sealed class ActorEntry
{
    public required ActorEntryKind Kind { get; init; }
    public required Actor Actor { get; init; }
    public required string[] Surface { get; init; }
    public RoleClass RoleClass { get; init; }
    /// <summary>A weak role ("~GOV": juru bicara, leader) yields its code to a more specific role beside it.</summary>
    public bool IsWeakRole { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    /// <summary>0 for the shipped data, 1… for each user folder in order: a higher layer overrides a lower one.</summary>
    public int Layer { get; init; }
    /// <summary>Where the entry was read: "actors/leaders.tsv:12".</summary>
    public required string Source { get; init; }
    /// <summary>The path of the file it was read from and its 1-based line, for lint-dict.</summary>
    public string File { get; init; } = "";
    public int Line { get; init; }

    public bool IsValidOn(DateOnly date) => (Start is null || Start <= date) && (End is null || date <= End);

    public override string ToString() => $"{string.Join(' ', Surface)} → {Actor} ({Kind}, {Source})";
}
