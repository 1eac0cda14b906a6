using System.Collections.Frozen;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Clauses;

/// <summary>What a function word does to clause structure (data/LANG/clause-words.tsv).</summary>
public enum ClauseWordKind : byte
{
    None,
    Relative,
    Complementizer,
    Chain,
    Coordinator,
    Subordinator,
    Condition,
    Agent,
    FirstPerson,
    ThirdPerson,
    Receive,
    Light,
    Realising,
    Adverbial,
    Comparative,
    Inclusive,
    Currency,
    Topic,
    Auxiliary,
    Collective,
    OrganisationNoun,
    /// <summary>group: a generic word for an armed group (kelompok, geng); with a demonstrative it points back at the latest one.</summary>
    GroupNoun,
    Reciprocal,
    Demonstrative,
    Pair,
    Locative,
    Welcoming,
    /// <summary>casualty: a word of dying or being wounded (tewas, terluka), whose subject is the victim of the assault it is "in".</summary>
    Casualty,
}

/// <summary>
/// Words with a job of their own besides their kind (a word may have several): prepositions by what the phrase after
/// them is to the event, and words the coder reads in one place. Each is a line "role&lt;TAB&gt;word" of clause-words.tsv.
/// </summary>
public enum WordRole : byte
{
    /// <summary>target-preposition: a party after it can be the target of an act with no object.</summary>
    TargetPreposition,
    /// <summary>direction-preposition: a place after it is where an act is aimed, standing for its country.</summary>
    DirectionPreposition,
    /// <summary>address-preposition: a statement's addressee follows it (kepada, to).</summary>
    AddressPreposition,
    /// <summary>destination-preposition: where someone is sent or brought (ke, to).</summary>
    DestinationPreposition,
    /// <summary>posting-preposition: the country an envoy is posted to follows it (untuk, to, di, in).</summary>
    PostingPreposition,
    /// <summary>quantity-preposition: "dozens of demonstrators", "part of the army": a quantity's people or a part's whole follow it (of).</summary>
    QuantityPreposition,
    /// <summary>venue-preposition: besides the locative words, a place after it is where the event happened (at).</summary>
    VenuePreposition,
    /// <summary>pair-number: "the two sides": a number that after a demonstrative names the pair before (two, dua).</summary>
    PairNumber,
    /// <summary>reported-future: a modal that in reported speech is the future of the past, not a condition (would).</summary>
    ReportedFuture,
    /// <summary>collective-pronoun: a pronoun for an organisation or country, not a person (it, its).</summary>
    CollectivePronoun,
    /// <summary>ethnic-marker: before a nationality it names an ethnic group, coded where it lives (ethnic, etnis).</summary>
    EthnicMarker,
    /// <summary>between-preposition: the parties of a joint or reciprocal act follow it together (talks between X and Y, antara).</summary>
    BetweenPreposition,
    /// <summary>perfect-auxiliary: in a relative clause set off by commas it makes the clause the antecedent's standing
    /// record, not an event of the story ("Oman, which has mediated between …"; has, have).</summary>
    PerfectAuxiliary,
    /// <summary>effort-noun: an event noun compounded with it names the act itself (a mediation effort, a bombing
    /// campaign; upaya mediasi), where another compound only describes a thing (war crimes, riot police).</summary>
    EffortNoun,
    /// <summary>possessive-marker: the clitic that makes the noun phrase before it a possessor ('s).</summary>
    PossessiveMarker,
    /// <summary>possessive-determiner: a pronoun that is a possessor inside a noun phrase, not a phrase of its own (his, their).</summary>
    PossessiveDeterminer,
    /// <summary>likeness-word: an event noun it modifies is an act like an earlier one, done anew by the clause's subject
    /// ("issued similar statements", "pernyataan serupa"), not that earlier act answered (similar, serupa, senada).</summary>
    LikenessWord,
    /// <summary>nonspecific-determiner: an event noun it determines is no act in particular, so no earlier act it
    /// points back at ("rejected any mediation"; any, segala).</summary>
    NonspecificDeterminer,
    /// <summary>reason-conjunction: opens the reason given for an act (karena, sebab, lantaran).</summary>
    ReasonConjunction,
    /// <summary>reflexive: as a verb's object, the subject itself (diri: membela diri, to defend oneself).</summary>
    Reflexive,
    /// <summary>border-noun: a country named with it is the other side of a border, a place, not a party to what is done
    /// near it ("near Macedonia's border with Bulgaria", "the Thai border"; perbatasan).</summary>
    BorderNoun,
    /// <summary>settlement-noun: a town, village or port; an object it heads is a place struck, even when the name after it
    /// is one the gazetteer lacks ("attacked the town of Mueda", "menyerang desa Xyz").</summary>
    SettlementNoun,
    /// <summary>means-noun: after the agent preposition it names how an act was done, not who did it ("talked by phone",
    /// "travelled by road", "took the town by force"), so the phrase is no passive's agent.</summary>
    MeansNoun,
    /// <summary>relational-noun: a relation or exchange between two parties, whose other party is its own with- or
    /// from-phrase ("border with Finland", "imports from Japan", "kerja sama dengan Meksiko").</summary>
    RelationalNoun,
    /// <summary>partner-preposition: opens the phrase that names a relational noun's other party (with, from; dengan, dari).</summary>
    PartnerPreposition,
}

