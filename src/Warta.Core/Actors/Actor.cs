namespace Warta.Actors;

/// <summary>
/// A coded actor: a CAMEO-style code built from a country or IGO code and an optional role
/// (KAZ, KAZGOV, RUSMIL, IGOUNO, IGOUNOSEC). <see cref="Country"/> is the ISO-3 / CAMEO country code
/// or null for an IGO or an actor of unknown country; <see cref="Role"/> is the CAMEO role code (GOV, MIL, COP…)
/// or null. <see cref="Name"/> is a person's name when the actor is a named person.
/// </summary>
public sealed record Actor(string Code, string? Country, string? Role, string? Name = null)
{
    /// <summary>The key the gold files compare: the country, else the code.</summary>
    public string Key => Country ?? Code;

    /// <summary>A country (or IGO) code with a role code appended: ("KAZ", "GOV") → KAZGOV.</summary>
    public static Actor Combine(string baseCode, string? country, string? role, string? name = null) =>
        new(role is null || baseCode.EndsWith(role, StringComparison.Ordinal) ? baseCode : baseCode + role, country, role, name);

    /// <summary>
    /// A role of people rather than of the state (civilians, workers, protesters, insurgents, clergy and believers, NGOs,
    /// militias, settlers…): a state acting on them is a domestic dyad ("Managua membebaskan Uskup X", NIC → NICCHR),
    /// and "para pekerja itu" points back at them. CAMEO's religion codes are Phoenix's (REL, CHR, CTH, MUS, BUD…).
    /// </summary>
    public bool IsPeople => Role is "CVL" or "OPP" or "EDU" or "LAB" or "REB" or "INS" or "CRM" or "MED" or "REF" or "HRI"
        or "SEP" or "BUS" or "PTY" or "AGR" or "NGO" or "RAD" or "MOD" or "UAF" or "SET"
        or "REL" or "CHR" or "CTH" or "MUS" or "BUD" or "HIN" or "JEW";

    /// <summary>A role of the state's own power: its government, armed forces, police, intelligence or courts.</summary>
    public bool IsStateForce => Role is "GOV" or "MIL" or "COP" or "SPY" or "JUD";

    public override string ToString() => Name is null ? Code : $"{Code} ({Name})";
}

/// <summary>What kind of words a mention was found from; the coder treats places, seats and pronouns differently.</summary>
public enum MentionKind : byte
{
    /// <summary>A country or territory name: Rusia, Amerika Serikat, the U.S.</summary>
    Country,
    /// <summary>A demonym or adjective on its own: Kazakh, Ukrainian (the people or the state, by context).</summary>
    Demonym,
    /// <summary>A capital or seat of power that stands for a government: Moskow, Kremlin, White House.</summary>
    Seat,
    /// <summary>An international or regional organisation: PBB, NATO, ASEAN.</summary>
    Igo,
    /// <summary>A role noun with or without its country: Menteri Luar Negeri Kazakh, pasukan Rusia, polisi.</summary>
    Role,
    /// <summary>A named person, from the dated leaders list or a title/apposition pattern.</summary>
    Person,
    /// <summary>A place that is not a seat of power: a city or region, with its country.</summary>
    Place,
    /// <summary>A named non-state group: Taliban, Houthi, Hamas, Rapid Support Forces.</summary>
    Group,
}

/// <summary>
/// A span of tokens that names an actor or place, found in one sentence. Token indexes are document-wide and
/// half-open (<see cref="FirstToken"/> ≤ i &lt; <see cref="EndToken"/>). <see cref="Head"/> is the token the
/// clause builder attaches to (the role noun or the name). <see cref="Rule"/> names the pattern that found it.
/// </summary>
public readonly record struct Mention(int FirstToken, int EndToken, int Head, MentionKind Kind, Actor Actor, string Rule)
{
    /// <summary>The country an envoy or embassy is posted to ("duta besar Ukraina untuk Kazakhstan" → KAZ), or null.</summary>
    public string? PostedTo { get; init; }

    /// <summary>True when the mention is one person: a named person or a title (presiden, utusan, the envoy).</summary>
    public bool IsIndividual { get; init; }

    /// <summary>True for an envoy (duta besar, utusan, ambassador): someone who by definition is abroad.</summary>
    public bool IsEnvoy { get; init; }

    /// <summary>
    /// The other readings of a place name the dictionary lists under several countries ("Tripoli": LBY's seat, a LBN
    /// place), the reading the mention has being the fallback; the document coder chooses among them by the story.
    /// </summary>
    public IReadOnlyList<(MentionKind Kind, Actor Actor)>? OtherReadings { get; init; }

    /// <summary>The dictionary line that gave the actor its code ("actors/leaders.tsv:33"), or null for a bare role.</summary>
    public string? Source { get; init; }

    /// <summary>Why the mention has its actor: the pattern and the dictionary line ("title+name actors/leaders.tsv:33").</summary>
    public string Why => Source is null ? Rule : $"{Rule} {Source}";
}
