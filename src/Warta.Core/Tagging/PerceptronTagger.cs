using Warta.Morphology;
using Warta.Text;

namespace Warta.Tagging;

/// <summary>
/// An averaged-perceptron UPOS tagger with greedy left-to-right decoding. Load once, then tag from any number of
/// threads: the model is read-only and the scratch buffers are per thread, so tagging allocates nothing per token.
/// </summary>
public sealed class PerceptronTagger
{
    [ThreadStatic] private static ulong[]? t_slots;

    private readonly PerceptronModel _model;
    private readonly TagDictionary _dictionary;
    private readonly FeatureExtractor _features;

    internal PerceptronTagger(PerceptronModel model, TagDictionary dictionary, TaggerMetadata metadata, IMorphologicalAnalyzer? analyzer)
    {
        if (metadata.UsesMorphology && analyzer is null)
            throw new ArgumentNullException(nameof(analyzer), "the model was trained with morphology features and needs the analyser");
        _model = model;
        _dictionary = dictionary;
        Metadata = metadata;
        _features = new FeatureExtractor(metadata.UsesMorphology ? analyzer : null);
    }

    public TaggerMetadata Metadata { get; }
    internal PerceptronModel Model => _model;
    internal TagDictionary Dictionary => _dictionary;

    /// <summary>Reads a model file; <paramref name="analyzer"/> supplies the morphology features the model was trained with.</summary>
    public static PerceptronTagger Load(string path, IMorphologicalAnalyzer? analyzer) => ModelFile.Read(path, analyzer);

    /// <summary>Writes the model file (see <see cref="ModelFile"/>): the same tagger always gives the same bytes.</summary>
    public void Save(string path) => ModelFile.Write(this, path);

    public void Save(Stream stream) => ModelFile.Write(this, stream);

    public int FeatureCount => _model.FeatureCount;

    /// <summary>Assigns UPOS to every token of one sentence; morphology on the rows is used when present.</summary>
    public void Tag(Document document, int sentenceIndex)
    {
        var sentence = document.SentenceRows[sentenceIndex];
        int count = sentence.EndToken - sentence.FirstToken;
        if (count == 0) return;
        var slots = Scratch(count);
        _features.Extract(document, sentence.FirstToken, count, slots);
        var rows = document.MutableTokens.Slice(sentence.FirstToken, count);
        Span<float> scores = stackalloc float[PerceptronModel.TagCount];
        Span<ulong> features = stackalloc ulong[FeatureExtractor.Stride + FeatureExtractor.HistoryCount];
        int prev = Start, prev2 = Start2;
        for (int i = 0; i < count; i++)
        {
            int tag = Predict(slots.Slice(i * FeatureExtractor.Stride, FeatureExtractor.Stride), prev, prev2, scores, features);
            rows[i].Pos = (Upos)(tag + 1);
            prev2 = prev;
            prev = tag;
        }
    }

    /// <summary>History values before the first word; tags are 0..16, so these cannot collide with them.</summary>
    internal const int Start = PerceptronModel.TagCount, Start2 = PerceptronModel.TagCount + 1;

    internal int Predict(ReadOnlySpan<ulong> slots, int prev, int prev2, Span<float> scores, Span<ulong> features)
    {
        if (_dictionary.TryGet(slots[0], out int known)) return known;
        _model.Score(FeatureExtractor.AddHistory(slots, prev, prev2, features), scores);
        return PerceptronModel.ArgMax(scores);
    }

    private static Span<ulong> Scratch(int tokens)
    {
        int needed = tokens * FeatureExtractor.Stride;
        if (t_slots is null || t_slots.Length < needed) t_slots = new ulong[Math.Max(needed, 64 * FeatureExtractor.Stride)];
        return t_slots.AsSpan(0, needed);
    }
}
