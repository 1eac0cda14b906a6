using System.Diagnostics.CodeAnalysis;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;

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

    private readonly ActorWords _indonesianWords, _englishWords, _eitherWords;

    private ActorDictionary(PhraseTrie trie, HashSet<string> countryCodes, IReadOnlyList<ActorEntry> entries, int entryCount,
        ActorWords indonesianWords, ActorWords englishWords, Statehood statehood)
    {
        Trie = trie;
        Statehood = statehood;
        _indonesianWords = indonesianWords;
        _englishWords = englishWords;
        _eitherWords = ActorWords.Union(indonesianWords, englishWords);
        _countryCodes = countryCodes;
        Entries = entries;
        EntryCount = entryCount;
    }

    public PhraseTrie Trie { get; }

    /// <summary>States born out of another on a date: whose a place or seat was before it (statehood.tsv).</summary>
    public Statehood Statehood { get; }

    /// <summary>How many names the dictionary holds, the lazily indexed imported ones included.</summary>
    public int EntryCount { get; }

    /// <summary>
    /// Every name parsed at load (after user overrides), e.g. to offer names for a code in a search field: the hand-made
    /// files and the user folders; the imported PETRARCH-2 names, indexed lazily, are not listed.
    /// </summary>
    public IReadOnlyList<ActorEntry> Entries { get; }
    public IReadOnlySet<string> CountryCodes => _countryCodes;

    /// <summary>The function words mentions are read with in <paramref name="language"/>; both languages' for an unknown one.</summary>
    public ActorWords Words(Language language) => language switch
    {
        Language.Indonesian => _indonesianWords,
        Language.English => _englishWords,
        _ => _eitherWords,
    };

    /// <summary>Loads the shipped dictionaries and then <paramref name="userFolders"/> (each laid out like the data folder).</summary>
    /// <exception cref="WartaException">WRT0104 naming the file and line of the first bad line; WRT0102 when the shipped files are missing.</exception>
    public static ActorDictionary Load(DataDirectory data, IEnumerable<string>? userFolders = null) => Load(data, userFolders, deferGenerated: true);

    /// <param name="deferGenerated">
    /// True (the default): the shipped generated files are indexed by name and each line parsed when a text first
    /// reaches it (<see cref="DeferredActorLines"/>); a bad line there is reported then, so <c>lint-dict</c> and the
    /// tests check them. False parses every line now (what the tests compare the deferred load against).
    /// </param>
    public static ActorDictionary Load(DataDirectory data, IEnumerable<string>? userFolders, bool deferGenerated)
    {
        var folders = new List<string> { data.Root };
        if (userFolders is not null) folders.AddRange(userFolders);
        data.Require(data.File(Path.Combine(ActorFileParser.Folder, "countries.tsv")));

        var entries = new List<ActorEntry>();
        bool defer = deferGenerated;
        for (int layer = 0; layer < folders.Count; layer++)
        {
            if (!Directory.Exists(folders[layer]))
                throw new WartaException(ErrorCodes.DictionaryInvalid, $"dictionary folder '{folders[layer]}' not found");
            var parser = new ActorFileParser(layer);
            parser.ReadFolder(folders[layer], skipGenerated: defer && layer == 0);
            if (parser.Problems.Count > 0) throw Invalid(parser.Problems[0]);
            entries.AddRange(parser.Entries);
        }
        var countryCodes = entries.Where(e => e.Kind == ActorEntryKind.Country).Select(e => e.Actor.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
            if (entry.Actor.Country is { } country && !countryCodes.Contains(country))
                throw new WartaException(ErrorCodes.DictionaryInvalid, $"{entry.Source}: unknown country code '{country}' (not in countries.tsv)");

        var trie = new PhraseTrie(entries.Count + (defer ? 50_000 : 0));
        var kept = folders.Count == 1 ? entries : ApplyOverrides(entries);
        // The eager load's order, so node and word ids match it: shipped hand files, generated files, user folders.
        foreach (var entry in kept) if (entry.Layer == 0) trie.Add(entry);
        int count = kept.Count;
        DeferredActorLines? deferred = null;
        if (defer)
        {
            var overridden = folders.Count == 1 ? null
                : kept.Where(e => e.Layer > 0).Select(e => (Group(e.Kind), FoldedName(e))).ToHashSet();
            deferred = new DeferredActorLines(0, trie, overridden is null ? null : (group, name) => overridden.Contains((group, name)));
            deferred.ReadFolder(data.Root);
            count += deferred.EntryCount;
        }
        foreach (var entry in kept) if (entry.Layer > 0) trie.Add(entry);
        trie.Freeze(deferred);
        return new ActorDictionary(trie, countryCodes, kept, count,
            ActorWords.Load(data, Language.Indonesian), ActorWords.Load(data, Language.English), Statehood.Load(folders, countryCodes));
    }

    /// <summary>
    /// The leader entry of a name on <paramref name="date"/>: a term of office that holds then (highest layer, latest
    /// start), else the name's undated entry (what PETRARCH-2 codes the person outside every term), else, for a person
    /// whose terms have all ended or not yet begun, the private person: the country of the nearest term with no role
    /// ("Putin" in 2003 is RUSGOV; a president named after his term is his country's, unless a title says more).
    /// Without a date the latest term is taken.
    /// </summary>
    public static bool TryPickLeader(ReadOnlySpan<ActorEntry> entries, DateOnly? date, [NotNullWhen(true)] out ActorEntry? leader) =>
        TryPickLeader(entries, date, titled: true, out leader);

    /// <param name="titled">False for a name on its own: surnames that name someone only after a title are skipped.</param>
    public static bool TryPickLeader(ReadOnlySpan<ActorEntry> entries, DateOnly? date, bool titled, [NotNullWhen(true)] out ActorEntry? leader)
    {
        leader = null;
        ActorEntry? undated = null, nearest = null;
        int nearestDistance = int.MaxValue;
        foreach (var entry in entries)
        {
            if (entry.Kind != ActorEntryKind.Leader || entry.AfterTitleOnly && !titled) continue;
            if (entry.Start is null && entry.End is null)
            {
                if (undated is null || entry.Layer > undated.Layer) undated = entry;
                continue;
            }
            if (date is { } d && !entry.IsValidOn(d))
            {
                int distance = entry.End is { } end && end < d ? d.DayNumber - end.DayNumber : entry.Start!.Value.DayNumber - d.DayNumber;
                if (distance < nearestDistance) (nearest, nearestDistance) = (entry, distance);
                continue;
            }
            if (leader is null || entry.Layer > leader.Layer || (entry.Layer == leader.Layer && (entry.Start ?? DateOnly.MinValue) > (leader.Start ?? DateOnly.MinValue)))
                leader = entry;
        }
        if (undated is not null && (leader is null || undated.Layer > leader.Layer)) leader = undated;
        if (leader is null && nearest is { Actor.Country: { } country })
            leader = nearest.AsPrivatePerson(country);
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
