using System.Globalization;
using System.Text;
using Warta.Conllu;
using Warta.Errors;
using Warta.Text;

namespace Warta.Morphology.Indonesian;

/// <summary>What <c>warta train lexicon</c> reads and writes.</summary>
public sealed record LexiconBuildRequest(string UdDirectory, string OutputDirectory);

/// <summary>What the build produced, and the root accuracy of VERB tokens on the training files as a sanity check.</summary>
public sealed record LexiconBuildResult(int Roots, int Exceptions, double TrainingVerbAccuracy, IReadOnlyList<string> Written);

/// <summary>
/// Builds data/id/roots.tsv from the lemmas of the Indonesian training treebanks plus our own lists under
/// data/id/lexicon/, then learns data/id/lemma-exceptions.tsv: forms the training treebanks lemmatise the same way
/// (at least <see cref="MinExceptionCount"/> times, <see cref="MinExceptionShare"/> of the time) where the affix
/// rules disagree. The test files (gsd-test, csui-test) are never read.
/// </summary>
public static class RootLexiconBuilder
{
    public static readonly string[] TrainingFiles = ["id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu", "id_pud-ud-test.conllu"];
    private const int MinExceptionCount = 2;
    private const double MinExceptionShare = 0.6;

    /// <summary>Builds the lexicon from the training files and writes roots.tsv and lemma-exceptions.tsv.</summary>
    public static LexiconBuildResult Build(LexiconBuildRequest request)
    {
        var sentences = new List<ConlluSentence>();
        foreach (var name in TrainingFiles)
        {
            var path = Path.Combine(request.UdDirectory, "id", name);
            if (!File.Exists(path))
                throw new WartaException(ErrorCodes.TrainingDataMissing, $"training file '{path}' not found; pass --ud DIR (the folder holding id/{name})");
            sentences.AddRange(ConlluReader.Read(path));
        }
        var built = Compile(sentences, IndonesianLexiconLists.Load(request.OutputDirectory));

        var rootsPath = Path.Combine(request.OutputDirectory, RootLexicon.FileName);
        var exceptionsPath = Path.Combine(request.OutputDirectory, LemmaExceptions.FileName);
        WriteRoots(rootsPath, built.Entries);
        WriteExceptions(exceptionsPath, built.Exceptions);
        var accuracy = RootEvaluation.Evaluate(built.Analyzer, sentences, Upos.VERB).Accuracy;
        return new LexiconBuildResult(built.Entries.Count, built.Exceptions.Count, accuracy, [rootsPath, exceptionsPath]);
    }

    /// <summary>
    /// The analyser the files built from <paramref name="sentences"/> would load, built in memory: its lexicon knows
    /// only those sentences' lemmas plus our own lists (used to jackknife the tagger's morphology features).
    /// </summary>
    public static IndonesianMorphology BuildAnalyzer(IReadOnlyList<ConlluSentence> sentences, IndonesianLexiconLists lists) =>
        Compile(sentences, lists).Analyzer;

    private sealed record CompiledLexicon(List<RootEntry> Entries, List<LearnedException> Exceptions, IndonesianMorphology Analyzer);

    /// <summary>Roots from the lemmas and our lists, derived lemmas pruned, then exceptions learned against the rules.</summary>
    private static CompiledLexicon Compile(IReadOnlyList<ConlluSentence> sentences, IndonesianLexiconLists lists)
    {
        var treebank = new TreebankLemmas();
        treebank.Add(sentences);
        var entries = PruneDerivedLemmas(MergeRoots(treebank, lists.OwnRoots, lists.EventRoots));
        var roots = new RootLexicon(entries);
        var rulesOnly = new IndonesianMorphology(roots, lists.FunctionWords, lists.Lexicalised, LemmaExceptions.Empty);
        var exceptions = LearnExceptions(treebank, rulesOnly, lists.FunctionWords, lists.Lexicalised);
        var analyzer = new IndonesianMorphology(roots, lists.FunctionWords, lists.Lexicalised,
            new LemmaExceptions(exceptions.Select(e => new KeyValuePair<string, string>(e.Form, e.Lemma))));
        return new CompiledLexicon(entries, exceptions, analyzer);
    }

    private static List<RootEntry> MergeRoots(TreebankLemmas treebank, IReadOnlyList<string> own, IReadOnlyList<string> events)
    {
        var byKey = new SortedDictionary<string, RootEntry>(StringComparer.Ordinal);
        foreach (var (lemma, count) in treebank.LemmaCounts)
            byKey[lemma] = new RootEntry(lemma, count, treebank.MajorityPos(lemma), RootSources.Treebank);
        void AddList(IReadOnlyList<string> list, RootSources source)
        {
            foreach (var lemma in list)
            {
                var key = RootLexicon.KeyOf(lemma);
                byKey[key] = byKey.TryGetValue(key, out var e)
                    ? e with { Lemma = lemma.Contains(' ') ? lemma : e.Lemma, Sources = e.Sources | source }
                    : new RootEntry(lemma, 0, '-', source);
            }
        }
        AddList(own, RootSources.Own);
        AddList(events, RootSources.Event);
        return byKey.Values.ToList();
    }

