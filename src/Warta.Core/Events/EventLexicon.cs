using System.Collections.Frozen;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Events;

/// <summary>
/// The event vocabulary of one language: predicates (verbs and event nouns) with their CAMEO codes and cues, and the
/// modality lists. Loaded from <c>data/&lt;lang&gt;/events/</c> and then from each user folder in order (same layout;
/// a user row with the same kind, predicate and cues replaces the shipped one). The imported predicates
/// (<see cref="PredicateFile.Files"/>) give way to the hand-written ones. Immutable and thread-safe.
/// </summary>
public sealed class EventLexicon
{
    private readonly PhraseTable<PredicateEntry> _verbs;
    private readonly PhraseTable<PredicateEntry> _nouns;
    private readonly CueIndex _verbCues;
    private readonly CueIndex _nounCues;

    private EventLexicon(Language language, CameoCodebook codebook, PhraseTable<PredicateEntry> verbs,
        PhraseTable<PredicateEntry> nouns, ModalityLexicon modality, IReadOnlyList<PredicateEntry> entries)
    {
        Language = language;
        Codebook = codebook;
        _verbs = verbs;
        _nouns = nouns;
        _verbCues = new CueIndex(verbs);
        _nounCues = new CueIndex(nouns);
        Modality = modality;
        Entries = entries;
    }

    public Language Language { get; }
    public CameoCodebook Codebook { get; }
    public ModalityLexicon Modality { get; }
    /// <summary>Every predicate entry, one per cue alternative, speech verbs included.</summary>
    public IReadOnlyList<PredicateEntry> Entries { get; }

    /// <summary>
    /// Loads the lexicon of <paramref name="language"/>. Indonesian words are analysed with <paramref name="morphology"/>
    /// (the language pack's analyser) so that an entry matches every voice of the same derivation. Any problem in a file
    /// is WRT0104 naming the file and line.
    /// </summary>
    public static EventLexicon Load(DataDirectory data, Language language, IMorphologicalAnalyzer morphology,
        IEnumerable<string>? userFolders = null, CameoCodebook? codebook = null)
    {
        codebook ??= CameoCodebook.Load(data);
        var lang = language.ToCode();
        var heads = new HeadMatcher(language, morphology);
        var problems = new List<DictionaryProblem>();
        var folders = new List<string> { data.Root };
        folders.AddRange(userFolders ?? []);

        var rows = new Dictionary<string, (PredicateFile.Row Row, string Origin)>(StringComparer.Ordinal);
        var imported = new Dictionary<string, (PredicateFile.Row Row, string Origin)>(StringComparer.Ordinal);
        var modality = new Dictionary<(ModalityCue, string), ModalityFiles.Row>();
        foreach (var folder in folders)
        {
            foreach (var file in PredicateFile.Files)
            {
                var path = PredicateFile.PathIn(folder, lang, file.File);
                var into = file.Imported ? imported : rows;
                if (File.Exists(path))
                    foreach (var row in PredicateFile.Read(path, codebook, problems))
                    {
                        if (row.Code == PredicateFile.RemoveCode) { into.Remove(row.Identity); continue; }
                        into[row.Identity] = (row, $"{path}:{row.Line}");
                    }
                else if (folder == data.Root && !file.Imported) data.Require(path);
            }
            foreach (var spec in ModalityFiles.Specs)
            {
                var modalityPath = ModalityFiles.PathIn(folder, lang, spec);
                if (!File.Exists(modalityPath)) { if (folder == data.Root) data.Require(modalityPath); continue; }
                foreach (var row in ModalityFiles.Read(modalityPath, spec, codebook, problems)) modality[(row.Cue, row.Phrase)] = row;
            }
        }
        var intentCodes = IntentCodes.Load(data.Require(data.File(IntentCodes.RelativePath)), codebook, problems);
        if (problems.Count > 0)
            throw new WartaException(ErrorCodes.DictionaryInvalid,
                string.Join("; ", problems.Take(5)) + (problems.Count > 5 ? $" (and {problems.Count - 5} more)" : "")
                + ": fix the lines, or run warta lint-dict on the folder");

        var entries = new List<PredicateEntry>();
        foreach (var (row, origin) in rows.Values) entries.AddRange(Expand(lang, row, origin, import: null));
        var speechPhrases = modality.Values.Where(r => r.Cue == ModalityCue.Speech).Select(r => r.Phrase).ToHashSet(StringComparer.Ordinal);
        var handWritten = entries.Select(EntryKey).ToHashSet(StringComparer.Ordinal);
        foreach (var (row, origin) in imported.Values)
            if (ImportedPart(row, handWritten, speechPhrases) is { } kept) entries.AddRange(Expand(lang, kept, origin, PredicateFile.ImportedTag));
        // A speech verb with a statement code is also a predicate, unless the predicates file gives that verb a default of its own.
        // A speech verb of the predicates file is flagged as one.
        for (int i = 0; i < entries.Count; i++)
            if (entries[i].Kind == PredicateKind.Verb && speechPhrases.Contains(entries[i].Predicate)) entries[i] = entries[i] with { Speech = true };
        var verbHeads = new HashSet<string>(entries.Where(e => e.Kind == PredicateKind.Verb && e.Cue.Count == 0).Select(e => e.Predicate), StringComparer.Ordinal);
        foreach (var speech in modality.Values.Where(r => r.Cue == ModalityCue.Speech && r.Code is not null && !verbHeads.Contains(r.Phrase)))
            entries.Add(new PredicateEntry
            {
                Language = lang, Kind = PredicateKind.Verb, Predicate = speech.Phrase, Code = speech.Code!, Speech = true, Origin = speech.Origin,
            });

        var verbs = BuildTable(heads, entries.Where(e => e.Kind == PredicateKind.Verb));
        var nouns = BuildTable(heads, entries.Where(e => e.Kind == PredicateKind.Noun));
        var modalityTables = modality.Values.GroupBy(r => r.Cue).ToFrozenDictionary(g => g.Key, g => new PhraseTable<ModalityMatch>(heads,
            g.Select(r => Item(heads, r.Phrase, new ModalityMatch(r.Cue, r.Phrase, r.Kind, r.Code, 0, 0)))));
        return new EventLexicon(language, codebook, verbs, nouns, new ModalityLexicon(modalityTables, intentCodes), entries);
    }

