using Warta.Data;
using Warta.Languages;
using Warta.Morphology;
using Warta.Morphology.English;
using Warta.Text;

namespace Warta.Tests.Morphology.English;

/// <summary>
/// Does every verb of the English event lexicon reach its entry from its inflected forms? Collects the verbs (hand
/// and imported predicates, PETRARCH-2 verb patterns, intents, refusals, obligations, speech), generates their forms
/// (-s, -ed, -ing by the spelling rules; irregular forms from irregular-verbs.tsv and from PETRARCH-2's own form lists
/// in verbs.tsv; the hyphenated spelling of a prefixed verb: re-open) and asks the analyser for each form's lemma.
/// The lemma of a form tagged VERB is the context-free analysis (the tag corrections touch only PROPN, PART and NOUN).
/// </summary>
internal static class VerbFormCheck
{
    public sealed record Form(string Lemma, string Word, string Kind, string Origin);

    public sealed record Failure(Form Form, string Got, string Cause);

    /// <summary>Prefixes that are written with a hyphen before a verb as well as joined to it (re-open, co-operate).</summary>
    private static readonly string[] HyphenPrefixes = ["re", "co"];

    /// <summary>Forms not checked. In PETRARCH-2's lists, forms that are not forms of the row's verb: typos (chosing, overidding) and other
    /// verbs' forms (drug for dragged, pent of pen, lie and lain of lie under lay). And "means": the noun, kept whole
    /// (invariant-words.txt), shares the form with the verb's third person, and the tag alone cannot tell the lemma.</summary>
    private static readonly HashSet<(string, string)> ExemptForms =
        [("choose", "chosing"), ("override", "overidding"), ("override", "overrid"), ("tread", "trodding"), ("drag", "drug"),
         ("pin", "pent"), ("lay", "lie"), ("lay", "lain"), ("mean", "means"),
         // Left unreduced on purpose: as a verb, spy would lemmatise "spying" to spy, and the actor rules, which read
         // lemmas without the tag, then take "spying for Israel" as a spy of Israel (docs/lexicon.md, "Verb forms").
         ("spy", "spying")];

