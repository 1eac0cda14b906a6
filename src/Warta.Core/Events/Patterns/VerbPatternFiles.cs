using System.Text.RegularExpressions;
using Warta.Data;
using Warta.Languages;

namespace Warta.Events.Patterns;

/// <summary>
/// Reads and checks the verb-pattern files of <c>&lt;folder&gt;/&lt;lang&gt;/events/verb-patterns/</c> (format: docs/lexicon.md):
/// <c>synsets.tsv</c> (set, phrase, origin), <c>verbs.tsv</c> (class, lemma, elements, code, forms, origin) and
/// <c>patterns.tsv</c> (class, code, reverse, elements, verb, origin). Every problem names the file and line.
/// </summary>
public static partial class VerbPatternFiles
{
    public const string Folder = "verb-patterns";
    public const string SynsetsFile = "synsets.tsv";
    public const string VerbsFile = "verbs.tsv";
    public const string PatternsFile = "patterns.tsv";
    /// <summary>The code column's value for "no event".</summary>
    public const string NoEvent = "---";

    /// <summary>The universal dependency relations of UD v2; a relation may add a lower-case subtype (<c>obl:agent</c>).</summary>
    public static readonly IReadOnlySet<string> UniversalRelations = new HashSet<string>(StringComparer.Ordinal)
    {
        "nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative", "expl", "dislocated", "advcl", "advmod",
        "discourse", "aux", "cop", "mark", "nmod", "appos", "nummod", "acl", "amod", "det", "clf", "case", "conj", "cc",
        "fixed", "flat", "compound", "list", "parataxis", "orphan", "goeswith", "reparandum", "punct", "root", "dep",
    };

    public static string DirectoryIn(string folder, string languageCode) => Path.Combine(folder, languageCode, "events", Folder);

    internal sealed record SynsetRow(int Line, string Name, string Phrase);

    /// <summary>Everything read from one language's files (of one or more folders), before the model is built.</summary>
    internal sealed class Contents
    {
        public List<(SynsetRow Row, string Origin)> Synsets { get; } = [];
        public List<PatternVerb> Verbs { get; } = [];
        public List<VerbPattern> Patterns { get; } = [];
        /// <summary>Synonym-set names each element refers to, with where, for the check that every set is defined.</summary>
        public List<(string Name, string File, int Line)> SetReferences { get; } = [];
        public List<(string Class, string File, int Line)> PatternClasses { get; } = [];
        /// <summary>Indonesian noun phrases put the head first (bantuan kemanusiaan), English ones last (humanitarian aid).</summary>
        public bool HeadFirst { get; set; }
    }