    /// <summary>
    /// The most specific verb entry at <paramref name="predicateToken"/>: particles must follow the verb at once; a cue
    /// must occur after the trigger, before <paramref name="scopeEnd"/>, or (for a passive, whose object comes first)
    /// from <paramref name="scopeStart"/> up to the verb when that is given. An imported PETRARCH-2 cue is an object
    /// pattern ('- * WORDS': the words follow the verb), so before the verb it counts only when <paramref name="importedCuesBefore"/>
    /// (a passive clause, whose patient is its subject) ("Prime Minister X received a mission" is no receiving of a minister); a
    /// hand-written cue may name the subject ("protesters gathered"). Longer particles, then longer cues, win; an entry
    /// without a cue is the predicate's default.
    /// </summary>
    public PredicateMatch? MatchVerb(Document doc, int predicateToken, int scopeEnd, int scopeStart = -1, bool importedCuesBefore = true) =>
        UnlessDiscarded(Match(_verbs, _verbCues, doc, predicateToken, scopeEnd, scopeStart, importedCuesBefore));

    /// <summary>The most specific event-noun entry at <paramref name="nounToken"/> (serangan, sanksi, attack, visit).</summary>
    public PredicateMatch? MatchNoun(Document doc, int nounToken, int scopeEnd, int scopeStart = -1) =>
        UnlessDiscarded(Match(_nouns, _nounCues, doc, nounToken, scopeEnd, scopeStart, importedCuesBefore: true));

    // A sense discard ('---') that is the most specific entry found says the word is used in a sense that is no event.
    private static PredicateMatch? UnlessDiscarded(PredicateMatch? match) =>
        match is not null && match.Entry.Code == PredicateFile.NoEventCode ? null : match;

    /// <summary>Checks the dictionary files of a folder (same layout as data/: &lt;lang&gt;/events/*) against <paramref name="codebook"/>.</summary>
    public static IEnumerable<DictionaryProblem> Validate(string folder, CameoCodebook codebook) =>
        EventDictionaryValidator.Check(folder, codebook);

    /// <summary>Checks a folder against its own cameo/codes.tsv, or the shipped codebook when it has none.</summary>
    public static IEnumerable<DictionaryProblem> Validate(string folder) => new EventDictionaryValidator().Validate(folder);

