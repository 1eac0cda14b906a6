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

    private EnglishLexicon(Dictionary<string, IrregularForm> irregular, Dictionary<string, WordClasses> classes)
    {
        _irregular = irregular.GetAlternateLookup<ReadOnlySpan<char>>();
        _classes = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGetIrregular(ReadOnlySpan<char> form, out IrregularForm irregular) => _irregular.TryGetValue(form, out irregular);

    public WordClasses ClassesOf(ReadOnlySpan<char> lemma) => _classes.TryGetValue(lemma, out var c) ? c : WordClasses.None;

    public bool IsVerb(ReadOnlySpan<char> lemma) => (ClassesOf(lemma) & WordClasses.Verb) != 0;

    /// <summary>Our own irregular tables plus a base-word table (the shipped lemmas.tsv, or one built in memory).</summary>
    public static EnglishLexicon Create(EnglishWordLists lists, EnglishLemmaTable lemmas)
    {
        var classes = new Dictionary<string, WordClasses>(lists.IrregularClasses, StringComparer.Ordinal);
        foreach (var (lemma, uposNames) in lemmas.Entries)
        {
            var c = classes.GetValueOrDefault(lemma);
            foreach (var upos in uposNames)
                c |= upos switch
                {
                    "VERB" or "AUX" => WordClasses.Verb,
                    "NOUN" => WordClasses.Noun,
                    "ADJ" => WordClasses.Adjective,
                    _ => WordClasses.Other,
                };
            classes[lemma] = c;
        }
        return new EnglishLexicon(lists.Irregular, classes);
    }
}
