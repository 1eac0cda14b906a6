using Warta.Data;

namespace Warta.Morphology.Indonesian;

// PLACEHOLDER — replaced by the Indonesian morphology work.
public sealed class IndonesianMorphology : IMorphologicalAnalyzer, IWordLexicon
{
    public static IndonesianMorphology Load(DataDirectory data) => throw new NotImplementedException();
    public MorphAnalysis Analyze(ReadOnlySpan<char> word) => throw new NotImplementedException();
    public bool IsKnownWord(ReadOnlySpan<char> lowerCaseWord) => throw new NotImplementedException();
}
