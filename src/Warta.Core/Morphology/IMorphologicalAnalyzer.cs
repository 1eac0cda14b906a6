namespace Warta.Morphology;

/// <summary>Analyses one word form in isolation. Implementations are thread-safe and cache by form.</summary>
public interface IMorphologicalAnalyzer
{
    MorphAnalysis Analyze(ReadOnlySpan<char> word);
}

/// <summary>
/// What the tokenizer asks before splitting a clitic off a lower-case word. The lexicon owns every split decision;
/// the tokenizer only enumerates the possible clitics (-lah -kah -pun outside -nya -ku -mu; ku- kau-) and keeps the
/// words of <c>data/id/clitic-exceptions.txt</c> whole.
/// </summary>
public interface IWordLexicon
{
    /// <summary>True for a word that stands on its own with no clitic attached (a root, a function word, an affixed form).</summary>
    bool IsKnownWord(ReadOnlySpan<char> lowerCaseWord);

    /// <summary>Whether the last <paramref name="cliticLength"/> letters are an enclitic to split off (katanya → kata + nya).</summary>
    bool ShouldSplitEnclitic(ReadOnlySpan<char> lowerCaseWord, int cliticLength);

    /// <summary>Whether the first <paramref name="cliticLength"/> letters are a proclitic to split off (kubaca → ku + baca).</summary>
    bool ShouldSplitProclitic(ReadOnlySpan<char> lowerCaseWord, int cliticLength);
}
