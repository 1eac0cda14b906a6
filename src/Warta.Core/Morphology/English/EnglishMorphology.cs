using Warta.Data;

namespace Warta.Morphology.English;

// PLACEHOLDER — replaced by the tagger and English morphology work.
public sealed class EnglishMorphology : IMorphologicalAnalyzer
{
    public static EnglishMorphology Load(DataDirectory data) => throw new NotImplementedException();
    public MorphAnalysis Analyze(ReadOnlySpan<char> word) => throw new NotImplementedException();
}
