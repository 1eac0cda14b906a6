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
    private EnglishWordLists(Dictionary<string, IrregularForm> irregular, Dictionary<string, WordClasses> classes, HashSet<string> invariant)
    {
        Irregular = irregular;
        IrregularClasses = classes;
        Invariant = invariant;
    }

    internal Dictionary<string, IrregularForm> Irregular { get; }
    /// <summary>Verb for the base of every irregular verb, Noun for that of every irregular noun.</summary>
    internal IReadOnlyDictionary<string, WordClasses> IrregularClasses { get; }
    internal IReadOnlySet<string> Invariant { get; }

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
        var invariant = data.ReadTable(data.File(Language.English, "invariant-words.txt"))
            .Select(r => r.Fields[0]).ToHashSet(StringComparer.Ordinal);
        return new EnglishWordLists(irregular, classes, invariant);
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