    public static IReadOnlyList<Form> Forms(DataDirectory data, IMorphologicalAnalyzer analyzer)
    {
        var irregular = IrregularTable(data);
        var keptHyphen = data.ReadTable(data.File(Language.English, "hyphenated-verbs.txt")).Select(r => r.Fields[0]).ToHashSet();
        var forms = new Dictionary<(string, string), Form>();
        void Add(string lemma, string word, string kind, string origin)
        {
            if (word.Length == 0 || word == lemma || ExemptForms.Contains((lemma, word))) return;
            forms.TryAdd((lemma, word), new Form(lemma, word, kind, origin));
        }

        foreach (var (verb, origin) in LexiconVerbs(data))
        {
            // The entry is matched by the analyser's spelling of its base (criticise → criticize; HeadMatcher).
            var lemma = EntryLemma(analyzer, verb);
            var generated = new List<(string Word, string Kind)>();
            if (irregular.TryGetValue(verb, out var irr))
            {
                generated.AddRange(irr);
                if (!irr.Any(f => f.Kind == "present")) generated.Add((ThirdPerson(verb), "s"));
                generated.AddRange(Ings(verb).Select(w => (w, "ing")));
            }
            else
            {
                generated.Add((ThirdPerson(verb), "s"));
                generated.AddRange(Eds(verb).Select(w => (w, "ed")));
                generated.AddRange(Ings(verb).Select(w => (w, "ing")));
            }
            foreach (var (word, kind) in generated) Add(lemma, word, kind, origin);
            foreach (var prefix in HyphenPrefixes)
                if (verb.StartsWith(prefix, StringComparison.Ordinal) && verb.Length > prefix.Length + 2 && verb[prefix.Length] != '-'
                    && IsVerbLemma(analyzer, verb[prefix.Length..]) && !keptHyphen.Contains(prefix + "-" + verb[prefix.Length..]))
                    foreach (var (word, _) in generated.Prepend((verb, "base")))
                        Add(lemma, prefix + "-" + word[prefix.Length..], "hyphen", origin);
        }
        // PETRARCH-2's own form lists (CAMEO.2.0.txt, carried into verbs.tsv's forms column by the importer). A verb with
        // a copula (determined: "is determined") is an adjective, not a verb to inflect.
        var verbs = data.File(Language.English, "events/verb-patterns/verbs.tsv");
        foreach (var (line, f) in data.ReadTable(verbs))
            if (f.Length > 4 && f[4] != "-" && !f[1].Contains('-') && !f[2].Contains("cop"))
                foreach (var form in f[4].Split('|'))
                    if (form.Split(' ')[0].ToLowerInvariant() is var word && !NotAVerbHead.Contains(f[1]))
                        Add(EntryLemma(analyzer, f[1]), word, "petrarch", $"verbs.tsv:{line}");
        return forms.Values.OrderBy(f => f.Lemma, StringComparer.Ordinal).ThenBy(f => f.Word, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<Failure> Run(DataDirectory data, IMorphologicalAnalyzer analyzer)
    {
        var failures = new List<Failure>();
        var tagged = new TaggedLemmas();
        var entries = LexiconVerbs(data).Select(v => EntryLemma(analyzer, v.Lemma)).ToHashSet(StringComparer.Ordinal);
        foreach (var form in Forms(data, analyzer))
        {
            var got = tagged.Correct(form.Word, Upos.VERB, analyzer.Analyze(form.Word), Language.English).Lemma;
            // Two entries for spellings of one verb (lambast, lambaste): a form reaching either reaches the verb.
            bool variant = entries.Contains(got) && (got + "e" == form.Lemma || form.Lemma + "e" == got);
            if (got != form.Lemma && !variant) failures.Add(new Failure(form, got, Cause(form, analyzer)));
        }
        return failures;
    }

    private static string Cause(Form form, IMorphologicalAnalyzer analyzer)
    {
        if (form.Kind == "hyphen") return "hyphen-prefix";
        if (!IsVerbLemma(analyzer, form.Lemma)) return "not-a-verb-in-lemma-table";
        if (form.Kind is "past" or "participle" or "present") return "irregular";
        if (form.Kind == "petrarch") return form.Word.EndsWith("ed") || form.Word.EndsWith("ing") || form.Word.EndsWith('s')
            ? "regular-rule" : "irregular";
        return "regular-rule";
    }

    /// <summary>The lemma a lexicon word is matched by: the analyser's spelling of the base (HeadMatcher.EnglishKey).</summary>
    private static string EntryLemma(IMorphologicalAnalyzer analyzer, string verb)
    {
        var a = analyzer.Analyze(verb);
        return a.Suffixes.Count == 0 && a.Rule.StartsWith("lexicon:", StringComparison.Ordinal) ? a.Lemma : verb;
    }

    /// <summary>The analyser knows the word as a verb base (from lemmas.tsv, the irregular table or the added verbs).</summary>
    private static bool IsVerbLemma(IMorphologicalAnalyzer analyzer, string lemma)
    {
        var a = analyzer.Analyze(lemma);
        return a.Lemma == lemma && (a.Rule.StartsWith("lexicon:verb", StringComparison.Ordinal) || a.Rule.StartsWith("irregular", StringComparison.Ordinal));
    }

    /// <summary>The one-word heads of every verb entry, with the file and line that names it.</summary>
    private static IEnumerable<(string Lemma, string Origin)> LexiconVerbs(DataDirectory data)
    {
        foreach (var file in new[] { "predicates.tsv", "predicates-petrarch.tsv" })
        {
            var path = data.File(Language.English, "events/" + file);
            foreach (var (line, f) in data.ReadTable(path))
                if (f[0] == "V" && Head(f[1]) is { } head && !NotAVerbHead.Contains(head)) yield return (head, $"{file}:{line}");
        }
        var verbs = data.File(Language.English, "events/verb-patterns/verbs.tsv");
        foreach (var (line, f) in data.ReadTable(verbs))
            if (Head(f[1]) is { } head && !f[2].Contains("cop") && !NotAVerbHead.Contains(head)) yield return (head, $"verbs.tsv:{line}");
        // Phrase tables: the first word, unless it is an auxiliary or not a verb at all (will, must, unwilling, according).
        foreach (var file in new[] { "intents.tsv", "refusals.tsv", "obligations.tsv", "speech.tsv" })
        {
            var path = data.File(Language.English, "events/" + file);
            foreach (var (line, f) in data.ReadTable(path))
                if (Head(f[0]) is { } head && !NotAVerbHead.Contains(head)) yield return (head, $"{file}:{line}");
        }
    }

    // Heads that are auxiliaries, adjectives or participles, not verbs to inflect.
    private static readonly HashSet<string> NotAVerbHead =
        ["will", "'ll", "wo", "shall", "would", "must", "should", "ought", "can", "could", "may", "might", "be", "have",
         "unwilling", "willing", "ready", "prepared", "according", "quoted", "likely", "poised", "set", "due", "close",
         "gymble"];   // gymble: a PETRARCH-2 row that is no English verb

    private static string? Head(string phrase)
    {
        var head = phrase.Split(' ')[0].ToLowerInvariant();
        foreach (var c in head) if (c is not (>= 'a' and <= 'z' or '-')) return null;
        return head.Length >= 2 ? head : null;
    }

    private static Dictionary<string, List<(string Word, string Kind)>> IrregularTable(DataDirectory data)
    {
        var table = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        var path = data.File(Language.English, "irregular-verbs.tsv");
        foreach (var (_, f) in data.ReadTable(path))
        {
            var list = table[f[0]] = [];
            foreach (var p in f[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) list.Add((p, "past"));
            foreach (var p in f[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) list.Add((p, "participle"));
            if (f.Length > 3)
                foreach (var p in f[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (!p.Contains('\'')) list.Add((p, "present"));
        }
        return table;
    }

    // The regular spelling rules, written independently of the analyser's (which undoes them).
    internal static string ThirdPerson(string v)
    {
        if (EndsConsonantY(v)) return v[..^1] + "ies";
        if (v.EndsWith('s') || v.EndsWith('x') || v.EndsWith('z') || v.EndsWith("ch") || v.EndsWith("sh") || v.EndsWith('o'))
            return v + "es";
        return v + "s";
    }

    internal static string Ed(string v) => Eds(v).First();

    internal static string Ing(string v) => Ings(v).First();

    /// <summary>The -ed spellings: a longer verb ending consonant-vowel-consonant gets both (recurred, visited), since
    /// doubling follows stress, which spelling does not show.</summary>
    internal static IEnumerable<string> Eds(string v)
    {
        if (v.EndsWith('e')) return [v + "d"];
        if (EndsConsonantY(v)) return [v[..^1] + "ied"];
        return Doubling(v) switch { 1 => [v + v[^1] + "ed"], 2 => [v + "ed", v + v[^1] + "ed"], _ => [v + "ed"] };
    }

    internal static IEnumerable<string> Ings(string v)
    {
        if (v.EndsWith("ie")) return [v[..^2] + "ying"];
        if (v.EndsWith('e') && !v.EndsWith("ee") && !v.EndsWith("ye") && !v.EndsWith("oe")) return [v[..^1] + "ing"];
        return Doubling(v) switch { 1 => [v + v[^1] + "ing"], 2 => [v + "ing", v + v[^1] + "ing"], _ => [v + "ing"] };
    }

    private static bool EndsConsonantY(string v) => v.Length > 2 && v[^1] == 'y' && !IsVowel(v[^2]);

    /// <summary>0: no doubling; 1: a one-syllable consonant-vowel-consonant verb doubles (stop, plan); 2: a longer one
    /// may (recur, admit) or may not (visit, open), as its stress decides.</summary>
    private static int Doubling(string v)
    {
        if (v.Length < 3 || v[^1] is 'w' or 'x' or 'y' || IsVowel(v[^1]) || !IsVowel(v[^2]) || IsVowel(v[^3])) return 0;
        int groups = 0; bool inVowel = false;
        foreach (var c in v) { bool isV = IsVowel(c); if (isV && !inVowel) groups++; inVowel = isV; }
        return groups == 1 ? 1 : 2;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
