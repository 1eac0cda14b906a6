using Warta.Conllu;
using Warta.Languages;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Tagging;

/// <summary>
/// Gives training documents the morphology an unseen text would get. The analysers' lexicons are built from the
/// training treebanks' lemmas, so analysed with the shipped analyser nearly every training word is known; at tagging
/// time many words are not. The sentences are cut into contiguous blocks and each block's tokens get
/// <see cref="TokenRow.Morph"/> from an analyser built (by <paramref name="factory"/>) from the other blocks only.
/// One block: every sentence is analysed by an analyser built from all of them (what the shipped analyser does to its
/// training data). Blocks run in parallel; the result does not depend on the order.
/// </summary>
internal sealed class MorphologyJackknife(Func<IReadOnlyList<ConlluSentence>, IMorphologicalAnalyzer> factory, int blocks)
{
    /// <summary>The training documents of <paramref name="sentences"/>, each token's Morph set by its block's analyser.</summary>
    public List<TrainingSentence> Documents(IReadOnlyList<ConlluSentence> sentences, Language language)
    {
        var data = sentences.Select(s => TaggerTraining.ToTraining(s, language)).ToList();
        int k = Math.Clamp(blocks, 1, Math.Max(1, sentences.Count));
        Parallel.For(0, k, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, block =>
        {
            int from = sentences.Count * block / k, to = sentences.Count * (block + 1) / k;
            var rest = k == 1 ? sentences : sentences.Where((_, i) => i < from || i >= to).ToList();
            var analyzer = factory(rest);
            for (int i = from; i < to; i++) Attach(data[i].Document, analyzer);
        });
        return data;
    }

    /// <summary>An analyser built from all of <paramref name="sentences"/> (for the held-out fold of a cross-validation).</summary>
    public IMorphologicalAnalyzer AnalyzerOf(IReadOnlyList<ConlluSentence> sentences) => factory(sentences);

    /// <summary>Sets Morph on every token of the document from <paramref name="analyzer"/>.</summary>
    public static void Attach(Document document, IMorphologicalAnalyzer analyzer)
    {
        var rows = document.MutableTokens;
        var text = document.Text.AsSpan();
        for (int i = 0; i < rows.Length; i++)
        {
            ref var row = ref rows[i];
            row.Morph = analyzer.Analyze(text[row.Start..row.End]);
        }
    }
}
