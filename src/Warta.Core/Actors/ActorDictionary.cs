using System.Diagnostics.CodeAnalysis;
using Warta.Data;
using Warta.Errors;

namespace Warta.Actors;

/// <summary>
/// Countries, demonyms, seats of power, IGOs, places, role nouns and dated leaders, in both languages, compiled into
/// one <see cref="PhraseTrie"/>. Loaded from <c>data/actors/</c>, then from each user folder's <c>actors/</c> in order:
/// a name a later folder defines replaces that name's earlier entries (of the same file), so a user can add a newer
/// minister or recode a name. Immutable after loading, so one instance serves many threads.
/// </summary>
public sealed class ActorDictionary
{
    private readonly HashSet<string> _countryCodes;

    private ActorDictionary(PhraseTrie trie, HashSet<string> countryCodes, int entryCount)
    {
        Trie = trie;
        _countryCodes = countryCodes;
        EntryCount = entryCount;
    }

    public PhraseTrie Trie { get; }
    public int EntryCount { get; }
    public IReadOnlySet<string> CountryCodes => _countryCodes;

    /// <summary>Loads the shipped dictionaries and then <paramref name="userFolders"/> (each laid out like the data folder).</summary>
    /// <exception cref="WartaException">WRT0104 naming the file and line of the first bad line; WRT0102 when the shipped files are missing.</exception>
    public static ActorDictionary Load(DataDirectory data, IEnumerable<string>? userFolders = null)
    {
        var folders = new List<string> { data.Root };
        if (userFolders is not null) folders.AddRange(userFolders);
        data.Require(data.File(Path.Combine(ActorFileParser.Folder, "countries.tsv")));

        var entries = new List<ActorEntry>();
        for (int layer = 0; layer < folders.Count; layer++)
        {
            if (!Directory.Exists(folders[layer]))
                throw new WartaException(ErrorCodes.DictionaryInvalid, $"dictionary folder '{folders[layer]}' not found");
            var parser = new ActorFileParser(layer);
            parser.ReadFolder(folders[layer]);
            if (parser.Problems.Count > 0) throw Invalid(parser.Problems[0]);
            entries.AddRange(parser.Entries);
        }
        var countryCodes = entries.Where(e => e.Kind == ActorEntryKind.Country).Select(e => e.Actor.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
            if (entry.Actor.Country is { } country && !countryCodes.Contains(country))
                throw new WartaException(ErrorCodes.DictionaryInvalid, $"{entry.Source}: unknown country code '{country}' (not in countries.tsv)");

        var trie = new PhraseTrie();
        var kept = ApplyOverrides(entries);
        foreach (var entry in kept) trie.Add(entry);
        trie.Freeze();
        return new ActorDictionary(trie, countryCodes, kept.Count);
    }

    /// <summary>The leader entries valid on <paramref name="date"/> (any, latest first, when the date is unknown).</summary>
    public static bool TryPickLeader(ReadOnlySpan<ActorEntry> entries, DateOnly? date, [NotNullWhen(true)] out ActorEntry? leader)
    {
        leader = null;
        foreach (var entry in entries)
        {
            if (entry.Kind != ActorEntryKind.Leader) continue;
            if (date is { } d && !entry.IsValidOn(d)) continue;
            if (leader is null || entry.Layer > leader.Layer || (entry.Layer == leader.Layer && entry.Start > leader.Start)) leader = entry;
        }
        return leader is not null;
    }

    /// <summary>Keeps, for each (file group, folded name), only the entries of the highest layer that defines it.</summary>
    private static List<ActorEntry> ApplyOverrides(List<ActorEntry> entries)
    {
        var top = new Dictionary<(int Group, string Name), int>();
        foreach (var e in entries)
        {
            var key = (Group(e.Kind), FoldedName(e));
            if (!top.TryGetValue(key, out var layer) || e.Layer > layer) top[key] = e.Layer;
        }
        return entries.Where(e => top[(Group(e.Kind), FoldedName(e))] == e.Layer).ToList();
    }

    private static int Group(ActorEntryKind kind) => kind switch
    {
        ActorEntryKind.Leader => 2,
        ActorEntryKind.Role or ActorEntryKind.RolePrefix => 1,
        _ => 0,
    };

    internal static string FoldedName(ActorEntry e) => NameFolding.Fold(string.Join(' ', e.Surface));

    private static WartaException Invalid(DictionaryProblem problem) =>
        new(ErrorCodes.DictionaryInvalid, $"{problem}; fix the line or run ./warta lint-dict to list every problem");
}
