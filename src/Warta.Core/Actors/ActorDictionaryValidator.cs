using Warta.Data;

namespace Warta.Actors;

/// <summary>
/// lint-dict for the actor files: every bad line the loader would refuse, plus what it accepts but is probably
/// wrong: unknown country codes, a name given two different codes, a leader's name with overlapping terms of
/// different codes.
/// </summary>
public sealed class ActorDictionaryValidator(DataDirectory? shipped) : IDictionaryValidator
{
    public string Name => "actors";

    public IEnumerable<DictionaryProblem> Validate(string folder)
    {
        var parser = new ActorFileParser(0);
        parser.ReadFolder(folder);
        var problems = new List<DictionaryProblem>(parser.Problems);
        var entries = parser.Entries;
        var countries = entries.Where(e => e.Kind == ActorEntryKind.Country).Select(e => e.Actor.Code).ToHashSet(StringComparer.Ordinal);
        if (shipped is not null && !SameFolder(shipped.Root, folder)) countries.UnionWith(ShippedCountries(shipped));

        foreach (var e in entries)
            if (e.Actor.Country is { } c && !countries.Contains(c))
                problems.Add(new DictionaryProblem(e.File, e.Line, $"unknown country code '{c}' (not in countries.tsv)"));
        problems.AddRange(Conflicts(entries));
        var seen = new HashSet<(string, int, string)>();
        return problems.Where(p => seen.Add((p.File, p.Line, p.Message))).OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
    }

    private static IEnumerable<DictionaryProblem> Conflicts(IReadOnlyList<ActorEntry> entries)
    {
        var firstByName = new Dictionary<(bool Leader, bool Role, string Name), List<ActorEntry>>();
        foreach (var e in entries)
        {
            var key = (e.Kind == ActorEntryKind.Leader, e.Kind is ActorEntryKind.Role or ActorEntryKind.RolePrefix, ActorDictionary.FoldedName(e));
            if (!firstByName.TryGetValue(key, out var earlier)) firstByName[key] = earlier = [];
            foreach (var other in earlier)
            {
                if (other.Line == e.Line && other.File == e.File) continue;  // one line's terms (Phoenix: ELI, then GOV) may touch
                if (!Conflict(other, e)) continue;
                yield return new DictionaryProblem(e.File, e.Line,
                    $"'{string.Join(' ', e.Surface)}' is {e.Actor.Code} here but {other.Actor.Code} at {other.Source}");
                break;
            }
            earlier.Add(e);
        }
    }

    private static bool Conflict(ActorEntry a, ActorEntry b)
    {
        if (a.Kind == ActorEntryKind.Leader)
            return a.Actor.Code != b.Actor.Code && a.Start <= (b.End ?? DateOnly.MaxValue) && b.Start <= (a.End ?? DateOnly.MaxValue);
        // A town's name may be another country's town or capital (Tripoli: LBY's seat, a LBN port): the story chooses
        // (docs/actors.md). A seat of power is one place, so two seats of one name still conflict.
        if ((a.Kind == ActorEntryKind.Place || b.Kind == ActorEntryKind.Place) && a.Kind is ActorEntryKind.Seat or ActorEntryKind.Place
            && b.Kind is ActorEntryKind.Seat or ActorEntryKind.Place && a.Actor.Role is null && b.Actor.Role is null
            && a.Actor.Country != b.Actor.Country) return false;
        if (a.Actor.Code != b.Actor.Code) return true;
        return a.Kind is ActorEntryKind.Role && (a.RoleClass != b.RoleClass || a.IsWeakRole != b.IsWeakRole);
    }

    private static IEnumerable<string> ShippedCountries(DataDirectory shipped)
    {
        var parser = new ActorFileParser(0);
        parser.ReadFolder(shipped.Root);
        return parser.Entries.Where(e => e.Kind == ActorEntryKind.Country).Select(e => e.Actor.Code);
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
