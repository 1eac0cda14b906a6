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
    Reciprocal,
    Demonstrative,
    Pair,
    Locative,
    Welcoming,
}

/// <summary>The structural function words of one language, read once from <c>data/LANG/clause-words.tsv</c>.</summary>
public sealed class ClauseWords
{
    private const string PluralPerson = "third-person-plural";
    private const string TargetPreposition = "target-preposition";
    private const string DirectionPreposition = "direction-preposition";
    private const string Reading = "tree-reading";

    private readonly FrozenDictionary<string, ClauseWordKind> _kinds;
    private readonly FrozenDictionary<string, ClauseWordKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _plural;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _targetPrepositions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _directionPrepositions;

    private ClauseWords(FrozenDictionary<string, ClauseWordKind> kinds, FrozenSet<string> plural,
        FrozenSet<string> targetPrepositions, FrozenSet<string> directionPrepositions, TreeReadings treeReadings)
    {
        TreeReadings = treeReadings;
        _kinds = kinds;
        _lookup = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        _plural = plural.GetAlternateLookup<ReadOnlySpan<char>>();
        _targetPrepositions = targetPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        _directionPrepositions = directionPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ClauseWords Load(DataDirectory data, Language language)
    {
        var path = data.File(language, "clause-words.tsv");
        var kinds = new Dictionary<string, ClauseWordKind>(StringComparer.OrdinalIgnoreCase);
        var plural = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Prepositions are kept apart from the kinds: "untuk" is a chain word and a target preposition at once.
        var targetPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var directionPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var treeReadings = TreeReadings.None;
        foreach (var (line, fields) in data.ReadTable(path))
        {
            if (fields.Length == 2 && fields[0] == Reading)
            {
                treeReadings |= TreeReadingNames.Parse(fields[1]) ?? throw new WartaException(ErrorCodes.DataFileInvalid,
                    $"{path}:{line}: tree-reading must be one of {string.Join(", ", TreeReadingNames.All)}, not '{fields[1]}'");
                continue;
            }
            if (fields.Length == 2 && fields[0] == TargetPreposition) { targetPrepositions.Add(fields[1]); continue; }
            if (fields.Length == 2 && fields[0] == DirectionPreposition) { directionPrepositions.Add(fields[1]); continue; }
            if (fields.Length != 2 || !TryParseKind(fields[0], out var kind))
                throw new WartaException(ErrorCodes.DataFileInvalid,
                    $"{path}:{line}: expected 'kind<TAB>word' with kind one of relative, complementizer, chain, coordinator, subordinator, condition, agent, first-person, third-person, third-person-plural, receive, light, realising, adverbial, comparative, inclusive, currency, topic, auxiliary, collective, organisation, reciprocal, demonstrative, pair, locative, welcoming, target-preposition, direction-preposition, tree-reading");
            kinds[fields[1]] = kind;
            if (fields[0] == PluralPerson) plural.Add(fields[1]);
        }
        return new ClauseWords(kinds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), plural.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            targetPrepositions.ToFrozenSet(StringComparer.OrdinalIgnoreCase), directionPrepositions.ToFrozenSet(StringComparer.OrdinalIgnoreCase), treeReadings);
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
    public bool IsTargetPreposition(ReadOnlySpan<char> word) => _targetPrepositions.Contains(word);

    /// <summary>A preposition whose place is where an act is aimed, standing for its country (serangan ke Jalur Gaza; strikes on Odesa).</summary>
    public bool IsDirectionPreposition(ReadOnlySpan<char> word) => _directionPrepositions.Contains(word);

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
            "reciprocal" => ClauseWordKind.Reciprocal,
            "demonstrative" => ClauseWordKind.Demonstrative,
            "pair" => ClauseWordKind.Pair,
            "locative" => ClauseWordKind.Locative,
            "welcoming" => ClauseWordKind.Welcoming,
            _ => ClauseWordKind.None,
        };
        return kind != ClauseWordKind.None;
    }
}
