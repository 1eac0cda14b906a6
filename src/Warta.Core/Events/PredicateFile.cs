using Warta.Data;

namespace Warta.Events;

/// <summary>
/// Reads and checks the predicate files of <c>&lt;folder&gt;/&lt;lang&gt;/events/</c> (<see cref="Files"/>). Columns (tab-separated, '-' or empty for none):
/// kind (V|N), predicate, code, cues (alternatives joined by '|'), target prepositions ('|'), source prepositions ('|'),
/// flags (comma-separated: recip, speech, verdict, untargeted:CODE). A code of '-' removes an entry loaded from an earlier folder;
/// a code of '---' (<see cref="NoEventCode"/>) is a sense discard: when it is the most specific entry that matches, the word is no event.
/// </summary>
internal static class PredicateFile
{
    public const string Name = "predicates.tsv";
    /// <summary>The predicates imported from PETRARCH-2 by tools/lexicon/import_petrarch.py; rule names carry this tag.</summary>
    public const string ImportedName = "predicates-petrarch.tsv";
    public const string ImportedTag = "petrarch";

    /// <summary>
    /// The predicate files of a language folder in load order: the hand-written file, then the imported one, whose entries
    /// give way to every hand-written entry with the same kind, predicate and cue, and to a hand-written default of the predicate.
    /// </summary>
    public static readonly IReadOnlyList<Spec> Files = [new(Name, Imported: false), new(ImportedName, Imported: true)];

    internal sealed record Spec(string File, bool Imported);
    public const string RemoveCode = "-";
    /// <summary>
    /// The code of a sense discard: a cued row that names a sense of the predicate which is no political event (*claim
    /// citizenship*, *membebaskan bea masuk*). It wins like any entry of its specificity and then yields no match.
    /// </summary>
    public const string NoEventCode = "---";
    private static readonly string[] KnownFlags = ["recip", "speech", "verdict", UntargetedFlag + "CODE", PeopleFlag + "CODE", ForcesFlag + "CODE"];
    private const string UntargetedFlag = "untargeted:";
    private const string PeopleFlag = "people:";
    private const string ForcesFlag = "forces:";

    internal sealed record Row(int Line, PredicateKind Kind, string Predicate, string Code, string[][] Cues,
        string[] Targets, string[] Sources, bool Reciprocal, bool Speech, bool Verdict, string? Untargeted = null, string? People = null, string? Forces = null)
    {
        /// <summary>Two rows with the same identity are the same entry: a later folder's row replaces an earlier one.</summary>
        public string Identity => $"{Kind}\t{Predicate.ToLowerInvariant()}\t{string.Join('|', Cues.Select(c => string.Join(' ', c)).Order(StringComparer.Ordinal))}";
    }

    public static string PathIn(string folder, string languageCode, string file = Name) => Path.Combine(folder, languageCode, "events", file);

    /// <summary>The rows of a file, and a problem for each line that cannot be read. Codes are checked against <paramref name="codebook"/>.</summary>
    public static List<Row> Read(string path, CameoCodebook codebook, List<DictionaryProblem> problems)
    {
        var rows = new List<Row>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line[0] == '#') continue;
            var row = Parse(path, lineNumber, line.Split('\t'), codebook, problems);
            if (row is null) continue;
            if (seen.TryGetValue(row.Identity, out var first))
                problems.Add(new DictionaryProblem(path, lineNumber, $"duplicate entry: same kind, predicate and cues as line {first}"));
            else seen[row.Identity] = lineNumber;
            rows.Add(row);
        }
        return rows;
    }

    private static Row? Parse(string path, int line, string[] f, CameoCodebook codebook, List<DictionaryProblem> problems)
    {
        void Problem(string message) => problems.Add(new DictionaryProblem(path, line, message));
        if (f.Length is < 3 or > 7) { Problem($"expected 3 to 7 tab-separated columns (kind, predicate, code, cues, targets, sources, flags), found {f.Length}"); return null; }
        PredicateKind kind;
        switch (f[0].Trim())
        {
            case "V": kind = PredicateKind.Verb; break;
            case "N": kind = PredicateKind.Noun; break;
            default: Problem($"kind '{f[0]}' must be V (verb) or N (noun)"); return null;
        }
        var predicate = Normalise(f[1]);
        if (predicate.Length == 0 || predicate == "-") { Problem("empty predicate"); return null; }
        var code = f[2].Trim();
        if (code != RemoveCode && code != NoEventCode && !codebook.Contains(code)) { Problem($"unknown CAMEO code '{code}'"); return null; }
        var cues = List(f, 3).Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var targets = List(f, 4);
        var sources = List(f, 5);
        foreach (var p in targets.Concat(sources))
            if (p.Contains(' ')) { Problem($"preposition '{p}' must be one word"); return null; }
        bool recip = false, speech = false, verdict = false;
        string? untargeted = null, people = null, forces = null;
        foreach (var flag in Column(f, 6).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (flag == "-") continue;
            if (flag == "recip") recip = true;
            else if (flag == "speech") speech = true;
            else if (flag == "verdict") verdict = true;
            else if (CodeFlag(flag) is (var prefix, var flagged))
            {
                if (!codebook.Contains(flagged)) { Problem($"unknown CAMEO code '{flagged}' in flag '{flag}'"); return null; }
                if (prefix == UntargetedFlag) untargeted = flagged;
                else if (prefix == PeopleFlag) people = flagged;
                else forces = flagged;
            }
            else { Problem($"unknown flag '{flag}': use {string.Join(", ", KnownFlags)}"); return null; }
        }
        return new Row(line, kind, predicate, code, cues, targets, sources, recip, speech, verdict, untargeted, people, forces);
    }

    /// <summary>A flag that carries a code ("untargeted:150", "people:144", "forces:191"): its prefix and the code; else null.</summary>
    private static (string Prefix, string Code)? CodeFlag(string flag)
    {
        foreach (var prefix in (ReadOnlySpan<string>)[UntargetedFlag, PeopleFlag, ForcesFlag])
            if (flag.StartsWith(prefix, StringComparison.Ordinal)) return (prefix, flag[prefix.Length..]);
        return null;
    }

    private static string Column(string[] f, int index) => index < f.Length ? f[index].Trim() : "";

    private static string[] List(string[] f, int index)
    {
        var value = Column(f, index);
        if (value.Length == 0 || value == "-") return [];
        return [.. value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalise).Where(s => s.Length > 0)];
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
