using Warta.Data;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Morphology.English;

/// <summary>
/// Our own English lists, independent of any treebank: the irregular verb, noun and adjective tables (with the word
/// classes they imply) and the invariant words. Immutable; shared by the shipped analyser and those built in memory.
/// </summary>
public sealed class EnglishWordLists
{
    private EnglishWordLists(Dictionary<string, IrregularForm> irregular, Dictionary<string, WordClasses> classes, HashSet<string> invariant,
        VerbPrefixes prefixes)
    {
        Irregular = irregular;
        IrregularClasses = classes;
        Invariant = invariant;
        Prefixes = prefixes;
    }

    internal Dictionary<string, IrregularForm> Irregular { get; }
    /// <summary>Verb for the base of every irregular verb and every verb of verb-lemmas.txt, Noun for the base of every irregular noun.</summary>
    internal IReadOnlyDictionary<string, WordClasses> IrregularClasses { get; }
    internal IReadOnlySet<string> Invariant { get; }
    internal VerbPrefixes Prefixes { get; }

    public static EnglishWordLists Load(DataDirectory data)
    {
        var irregular = new Dictionary<string, IrregularForm>(StringComparer.Ordinal);
        var classes = new Dictionary<string, WordClasses>(StringComparer.Ordinal);
        var verbs = data.File(Language.English, "irregular-verbs.tsv");
        foreach (var (line, f) in data.ReadTable(verbs))
        {
            Expect(f, 3, verbs, line);
            var pasts = Split(f[1]);
            var participles = Split(f[2]);
            foreach (var p in pasts)
                Add(irregular, p, new(f[0], participles.Contains(p) ? IrregularKind.PastOrParticiple : IrregularKind.Past));
            foreach (var p in participles.Where(p => !pasts.Contains(p) && p != f[0]))
                Add(irregular, p, new(f[0], IrregularKind.Participle));
            if (f.Length > 3) foreach (var p in Split(f[3])) Add(irregular, p, new(f[0], IrregularKind.Present));
            classes[f[0]] = WordClasses.Verb;
        }
        var nouns = data.File(Language.English, "irregular-nouns.tsv");
        foreach (var (line, f) in data.ReadTable(nouns))
        {
            Expect(f, 2, nouns, line);
            foreach (var p in Split(f[1])) Add(irregular, p, new(f[0], p == f[0] ? IrregularKind.Singular : IrregularKind.Plural));
            if (!irregular.ContainsKey(f[0])) irregular[f[0]] = new(f[0], IrregularKind.Singular);
            classes[f[0]] = classes.GetValueOrDefault(f[0]) | WordClasses.Noun;
        }
        var adjectives = data.File(Language.English, "irregular-adjectives.tsv");
        foreach (var (line, f) in data.ReadTable(adjectives))
        {
            Expect(f, 3, adjectives, line);
            foreach (var p in Split(f[1])) Add(irregular, p, new(f[0], IrregularKind.Comparative));
            foreach (var p in Split(f[2])) Add(irregular, p, new(f[0], IrregularKind.Superlative));
        }
        // Verbs the UD-derived lemmas.tsv lacks as verbs (upgrade, evade): their forms must reach them.
        foreach (var (_, f) in ReadOptional(data, "verb-lemmas.txt"))
            classes[f[0]] = classes.GetValueOrDefault(f[0]) | WordClasses.Verb;
        var invariant = data.ReadTable(data.File(Language.English, "invariant-words.txt"))
            .Select(r => r.Fields[0]).ToHashSet(StringComparer.Ordinal);
        var prefixRows = ReadOptional(data, "verb-prefixes.tsv").Select(r => r.Fields).ToList();
        var prefixes = new VerbPrefixes(
            prefixRows.Where(f => f.Length > 1 && f[1] == "yes").Select(f => f[0]),
            prefixRows.Where(f => f.Length > 2 && f[2] == "yes").Select(f => f[0]),
            ReadOptional(data, "hyphenated-verbs.txt").Select(r => r.Fields[0]));
        return new EnglishWordLists(irregular, classes, invariant, prefixes);
    }

    /// <summary>A table added after the analyser's first release: a data folder without it reads as empty.</summary>
    private static IEnumerable<(int Line, string[] Fields)> ReadOptional(DataDirectory data, string name)
    {
        var path = data.File(Language.English, name);
        return File.Exists(path) ? data.ReadTable(path) : [];
    }

    // The first listing of a form wins, so "lay" stays the past of lie rather than becoming a present of lay.
    private static void Add(Dictionary<string, IrregularForm> map, string form, IrregularForm value) => map.TryAdd(form, value);

    private static string[] Split(string field) => field.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void Expect(string[] fields, int count, string path, int line)
    {
        if (fields.Length < count)
            throw new WartaException(ErrorCodes.DataFileInvalid, $"{path}:{line}: expected at least {count} tab-separated fields, found {fields.Length}");
    }
}

/// <summary>
/// data/en/verb-prefixes.tsv and hyphenated-verbs.txt: which prefixes join a hyphenated verb (re-open → reopen), which
/// carry an irregular form (retold → retell), and the hyphenated verbs that are other words than the joined ones (re-sign).
/// </summary>
internal sealed class VerbPrefixes(IEnumerable<string> hyphenJoining, IEnumerable<string> irregularCarrying, IEnumerable<string> keptHyphenated)
{
    public static readonly VerbPrefixes None = new([], [], []);

    private readonly HashSet<string> _hyphenJoining = hyphenJoining.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _keptHyphenated = keptHyphenated.ToHashSet(StringComparer.Ordinal);

    /// <summary>Longest first, so "counter" is tried before a shorter prefix that happens to start it.</summary>
    public IReadOnlyList<string> IrregularCarrying { get; } = irregularCarrying.OrderByDescending(p => p.Length).ToArray();

    public bool JoinsHyphen(string prefix) => _hyphenJoining.Contains(prefix);

    public bool KeepsHyphen(string hyphenatedLemma) => _keptHyphenated.Contains(hyphenatedLemma);
}