    /// <summary>
    /// Drops treebank-only lemmas that are affixed forms of a root at least as frequent (GSD keeps terdiri, bekerja,
    /// mempunyai whole; the other treebanks give diri, kerja, punya), a root with -kan (turunkan), or a root with -nya
    /// attached (akhirnya, lainnya). Left in, they would win by length for every
    /// form built on them; where the training treebanks do agree on the whole form, the learned exceptions keep it.
    /// </summary>
    private static List<RootEntry> PruneDerivedLemmas(List<RootEntry> entries)
    {
        var all = new RootLexicon(entries);
        var analyzer = new AffixAnalyzer(all);
        return entries.Where(e => !IsDerived(e)).ToList();

        bool IsDerived(RootEntry e)
        {
            if (e.Sources != RootSources.Treebank || e.Lemma.Length < 5) return false;
            var analysis = analyzer.Analyze(e.Lemma, allowWhole: false);
            // A lemma that is a host + -nya (akhirnya, lainnya, adanya) would also stop the tokenizer splitting it. A
            // bare -kan verb given as its own lemma (turunkan, selesaikan) would split its voices from its root: the
            // training treebanks give it once each, against dozens for the root (-i is not pruned: politisi, tetapi).
            bool derived = analysis.Prefixes.Count > 0 || analysis.Clitics is ["nya"] || analysis.Suffixes is ["kan"];
            return analysis.Known && derived
                && all.TryGet(RootLexicon.KeyOf(analysis.Lemma), out var root) && (root.IsEvent || root.Frequency >= e.Frequency);
        }
    }

    private sealed record LearnedException(string Form, string Lemma, int Count, int Total);

    private static List<LearnedException> LearnExceptions(TreebankLemmas treebank, IndonesianMorphology rulesOnly, WordList functionWords, WordList lexicalised)
    {
        var learned = new List<LearnedException>();
        foreach (var (form, lemmas) in treebank.FormLemmas.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (functionWords.Contains(form) || lexicalised.Contains(form)) continue;
            int total = lemmas.Values.Sum();
            var (lemma, count) = lemmas.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First();
            if (count < MinExceptionCount || count < MinExceptionShare * total) continue;
            var rules = rulesOnly.Analyze(form);
            if (rules.Lemma == lemma) continue;
            // A treebank that keeps host + -nya as one token (adanya, lainnya) states a tokenization, not a lemma.
            if (lemma == form && rules.Known && rules.Clitics is ["nya"]) continue;
            // Event verbs come first: a treebank that keeps menandatangani whole must not hide tanda tangan.
            if (rules.Known && rules.Prefixes.Count > 0 && rules.Prefixes[0] is "meN" or "di" or "memper" or "diper"
                && rulesOnly.Roots.TryGet(RootLexicon.KeyOf(rules.Lemma), out var root) && root.IsEvent) continue;
            // A lemma that is the rules' root with its first consonant nasalised (menanyakan → nanya for tanya) is the
            // colloquial verb (nanya, nulis, nyari, ngirim), not a root: the rules' reading stands.
            if (rules.Known && rules.Prefixes.Count > 0 && rules.Prefixes[0] is "meN" or "di" && IsColloquialNasal(lemma, rules.Lemma)) continue;
            learned.Add(new LearnedException(form, lemma, count, total));
        }
        return learned;
    }

    private static bool IsColloquialNasal(string lemma, string root) => root.Length >= 3 && root[0] switch
    {
        'p' => lemma == "m" + root[1..],
        't' => lemma == "n" + root[1..],
        's' or 'c' => lemma == "ny" + root[1..],
        'k' => lemma == "ng" + root[1..],
        _ => false,
    };

    private static void WriteRoots(string path, List<RootEntry> entries)
    {
        var sb = new StringBuilder();
        sb.Append("# Indonesian root lexicon for Warta's morphology. Built by `warta train lexicon`; do not edit by hand.\n");
        sb.Append("# Columns: root, frequency as a lemma in the training treebanks, its most frequent UPOS there\n");
        sb.Append("#   (V verb, N noun, A adjective, R adverb, F function word, - not in the treebanks), sources\n");
        sb.Append("#   (t treebank lemma, o data/id/lexicon/own-roots.txt, e data/id/lexicon/event-roots.txt).\n");
        sb.Append("# Sources and licences: lemmas (facts) derived from the training splits of UD Indonesian-CSUI\n");
        sb.Append("#   (id_csui-ud-train) and UD Indonesian-GSD (id_gsd-ud-dev), CC BY-SA 4.0, and UD Indonesian-PUD\n");
        sb.Append("#   (id_pud-ud-test), CC BY-SA 3.0; never from the test splits gsd-test and csui-test. Own lists: Warta project.\n");
        foreach (var e in entries)
            sb.Append(e.Lemma).Append('\t').Append(e.Frequency.ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(e.Pos).Append('\t').Append(RootLexicon.FormatSources(e.Sources)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    private static void WriteExceptions(string path, List<LearnedException> exceptions)
    {
        var sb = new StringBuilder();
        sb.Append("# Form → lemma exceptions learned by `warta train lexicon`: forms that the training treebanks lemmatise\n");
        sb.Append($"# the same way at least {MinExceptionCount} times and {MinExceptionShare:P0} of the time, where the affix rules give\n");
        sb.Append("# another root. Columns: form, lemma, times given that lemma, times seen. Do not edit by hand.\n");
        sb.Append("# Source: UD Indonesian-CSUI train and GSD dev (CC BY-SA 4.0), PUD (CC BY-SA 3.0); test splits never read.\n");
        foreach (var e in exceptions)
            sb.Append(e.Form).Append('\t').Append(e.Lemma).Append('\t').Append(e.Count).Append('\t').Append(e.Total).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }
}
