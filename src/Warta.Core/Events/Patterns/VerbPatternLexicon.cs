using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Events.Patterns;

/// <summary>
/// The verb patterns of one language (<c>data/&lt;lang&gt;/events/verb-patterns/</c>, then each user folder's), indexed for a
/// dependency-tree coder: verbs by lemma (Indonesian: by root, so every affixed form of the same derivation finds them),
/// patterns by class, most specific first. Immutable and thread-safe; it matches no tree itself.
/// </summary>
public sealed class VerbPatternLexicon
{
    private readonly FrozenDictionary<string, ImmutableArray<(PatternVerb Verb, HeadPattern Head)>> _verbsByKey;
    private readonly FrozenDictionary<string, ImmutableArray<VerbPattern>> _patternsByClass;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _synsets;
    private readonly HeadMatcher _matcher;
    private readonly ConcurrentDictionary<string, HeadPattern> _wordPatterns = new(StringComparer.Ordinal);

    private VerbPatternLexicon(Language language, HeadMatcher matcher, IReadOnlyList<PatternVerb> verbs, IReadOnlyList<VerbPattern> patterns,
        IEnumerable<(string Name, string Phrase)> synsets)
    {
        Language = language;
        _matcher = matcher;
        Verbs = verbs;
        Patterns = patterns;
        _verbsByKey = verbs.Select(v => (Verb: v, Head: matcher.Pattern(v.Lemma))).GroupBy(v => v.Head.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _patternsByClass = patterns.GroupBy(p => p.Class, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(Specificity).ToImmutableArray(), StringComparer.Ordinal);
        _synsets = synsets.GroupBy(s => s.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(s => s.Phrase).ToImmutableArray(), StringComparer.Ordinal);
    }

    public Language Language { get; }
    /// <summary>Every verb, in file order (a lemma may belong to several classes; PETRARCH-2 uses the first).</summary>
    public IReadOnlyList<PatternVerb> Verbs { get; }
    /// <summary>Every pattern, in file order.</summary>
    public IReadOnlyList<VerbPattern> Patterns { get; }
    public IReadOnlyCollection<string> Classes => _patternsByClass.Keys.Union(Verbs.Select(v => v.Class)).ToHashSet(StringComparer.Ordinal);
    public IReadOnlyCollection<string> SynsetNames => _synsets.Keys;

    /// <summary>The verbs written with <paramref name="lemma"/> (English lemma; Indonesian: any form of the same root), in file order.</summary>
    public ImmutableArray<PatternVerb> VerbsOf(string lemma) =>
        _verbsByKey.TryGetValue(_matcher.Pattern(lemma).Key, out var verbs) ? [.. verbs.Select(v => v.Verb)] : [];

    /// <summary>
    /// The verbs whose head matches <paramref name="token"/>: English by lemma or form; Indonesian by root and derivational
    /// shape in any voice (<c>menyerang</c> finds diserang, but <c>menyerah</c> is another verb). Multi-word verbs are among
    /// them: their <see cref="PatternVerb.Elements"/> still have to hold in the tree.
    /// </summary>
    public IEnumerable<PatternVerb> VerbsFor(Token token)
    {
        var form = token.Form.ToLowerInvariant();
        var lemma = token.Morph?.Lemma.ToLowerInvariant() ?? form;
        foreach (var candidate in lemma == form ? [lemma] : new[] { lemma, form })
            if (_verbsByKey.TryGetValue(candidate, out var verbs))
                foreach (var (verb, head) in verbs)
                    if (_matcher.Matches(token, head)) yield return verb;
    }

    /// <summary>
    /// True when <paramref name="token"/> is the filler word <paramref name="word"/> (lower case): English by lemma or form;
    /// Indonesian by form, or by root and derivational shape in any voice, like the verbs (<c>berdamai</c>, <c>sanksi</c>).
    /// </summary>
    public bool WordMatches(Token token, string word)
    {
        if (HeadMatcher.WordMatches(token, word)) return true;
        return Language == Language.Indonesian && _matcher.Matches(token, _wordPatterns.GetOrAdd(word, _matcher.Pattern));
    }

    /// <summary>The patterns of a class, most specific first (more elements, then more that name a word, then more words in
    /// them), else file order.</summary>
    public ImmutableArray<VerbPattern> PatternsOf(string verbClass) =>
        _patternsByClass.TryGetValue(verbClass, out var patterns) ? patterns : [];

    /// <summary>The phrases of a synonym set (<c>&amp;MILITARY</c>): lemma phrases (head last in English, first in Indonesian).</summary>
    public ImmutableArray<string> Synset(string name) => _synsets.TryGetValue(name, out var phrases) ? phrases : [];

    /// <summary>
    /// The head words a filler word stands for: itself, or the heads of a set's phrases. <paramref name="word"/> is one
    /// alternative of <see cref="PatternFiller.Head"/>.
    /// </summary>
    public IEnumerable<string> HeadWords(string word) =>
        word.StartsWith('&') ? Synset(word).Select(HeadOf).Distinct(StringComparer.Ordinal) : [word];

    // The head of a set's phrase: the last word in English, the first in Indonesian.
    private string HeadOf(string phrase) =>
        Language == Language.Indonesian ? phrase.Split(' ')[0] : phrase[(phrase.LastIndexOf(' ') + 1)..];

    // More elements first; then more elements naming a word (obj=aid before obl[to]=<any>); then longer paths and phrases.
    private static int Specificity(VerbPattern p) =>
        p.Elements.Count * 1000 + p.Elements.Count(e => e.Options.Any(o => o.Filler.Kind == FillerKind.Words)) * 100
        + p.Elements.Sum(e => e.Options.Max(o => o.Filler.Modifiers.Count + o.Path.Count));

    /// <summary>
    /// Loads the patterns of <paramref name="language"/> from <paramref name="data"/> and then each user folder (their rows are
    /// added). A language without the folder has an empty lexicon. Any problem is WRT0104 naming file and line.
    /// </summary>
    public static VerbPatternLexicon Load(DataDirectory data, Language language, IMorphologicalAnalyzer morphology,
        IEnumerable<string>? userFolders = null, CameoCodebook? codebook = null)
    {
        codebook ??= CameoCodebook.Load(data);
        var problems = new List<DictionaryProblem>();
        var contents = new VerbPatternFiles.Contents();
        foreach (var folder in new[] { data.Root }.Concat(userFolders ?? []))
        {
            var directory = VerbPatternFiles.DirectoryIn(folder, language.ToCode());
            if (Directory.Exists(directory)) VerbPatternFiles.Read(directory, codebook, contents, problems);
        }
        VerbPatternFiles.CheckReferences(contents, problems);
        if (problems.Count > 0)
            throw new WartaException(ErrorCodes.DictionaryInvalid,
                string.Join("; ", problems.Take(5)) + (problems.Count > 5 ? $" (and {problems.Count - 5} more)" : "")
                + ": fix the lines, or run warta lint-dict on the folder");
        return new VerbPatternLexicon(language, new HeadMatcher(language, morphology), contents.Verbs, contents.Patterns,
            contents.Synsets.Select(s => (s.Row.Name, s.Row.Phrase)));
    }
}