/// <summary>The structural function words of one language, read once from <c>data/LANG/clause-words.tsv</c>.</summary>
public sealed class ClauseWords
{
    private static readonly (string Name, WordRole Role)[] RoleNames =
    [
        ("target-preposition", WordRole.TargetPreposition), ("direction-preposition", WordRole.DirectionPreposition),
        ("address-preposition", WordRole.AddressPreposition), ("destination-preposition", WordRole.DestinationPreposition),
        ("posting-preposition", WordRole.PostingPreposition), ("quantity-preposition", WordRole.QuantityPreposition),
        ("venue-preposition", WordRole.VenuePreposition), ("pair-number", WordRole.PairNumber),
        ("reported-future", WordRole.ReportedFuture), ("collective-pronoun", WordRole.CollectivePronoun),
        ("ethnic-marker", WordRole.EthnicMarker), ("between-preposition", WordRole.BetweenPreposition),
        ("perfect-auxiliary", WordRole.PerfectAuxiliary), ("effort-noun", WordRole.EffortNoun),
        ("possessive-marker", WordRole.PossessiveMarker), ("possessive-determiner", WordRole.PossessiveDeterminer),
        ("likeness-word", WordRole.LikenessWord), ("nonspecific-determiner", WordRole.NonspecificDeterminer),
        ("reason-conjunction", WordRole.ReasonConjunction), ("reflexive", WordRole.Reflexive),
        ("border-noun", WordRole.BorderNoun), ("settlement-noun", WordRole.SettlementNoun), ("means-noun", WordRole.MeansNoun),
        ("relational-noun", WordRole.RelationalNoun), ("partner-preposition", WordRole.PartnerPreposition),
    ];

    private const string PluralPerson = "third-person-plural";
    private const string Reading = "tree-reading";

    private readonly FrozenDictionary<string, ClauseWordKind> _kinds;
    private readonly FrozenDictionary<string, ClauseWordKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _plural;
    private readonly WordSets _roles;

    private ClauseWords(FrozenDictionary<string, ClauseWordKind> kinds, FrozenSet<string> plural, HashSet<string>[] roles, TreeReadings treeReadings)
    {
        TreeReadings = treeReadings;
        _kinds = kinds;
        _lookup = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        _plural = plural.GetAlternateLookup<ReadOnlySpan<char>>();
        _roles = new WordSets(roles);
    }

