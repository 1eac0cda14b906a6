using Warta.Data;
using Warta.Languages;

namespace Warta.Morphology.English;

/// <summary>Word classes a base word is known in; from data/en/lemmas.tsv.</summary>
[Flags]
internal enum WordClasses : byte
{
    None = 0,
    Verb = 1,
    Noun = 2,
    Adjective = 4,
    Other = 8,
}

/// <summary>What an irregular form is: which inflection of which lemma.</summary>
internal enum IrregularKind : byte
{
    Past,
    Participle,
    /// <summary>Past tense and past participle share the form (said, made): Fin or Part is decided in context.</summary>
    PastOrParticiple,
    Present,
    Plural,
    Singular,
    Comparative,
    Superlative,
}

internal readonly record struct IrregularForm(string Lemma, IrregularKind Kind);

/// <summary>The English word lists: irregular verbs, nouns and adjectives, and the base words with their classes.</summary>
internal sealed class EnglishLexicon
{
    private readonly Dictionary<string, IrregularForm>.AlternateLookup<ReadOnlySpan<char>> _irregular;
    private readonly Dictionary<string, WordClasses>.AlternateLookup<ReadOnlySpan<char>> _classes;

    public EnglishLexicon(Dictionary<string, IrregularForm> irregular, Dictionary<string, WordClasses> classes)
    {
        _irregular = irregular.GetAlternateLookup<ReadOnlySpan<char>>();
        _classes = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGetIrregular(ReadOnlySpan<char> form, out IrregularForm irregular) => _irregular.TryGetValue(form, out irregular);

    public WordClasses ClassesOf(ReadOnlySpan<char> lemma) => _classes.TryGetValue(lemma, out var c) ? c : WordClasses.None;

    public bool IsVerb(ReadOnlySpan<char> lemma) => (ClassesOf(lemma) & WordClasses.Verb) != 0;

    public static EnglishLexicon Load(DataDirectory data)
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
        var lemmas = data.File(Language.English, "lemmas.tsv");
        foreach (var (line, f) in data.ReadTable(lemmas))
        {
            Expect(f, 2, lemmas, line);
            var c = classes.GetValueOrDefault(f[0]);
            foreach (var upos in f[1].Split(','))
                c |= upos switch
                {
                    "VERB" or "AUX" => WordClasses.Verb,
                    "NOUN" => WordClasses.Noun,
                    "ADJ" => WordClasses.Adjective,
                    _ => WordClasses.Other,
                };
            classes[f[0]] = c;
        }
        return new EnglishLexicon(irregular, classes);
    }

    // The first listing of a form wins, so "lay" stays the past of lie rather than becoming a present of lay.
    private static void Add(Dictionary<string, IrregularForm> map, string form, IrregularForm value) => map.TryAdd(form, value);

    private static string[] Split(string field) => field.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void Expect(string[] fields, int count, string path, int line)
    {
        if (fields.Length < count)
            throw new Errors.WartaException(Errors.ErrorCodes.DataFileInvalid,
                $"{path}:{line}: expected at least {count} tab-separated fields, found {fields.Length}");
    }
}
