using Warta.Data;
using Warta.Languages;

namespace Warta.Morphology.Indonesian;

/// <summary>
/// Indonesian affix analysis against a root lexicon (docs/morphology.md). Thread-safe after <see cref="Load"/>;
/// results are cached per exact form. Also the tokenizer's word lexicon, which decides every clitic split: see
/// <see cref="ShouldSplitEnclitic"/> and <see cref="ShouldSplitProclitic"/>.
/// </summary>
public sealed class IndonesianMorphology : IMorphologicalAnalyzer, IWordLexicon
{
    public const string LexicalisedFile = "lexicalised.txt";
    public const string FunctionWordsFile = "function-words.txt";
    private const int CacheCapacity = 200_000;

    private readonly WordList _functionWords;
    private readonly WordList _lexicalised;
    private readonly LemmaExceptions _exceptions;
    private readonly AffixAnalyzer _affixes;
    private readonly CappedAnalysisCache _cache = new(CacheCapacity);

    internal IndonesianMorphology(RootLexicon roots, WordList functionWords, WordList lexicalised, LemmaExceptions exceptions)
    {
        Roots = roots;
        _functionWords = functionWords;
        _lexicalised = lexicalised;
        _exceptions = exceptions;
        _affixes = new AffixAnalyzer(roots);
    }

    internal RootLexicon Roots { get; }

    public static IndonesianMorphology Load(DataDirectory data)
    {
        string PathOf(string name) => data.Require(data.File(Language.Indonesian, name));
        return new IndonesianMorphology(
            RootLexicon.Load(PathOf(RootLexicon.FileName)),
            WordList.Load(PathOf(FunctionWordsFile)),
            WordList.Load(PathOf(LexicalisedFile)),
            LemmaExceptions.Load(PathOf(LemmaExceptions.FileName)));
    }

    public MorphAnalysis Analyze(ReadOnlySpan<char> word)
    {
        if (_cache.TryGet(word, out var cached)) return cached;
        if (word.IsEmpty) return MorphAnalysis.Unanalysed("");
        if (word.Length > AffixSegmenter.MaxWordLength || !IsWordShaped(word)) return MorphAnalysis.Unanalysed(word.ToString());
        return _cache.Add(word, Compute(word));
    }

    /// <summary>
    /// True for a lower-case word that stands on its own: a root, a function word, a lexicalised form, or an affixed
    /// form of a known root with valid affixes. False when a clitic is attached (katanya, dukungannya).
    /// </summary>
    public bool IsKnownWord(ReadOnlySpan<char> lowerCaseWord)
    {
        if (lowerCaseWord.IsEmpty) return false;
        var analysis = Analyze(lowerCaseWord);
        return analysis.Known && analysis.Clitics.Count == 0;
    }

    /// <summary>
    /// Whether the last <paramref name="cliticLength"/> letters of a lower-case word are an enclitic (nya, ku, mu, lah,
    /// kah, pun) to split off: exactly when the word's own analysis has a known root and ends in that clitic. The
    /// analysis prefers the longest known root, so masalahnya → masalah + nya and kurangnya → kurang + nya split while
    /// masalah, hanya, punya, bertanya, adalah, telah, bertemu, ilmu stay whole. The adverbial confix se-…-nya
    /// (sekurangnya, setidaknya, sebaik-baiknya) is one word and is not split; function words and lexicalised forms
    /// keep their clitic splits (menurutnya → menurut + nya, apakah → apa + kah).
    /// </summary>
    public bool ShouldSplitEnclitic(ReadOnlySpan<char> lowerCaseWord, int cliticLength)
    {
        if (cliticLength <= 0 || lowerCaseWord.Length - cliticLength < 2) return false;
        var analysis = Analyze(lowerCaseWord);
        // A hyphenated word that is not a reduplication (anti-Rusianya) takes its clitic on the last part.
        int hyphen = lowerCaseWord.LastIndexOf('-');
        if (!analysis.Known && hyphen > 0) analysis = Analyze(lowerCaseWord[(hyphen + 1)..]);
        if (!analysis.Known || analysis.Clitics.Count == 0) return false;
        var outer = analysis.Clitics[^1];
        if (outer.Length != cliticLength || !lowerCaseWord.EndsWith(outer)) return false;
        return !IsAdverbialSeNya(analysis);
    }

    /// <summary>The same question for a proclitic (ku-, kau-), which the affix analysis does not model: split when the
    /// whole is not a known word and the rest is. kubaca → ku + baca; kuat, kaum, kursi, kuliah stay whole.</summary>
    public bool ShouldSplitProclitic(ReadOnlySpan<char> lowerCaseWord, int cliticLength) =>
        cliticLength > 0 && lowerCaseWord.Length - cliticLength >= 2
        && !IsKnownWord(lowerCaseWord) && IsKnownWord(lowerCaseWord[cliticLength..]);

    /// <summary>se- + root + -nya with nothing else: the adverbial confix (setidaknya, sekurang-kurangnya), not a possessive.</summary>
    private static bool IsAdverbialSeNya(MorphAnalysis analysis) =>
        analysis.Prefixes is ["se"] && analysis.Suffixes.Count == 0 && analysis.Clitics is ["nya"];

    private MorphAnalysis Compute(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (lower.SequenceEqual(word)) return AnalyzeLower(lower);
        var analysis = Analyze(lower);
        // A capitalised word with no analysis is a name: keep it as written (Vrublevsky, Kazakhstan, anti-Rusia).
        if (!analysis.Known && analysis.Prefixes.Count == 0 && analysis.Suffixes.Count == 0)
            return AnalysisFactory.Whole(word.ToString(), known: false, "proper-noun");
        return analysis;
    }

    private MorphAnalysis AnalyzeLower(ReadOnlySpan<char> word)
    {
        if (word.Contains('-')) return Reduplication.Analyze(word, part => Analyze(part));
        if (_functionWords.Contains(word)) return AnalysisFactory.Whole(word.ToString(), known: true, "function-word");
        if (_lexicalised.Contains(word)) return AnalysisFactory.Whole(word.ToString(), known: true, "lexicalised");
        if (_exceptions.TryGet(word, out var lemma)) return _affixes.WithLemma(word, lemma);
        return WholeWordWithClitic(word) ?? _affixes.Analyze(word);
    }

    /// <summary>A function word or lexicalised form with a clitic attached: menurutnya, itulah, bahkanpun.</summary>
    private MorphAnalysis? WholeWordWithClitic(ReadOnlySpan<char> word)
    {
        foreach (var clitic in (ReadOnlySpan<Clitic>)[Clitic.Nya, Clitic.Lah, Clitic.Kah, Clitic.Pun, Clitic.Ku, Clitic.Mu])
        {
            var name = AffixNames.Of(clitic);
            if (!word.EndsWith(name) || word.Length - name.Length < 2) continue;
            var host = word[..^name.Length];
            if (!_functionWords.Contains(host) && !_lexicalised.Contains(host)) continue;
            bool particle = clitic is Clitic.Lah or Clitic.Kah or Clitic.Pun;
            return AnalysisFactory.Whole(host.ToString(), known: true, "lexicalised+" + name,
                possessive: particle ? Clitic.None : clitic, particle: particle ? clitic : Clitic.None);
        }
        return null;
    }

    /// <summary>Letters, with hyphens only between letters; anything else (numbers, punctuation, URLs) is not analysed.</summary>
    private static bool IsWordShaped(ReadOnlySpan<char> word)
    {
        bool letter = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsLetter(c)) { letter = true; continue; }
            if (c == '-' && i > 0 && i < word.Length - 1) continue;
            return false;
        }
        return letter;
    }
}