    public static ClauseWords Load(DataDirectory data, Language language)
    {
        var path = data.File(language, "clause-words.tsv");
        var kinds = new Dictionary<string, ClauseWordKind>(StringComparer.OrdinalIgnoreCase);
        var plural = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Roles are kept apart from the kinds: "untuk" is a chain word and a target preposition at once.
        var roles = WordSets.Builders(RoleNames.Length);
        var treeReadings = TreeReadings.None;
        foreach (var (line, fields) in data.ReadTable(path))
        {
            if (fields.Length == 2 && fields[0] == Reading)
            {
                treeReadings |= TreeReadingNames.Parse(fields[1]) ?? throw new WartaException(ErrorCodes.DataFileInvalid,
                    $"{path}:{line}: tree-reading must be one of {string.Join(", ", TreeReadingNames.All)}, not '{fields[1]}'");
                continue;
            }
            if (fields.Length == 2 && Array.FindIndex(RoleNames, r => r.Name == fields[0]) is >= 0 and var role)
            {
                roles[(int)RoleNames[role].Role].Add(fields[1]);
                continue;
            }
            if (fields.Length != 2 || !TryParseKind(fields[0], out var kind))
                throw new WartaException(ErrorCodes.DataFileInvalid,
                    $"{path}:{line}: expected 'kind<TAB>word' with kind one of relative, complementizer, chain, coordinator, subordinator, condition, agent, first-person, third-person, third-person-plural, receive, light, realising, adverbial, comparative, inclusive, currency, topic, auxiliary, collective, organisation, group, reciprocal, demonstrative, pair, locative, welcoming, {string.Join(", ", RoleNames.Select(r => r.Name))}, tree-reading");
            kinds[fields[1]] = kind;
            if (fields[0] == PluralPerson) plural.Add(fields[1]);
        }
        return new ClauseWords(kinds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), plural.ToFrozenSet(StringComparer.OrdinalIgnoreCase), roles, treeReadings);
    }

    /// <summary>
    /// What the dependency tree of a parsed sentence corrects in the tag reading (<c>tree-reading</c> lines;
    /// <see cref="Clauses.TreeReadings.All"/>: the tree reading alone). None: clauses are read from tags only.
    /// </summary>
    public TreeReadings TreeReadings { get; }

    public ClauseWordKind this[ReadOnlySpan<char> word] => _lookup.TryGetValue(word, out var kind) ? kind : ClauseWordKind.None;

    /// <summary>A third-person pronoun that stands for several parties (they, mereka): a <see cref="ClauseWordKind.ThirdPerson"/> word too.</summary>
    public bool IsPluralPerson(ReadOnlySpan<char> word) => _plural.Contains(word);

    /// <summary>A preposition whose party can be the target of an act with no object (kepada, terhadap; to, against).</summary>
    public bool IsTargetPreposition(ReadOnlySpan<char> word) => Has(WordRole.TargetPreposition, word);

    /// <summary>A preposition whose place is where an act is aimed, standing for its country (serangan ke Jalur Gaza; strikes on Odesa).</summary>
    public bool IsDirectionPreposition(ReadOnlySpan<char> word) => Has(WordRole.DirectionPreposition, word);

    /// <summary>Whether the word has the role (see <see cref="WordRole"/>).</summary>
    public bool Has(WordRole role, ReadOnlySpan<char> word) => _roles.Has((int)role, word);

    public int Count => _kinds.Count;

    private static bool TryParseKind(string text, out ClauseWordKind kind)
    {
        kind = text switch
        {
            "relative" => ClauseWordKind.Relative,
            "complementizer" => ClauseWordKind.Complementizer,
            "chain" => ClauseWordKind.Chain,
            "coordinator" => ClauseWordKind.Coordinator,
            "subordinator" => ClauseWordKind.Subordinator,
            "condition" => ClauseWordKind.Condition,
            "agent" => ClauseWordKind.Agent,
            "first-person" => ClauseWordKind.FirstPerson,
            "third-person" or PluralPerson => ClauseWordKind.ThirdPerson,
            "receive" => ClauseWordKind.Receive,
            "light" => ClauseWordKind.Light,
            "realising" => ClauseWordKind.Realising,
            "adverbial" => ClauseWordKind.Adverbial,
            "comparative" => ClauseWordKind.Comparative,
            "inclusive" => ClauseWordKind.Inclusive,
            "currency" => ClauseWordKind.Currency,
            "topic" => ClauseWordKind.Topic,
            "auxiliary" => ClauseWordKind.Auxiliary,
            "collective" => ClauseWordKind.Collective,
            "organisation" => ClauseWordKind.OrganisationNoun,
            "group" => ClauseWordKind.GroupNoun,
            "reciprocal" => ClauseWordKind.Reciprocal,
            "demonstrative" => ClauseWordKind.Demonstrative,
            "pair" => ClauseWordKind.Pair,
            "locative" => ClauseWordKind.Locative,
            "welcoming" => ClauseWordKind.Welcoming,
            "casualty" => ClauseWordKind.Casualty,
            _ => ClauseWordKind.None,
        };
        return kind != ClauseWordKind.None;
    }
}