    // <folder>/<lang>/events/verb-patterns: the language code is two levels up.
    private static bool IsHeadFirst(string directory) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(directory)))) == Language.Indonesian.ToCode();

    /// <summary>Reads the files present in <paramref name="directory"/> into <paramref name="into"/>.</summary>
    internal static void Read(string directory, CameoCodebook codebook, Contents into, List<DictionaryProblem> problems)
    {
        into.HeadFirst = IsHeadFirst(directory);
        var synsets = Path.Combine(directory, SynsetsFile);
        if (File.Exists(synsets)) ReadSynsets(synsets, into, problems);
        var verbs = Path.Combine(directory, VerbsFile);
        if (File.Exists(verbs)) ReadVerbs(verbs, codebook, into, problems);
        var patterns = Path.Combine(directory, PatternsFile);
        if (File.Exists(patterns)) ReadPatterns(patterns, codebook, into, problems);
    }

    /// <summary>The checks that need all files: synonym sets used but never defined, pattern classes with no verb.</summary>
    internal static void CheckReferences(Contents contents, List<DictionaryProblem> problems)
    {
        var sets = contents.Synsets.Select(s => s.Row.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, file, line) in contents.SetReferences)
            if (!sets.Contains(name)) problems.Add(new DictionaryProblem(file, line, $"synonym set {name} is not defined in {SynsetsFile}"));
        var classes = contents.Verbs.Select(v => v.Class).ToHashSet(StringComparer.Ordinal);
        foreach (var (cls, file, line) in contents.PatternClasses)
            if (!classes.Contains(cls)) problems.Add(new DictionaryProblem(file, line, $"class {cls} has no verb in {VerbsFile}"));
    }

    /// <summary>Checks the verb-pattern files of every language in a folder laid out like data/ (for <c>lint-dict</c>).</summary>
    public static IEnumerable<DictionaryProblem> Validate(string folder, CameoCodebook codebook)
    {
        var problems = new List<DictionaryProblem>();
        foreach (var language in LanguageCodes.Supported)
        {
            var directory = DirectoryIn(folder, language.ToCode());
            if (!Directory.Exists(directory)) continue;
            var contents = new Contents();
            Read(directory, codebook, contents, problems);
            CheckReferences(contents, problems);
        }
        return problems;
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(string path)
    {
        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line[0] == '#') continue;
            yield return (n, line.Split('\t'));
        }
    }

    private static void ReadSynsets(string path, Contents into, List<DictionaryProblem> problems)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var (line, f) in Rows(path))
        {
            if (f.Length is < 2 or > 3) { problems.Add(new(path, line, $"expected 2 or 3 tab-separated columns (set, phrase, origin), found {f.Length}")); continue; }
            var name = f[0].Trim();
            if (!SetName().IsMatch(name)) { problems.Add(new(path, line, $"set name '{name}' must be '&' and upper-case letters, digits or '_'")); continue; }
            var phrase = string.Join(' ', f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (phrase.Length == 0 || !phrase.Split(' ').All(w => PhraseWord().IsMatch(w)))
            { problems.Add(new(path, line, $"phrase '{f[1]}' must be lower-case words")); continue; }
            if (!seen.Add((name, phrase))) { problems.Add(new(path, line, $"duplicate phrase '{phrase}' in {name}")); continue; }
            into.Synsets.Add((new SynsetRow(line, name, phrase), Origin(path, line, f, 2)));
        }
    }

    private static void ReadVerbs(string path, CameoCodebook codebook, Contents into, List<DictionaryProblem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, f) in Rows(path))
        {
            void Problem(string message) => problems.Add(new DictionaryProblem(path, line, message));
            if (f.Length is < 4 or > 6) { Problem($"expected 4 to 6 tab-separated columns (class, lemma, elements, code, forms, origin), found {f.Length}"); continue; }
            var cls = f[0].Trim();
            if (!ClassName().IsMatch(cls)) { Problem($"class '{cls}' must be upper-case letters, digits, '_' or '-'"); continue; }
            var lemma = string.Join(' ', f[1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (lemma.Length == 0 || lemma.Contains(' ') || !LemmaWord().IsMatch(lemma)) { Problem($"lemma '{f[1]}' must be one lower-case word (particles go in the elements)"); continue; }
            var elements = ParseElements(f[2], path, line, into, problems);
            if (elements is null) continue;
            if (!TryCode(f[3], codebook, allowNone: true, out var code, out var error)) { Problem(error); continue; }
            var forms = f.Length > 4 && f[4].Trim() is { Length: > 0 } fs && fs != "-"
                ? fs.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var key = $"{cls}\t{lemma}\t{string.Join(" ; ", elements)}";
            if (seen.TryGetValue(key, out var first)) { Problem($"duplicate verb: same class, lemma and elements as line {first}"); continue; }
            seen[key] = line;
            into.Verbs.Add(new PatternVerb(cls, lemma, elements, code, forms, Origin(path, line, f, 5)));
        }
    }

    private static void ReadPatterns(string path, CameoCodebook codebook, Contents into, List<DictionaryProblem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, f) in Rows(path))
        {
            void Problem(string message) => problems.Add(new DictionaryProblem(path, line, message));
            if (f.Length is < 4 or > 6) { Problem($"expected 4 to 6 tab-separated columns (class, code, reverse, elements, verb, origin), found {f.Length}"); continue; }
            var cls = f[0].Trim();
            if (!ClassName().IsMatch(cls)) { Problem($"class '{cls}' must be upper-case letters, digits, '_' or '-'"); continue; }
            if (!TryCode(f[1], codebook, allowNone: true, out var code, out var error)) { Problem(error); continue; }
            string? reverse = null;
            if (f[2].Trim() != "-" && !TryCode(f[2], codebook, allowNone: false, out reverse, out error)) { Problem("reverse " + error); continue; }
            var elements = ParseElements(f[3], path, line, into, problems);
            if (elements is null) continue;
            var key = cls + "\t" + string.Join(" ; ", elements.Select(e => e.ToString()).Order(StringComparer.Ordinal));
            if (seen.TryGetValue(key, out var first)) { Problem($"duplicate pattern: same class and elements as line {first}"); continue; }
            seen[key] = line;
            var noted = f.Length > 4 && f[4].Trim() is { Length: > 0 } v && v != "-" ? v.Trim() : null;
            into.PatternClasses.Add((cls, path, line));
            into.Patterns.Add(new VerbPattern(cls, code, reverse, elements, noted, Origin(path, line, f, 5)));
        }
    }

    private static string Origin(string path, int line, string[] f, int column) =>
        f.Length > column && f[column].Trim() is { Length: > 0 } o && o != "-" ? $"{path}:{line} ({o.Trim()})" : $"{path}:{line}";

    private static bool TryCode(string text, CameoCodebook codebook, bool allowNone, out string? code, out string error)
    {
        var value = text.Trim();
        code = null;
        error = "";
        if (value == NoEvent && allowNone) return true;
        if (!codebook.Contains(value))
        {
            error = $"code '{value}' is not in the CAMEO codebook" + (allowNone ? $" (write {NoEvent} for no event)" : "");
            return false;
        }
        code = value;
        return true;
    }

    /// <summary>Parses an elements column ('-' for none); null after reporting a problem.</summary>
    internal static List<PatternElement>? ParseElements(string text, string path, int line, Contents? into, List<DictionaryProblem> problems)
    {
        var value = text.Trim();
        var elements = new List<PatternElement>();
        if (value is "-" or "") return elements;
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var options = new List<ElementOption>();
            foreach (var optionText in part.Split("||", StringSplitOptions.TrimEntries))
            {
                var option = ParseOption(optionText, into?.HeadFirst ?? false, out var error);
                if (option is null) { problems.Add(new DictionaryProblem(path, line, $"element '{part}': {error}")); return null; }
                options.Add(option);
                if (into is not null)
                    foreach (var word in option.Filler.Head.Concat(option.Filler.Modifiers.SelectMany(m => m)))
                        if (word.StartsWith('&')) into.SetReferences.Add((word, path, line));
            }
            elements.Add(new PatternElement(options));
        }
        return elements;
    }

    private static ElementOption? ParseOption(string text, bool headFirst, out string error)
    {
        error = "";
        bool loose = text.StartsWith('~');
        var body = loose ? text[1..] : text;
        int eq = body.IndexOf('=');
        if (eq <= 0) { error = "expected path=filler (obj=aid, obl[to]=<target>)"; return null; }
        var steps = new List<DependencyStep>();
        foreach (var stepText in body[..eq].Split('/'))
        {
            var m = Step().Match(stepText.Trim());
            if (!m.Success) { error = $"step '{stepText}' must be relation[|relation…][\\[case|case…\\]]"; return null; }
            var relations = m.Groups["rels"].Value.Split('|');
            foreach (var relation in relations)
                if (!UniversalRelations.Contains(relation.Split(':')[0]))
                { error = $"'{relation}' is not a Universal Dependencies relation"; return null; }
            var cases = m.Groups["cases"].Success ? m.Groups["cases"].Value.Split('|') : [];
            if (cases.Any(c => !LemmaWord().IsMatch(c))) { error = $"case words in '{stepText}' must be lower-case words"; return null; }
            steps.Add(new DependencyStep(relations, cases));
        }
        if (loose && steps[^1].Cases.Count == 0) { error = "'~' (or on the noun before) needs a case word: ~obl[in]=…"; return null; }
        var filler = ParseFiller(body[(eq + 1)..].Trim(), headFirst, out error);
        return filler is null ? null : new ElementOption(steps, filler, loose);
    }

    private static PatternFiller? ParseFiller(string text, bool headFirst, out string error)
    {
        error = "";
        switch (text)
        {
            case "<source>": return PatternFiller.Role(FillerKind.Source);
            case "<target>": return PatternFiller.Role(FillerKind.Target);
            case "<any>": return PatternFiller.Role(FillerKind.Any);
            case "<both>": return PatternFiller.Role(FillerKind.Both);
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) { error = "empty filler"; return null; }
        var alternatives = new List<IReadOnlyList<string>>();
        foreach (var word in words)
        {
            var alts = word.Split('|');
            foreach (var alt in alts)
                if (!(alt.StartsWith('&') ? SetName().IsMatch(alt) : LemmaWord().IsMatch(alt)))
                { error = $"'{alt}' is neither a lower-case word, a set name (&NAME) nor <source>, <target>, <any>, <both>"; return null; }
            alternatives.Add(alts);
        }
        return headFirst
            ? new PatternFiller(FillerKind.Words, alternatives[0], alternatives[1..])
            : new PatternFiller(FillerKind.Words, alternatives[^1], alternatives[..^1]);
    }

    [GeneratedRegex(@"^&[A-Z][A-Z0-9_]*$")]
    private static partial Regex SetName();
    [GeneratedRegex(@"^[A-Z][A-Z0-9_\-]*$")]
    private static partial Regex ClassName();
    // A set's phrase is matched word by word against tokens, so a word may hold '/' ("f/a-18").
    [GeneratedRegex(@"^[\p{Ll}0-9][\p{Ll}0-9'./\-]*$")]
    private static partial Regex PhraseWord();
    [GeneratedRegex(@"^[\p{Ll}0-9][\p{Ll}0-9'.\-]*$")]
    private static partial Regex LemmaWord();
    [GeneratedRegex(@"^(?<rels>[a-z]+(:[a-z]+)?(\|[a-z]+(:[a-z]+)?)*)(\[(?<cases>[^\]]+)\])?$")]
    private static partial Regex Step();
}