    // The scope is scanned once for words that can start a cue of this predicate; each cue is then tried only there.
    private static PredicateMatch? Match(PhraseTable<PredicateEntry> table, CueIndex cues, Document doc, int index, int scopeEnd, int scopeStart,
        bool importedCuesBefore)
    {
        if ((uint)index >= (uint)doc.TokenCount) return null;
        scopeEnd = Math.Min(scopeEnd, doc.TokenCount);
        var candidates = table.Candidates(doc[index]);
        if (candidates.Length == 0) return null;
        Span<int> found = stackalloc int[MaxCueStarts];
        int count = cues.FindStarts(candidates, doc, index + 1, scopeEnd, found);
        int afterCount = count;
        if (scopeStart >= 0) count += cues.FindStarts(candidates, doc, Math.Max(0, scopeStart), index, found[count..]);
        PredicateMatch? best = null;
        PhraseTable<PredicateEntry>.Item? bestItem = null;
        foreach (var item in candidates)
        {
            if (bestItem is not null && !EquallySpecific(bestItem, item)) break;
            // Particles follow the verb at once, whatever the clause builder made of them ("memanggil pulang": the tagger
            // reads pulang as a verb of its own clause), so they are checked against the text, not the clause's scope.
            if (!table.Matches(doc, index, doc.TokenCount, item)) continue;
            int end = index + 1 + item.Following.Length;
            var entry = item.Value;
            if (entry.Cue.Count == 0) return best ?? new PredicateMatch(index, end, end, end, entry);
            var cue = (string[])entry.Cue;
            for (int k = 0; k < count; k++)
            {
                int at = found[k];
                bool after = k < afterCount;
                if (after && at < end) continue;
                if (!after && !importedCuesBefore && entry.Import is not null) continue;
                if (!PhraseTable<PredicateEntry>.FollowingMatch(doc, at, after ? scopeEnd : index, cue)) continue;
                // Of equally specific senses the one whose cue stands nearest after the verb wins: the object says what was
                // stopped ("stopped work on the first day of a strike", "menghentikan pekerjaan pada hari pertama mogok").
                if (best is null || Nearer(at, after, best, index)) { best = new PredicateMatch(index, end, at, at + cue.Length, entry); bestItem = item; }
                // (Nothing can stand nearer than the first cue word after the verb: the usual case costs no more scanning.)
                if (after && k == 0) return best;
                break;
            }
        }
        return best;
    }

    private static bool EquallySpecific(PhraseTable<PredicateEntry>.Item a, PhraseTable<PredicateEntry>.Item b) =>
        a.Following.Length == b.Following.Length && a.Value.Cue.Count == b.Value.Cue.Count
        && (a.Value.Import is null) == (b.Value.Import is null);

    // A cue after the verb over one before it, then the nearer one.
    private static bool Nearer(int at, bool after, PredicateMatch best, int verb)
    {
        bool bestAfter = best.CueStart > verb;
        if (after != bestAfter) return after;
        return after ? at < best.CueStart : at > best.CueStart;
    }

    private const int MaxCueStarts = 64;

    private static string EntryKey(PredicateEntry e) => Key(e.Kind, e.Predicate, e.Cue);
    private static string Key(PredicateKind kind, string predicate, IEnumerable<string> cue) => $"{kind}\t{predicate}\t{string.Join(' ', cue)}";

    // An imported row keeps only the cues no hand-written entry of the same predicate has; an imported default gives way to a
    // hand-written default and to a speech verb (which is a statement predicate of its own).
    private static PredicateFile.Row? ImportedPart(PredicateFile.Row row, HashSet<string> handWritten, HashSet<string> speechPhrases)
    {
        if (row.Cues.Length == 0)
            return handWritten.Contains(Key(row.Kind, row.Predicate, [])) || (row.Kind == PredicateKind.Verb && speechPhrases.Contains(row.Predicate))
                ? null : row;
        var cues = row.Cues.Where(c => !handWritten.Contains(Key(row.Kind, row.Predicate, c))).ToArray();
        return cues.Length == 0 ? null : row with { Cues = cues };
    }

    private static IEnumerable<PredicateEntry> Expand(string lang, PredicateFile.Row row, string origin, string? import)
    {
        var cues = row.Cues.Length == 0 ? [[]] : row.Cues;
        foreach (var cue in cues)
            yield return new PredicateEntry
            {
                Language = lang, Kind = row.Kind, Predicate = row.Predicate, Code = row.Code, Cue = cue.ToArray(),
                TargetPrepositions = row.Targets, SourcePrepositions = row.Sources, Reciprocal = row.Reciprocal, Speech = row.Speech, Verdict = row.Verdict,
                UntargetedCode = row.Untargeted, PeopleCode = row.People, ForcesCode = row.Forces,
                Origin = origin, Import = import,
            };
    }

    private static PhraseTable<PredicateEntry> BuildTable(HeadMatcher heads, IEnumerable<PredicateEntry> entries) =>
        new(heads, entries.Select(e => Item(heads, e.Predicate, e)), BySpecificity);

    // Particles first (a phrasal verb is a different predicate), then longer cues, then any cue over none; at equal
    // specificity a hand-written entry over an imported one.
    private static int BySpecificity(PhraseTable<PredicateEntry>.Item a, PhraseTable<PredicateEntry>.Item b)
    {
        int c = b.Following.Length.CompareTo(a.Following.Length);
        if (c != 0) return c;
        c = b.Value.Cue.Count.CompareTo(a.Value.Cue.Count);
        if (c != 0) return c;
        c = (a.Value.Import is not null).CompareTo(b.Value.Import is not null);
        return c != 0 ? c : string.CompareOrdinal(a.Value.Origin, b.Value.Origin);
    }

    private static PhraseTable<T>.Item Item<T>(HeadMatcher heads, string phrase, T value) where T : class
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new PhraseTable<T>.Item(heads.Pattern(words[0]), words[1..], value);
    }
}
