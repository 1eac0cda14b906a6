namespace Warta.Morphology;

/// <summary>Analyses one word form in isolation. Implementations are thread-safe and cache by form.</summary>
public interface IMorphologicalAnalyzer
{
    MorphAnalysis Analyze(ReadOnlySpan<char> word);
}

/// <summary>Answers whether a lower-case string is a word of the language; the tokenizer asks it before splitting clitics.</summary>
public interface IWordLexicon
{
    bool IsKnownWord(ReadOnlySpan<char> lowerCaseWord);
}
