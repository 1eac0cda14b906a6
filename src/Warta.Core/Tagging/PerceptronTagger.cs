using Warta.Morphology;
using Warta.Text;

namespace Warta.Tagging;

/// <summary>
/// An averaged-perceptron UPOS tagger. A two-pass model first tags the sentence greedily left to right with a
/// left-history model, then again with a model that also sees the first pass's tags of the next two words; a
/// one-pass model (format version 1) runs only the second step without right context. Load once, then tag from any
/// number of threads: the models are read-only and the scratch buffers are per thread, so tagging allocates
/// nothing per token.
/// </summary>
public sealed class PerceptronTagger
{
    [ThreadStatic] private static ulong[]? t_slots;
    [ThreadStatic] private static int[]? t_firstPass;
    [ThreadStatic] private static int[]? t_secondRows;
    [ThreadStatic] private static int[]? t_leftTags;

    /// <summary>Second-pass rows kept per word by the first pass: its own features' and its left-history features'.</summary>
    private const int KeptStride = FeatureExtractor.Stride + FeatureExtractor.HistoryCount;

    private readonly PerceptronModel _model;
    private readonly PerceptronModel? _firstPass;
    private readonly TagDictionary _dictionary;
    private readonly FeatureExtractor _features;
    private TwoPassRows? _rows;

    internal PerceptronTagger(PerceptronModel model, TagDictionary dictionary, TaggerMetadata metadata, IMorphologicalAnalyzer? analyzer,
        PerceptronModel? firstPass = null)
    {
        if (metadata.UsesMorphology && analyzer is null)
            throw new ArgumentNullException(nameof(analyzer), "the model was trained with morphology features and needs the analyser");
        _model = model;
        _firstPass = firstPass;
        _dictionary = dictionary;
        Metadata = metadata;
        _features = new FeatureExtractor(metadata.UsesMorphology ? analyzer : null);
    }

    public TaggerMetadata Metadata { get; }
    internal PerceptronModel Model => _model;
    internal PerceptronModel? FirstPass => _firstPass;
    internal TagDictionary Dictionary => _dictionary;

    /// <summary>Reads a model file; <paramref name="analyzer"/> supplies the morphology features the model was trained with.</summary>
    public static PerceptronTagger Load(string path, IMorphologicalAnalyzer? analyzer) => ModelFile.Read(path, analyzer);

    /// <summary>Writes the model file (see <see cref="ModelFile"/>): the same tagger always gives the same bytes.</summary>
    public void Save(string path) => ModelFile.Write(this, path);

    public void Save(Stream stream) => ModelFile.Write(this, stream);

    public int FeatureCount => _model.FeatureCount + (_firstPass?.FeatureCount ?? 0);

    /// <summary>Assigns UPOS to every token of one sentence; morphology on the rows is used when present.</summary>
    public void Tag(Document document, int sentenceIndex)
    {
        var sentence = document.SentenceRows[sentenceIndex];
        int count = sentence.EndToken - sentence.FirstToken;
        if (count == 0) return;
        var slots = Scratch(ref t_slots, count * FeatureExtractor.Stride);
        _features.Extract(document, sentence.FirstToken, count, slots);
        var tags = Scratch(ref t_firstPass, 2 * count);
        Decode(slots, count, tags[..count], tags[count..]);
        var rows = document.MutableTokens.Slice(sentence.FirstToken, count);
        for (int i = 0; i < count; i++) rows[i].Pos = (Upos)(tags[count + i] + 1);
    }

    /// <summary>History values before the first word; tags are 0..16, so these cannot collide with them.</summary>
    internal const int Start = PerceptronModel.TagCount, Start2 = PerceptronModel.TagCount + 1;
    /// <summary>Right-context values after the last word.</summary>
    internal const int End = PerceptronModel.TagCount, End2 = PerceptronModel.TagCount + 1;

    /// <summary>Tags <paramref name="count"/> tokens from their extracted slots; <paramref name="firstPass"/> is scratch.</summary>
    internal void Decode(ReadOnlySpan<ulong> slots, int count, Span<int> firstPass, Span<int> result)
    {
        Span<float> scores = stackalloc float[PerceptronModel.TagCount];
        Span<ulong> features = stackalloc ulong[FeatureExtractor.Stride + FeatureExtractor.HistoryCount];
        if (_firstPass is null)
        {
            Greedy(_model, slots, count, result, scores, features);
            return;
        }
        var rows = _rows ??= new TwoPassRows(_firstPass, _model);
        var secondRows = Scratch(ref t_secondRows, count * KeptStride);
        var leftTags = Scratch(ref t_leftTags, 2 * count);
        TagFirstPass(rows, slots, count, firstPass, secondRows, leftTags, scores, features);
        TagSecondPass(rows, slots, count, firstPass, secondRows, leftTags, result, scores, features);
    }

    /// <summary>
    /// The first pass of a two-pass model: like <see cref="Greedy"/> with the first-pass model and no right context,
    /// but each word's features are looked up in both models at once, and the second-pass rows of its own features and
    /// of its left-history features are kept in <paramref name="secondRows"/> (<see cref="KeptStride"/> entries per
    /// word), with the two tags on its left in <paramref name="leftTags"/>, for <see cref="TagSecondPass"/>.
    /// </summary>
    private void TagFirstPass(TwoPassRows rows, ReadOnlySpan<ulong> slots, int count, Span<int> result, Span<int> secondRows,
        Span<int> leftTags, Span<float> scores, Span<ulong> features)
    {
        Span<int> first = stackalloc int[features.Length];
        Span<int> second = stackalloc int[features.Length];
        int prev = Start, prev2 = Start2;
        for (int i = 0; i < count; i++)
        {
            var tokenSlots = slots.Slice(i * FeatureExtractor.Stride, FeatureExtractor.Stride);
            if (!_dictionary.TryGet(tokenSlots[0], out int tag))
            {
                var all = FeatureExtractor.AddHistory(tokenSlots, prev, prev2, FeatureExtractor.NoRightContext, FeatureExtractor.NoRightContext, features);
                rows.Find(all, first, second);
                second[..all.Length].CopyTo(secondRows.Slice(i * KeptStride, all.Length));
                (leftTags[2 * i], leftTags[2 * i + 1]) = (prev, prev2);
                rows.First.SumRows(first[..all.Length], [], scores);
                tag = PerceptronModel.ArgMax(scores);
            }
            result[i] = tag;
            prev2 = prev;
            prev = tag;
        }
    }

    /// <summary>
    /// The second pass: like <see cref="Greedy"/> with the second-pass model and the first pass's tags on the right,
    /// the word's own rows taken from <paramref name="secondRows"/> and only the tag-history features looked up. When
    /// the two tags on the word's left are those the first pass had (nearly always), its left-history features are
    /// the first pass's too, so their kept rows are used and only the right-context features are looked up.
    /// </summary>
    private void TagSecondPass(TwoPassRows rows, ReadOnlySpan<ulong> slots, int count, ReadOnlySpan<int> right, ReadOnlySpan<int> secondRows,
        ReadOnlySpan<int> leftTags, Span<int> result, Span<float> scores, Span<ulong> features)
    {
        Span<int> first = stackalloc int[FeatureExtractor.HistoryCount];
        Span<int> second = stackalloc int[FeatureExtractor.HistoryCount];
        int prev = Start, prev2 = Start2;
        for (int i = 0; i < count; i++)
        {
            var tokenSlots = slots.Slice(i * FeatureExtractor.Stride, FeatureExtractor.Stride);
            if (!_dictionary.TryGet(tokenSlots[0], out int tag))
            {
                var (next, next2) = RightContext(right, i, count);
                int own = FeatureExtractor.OwnCount(tokenSlots);
                var history = FeatureExtractor.AddHistory(tokenSlots, prev, prev2, next, next2, features)[own..];
                var kept = secondRows.Slice(i * KeptStride, own + FeatureExtractor.LeftHistoryCount);
                if (leftTags[2 * i] == prev && leftTags[2 * i + 1] == prev2)
                {
                    var rightContext = history[FeatureExtractor.LeftHistoryCount..];
                    rows.Find(rightContext, first, second);
                    rows.Second.SumRows(kept, second[..rightContext.Length], scores);
                }
                else
                {
                    rows.Find(history, first, second);
                    rows.Second.SumRows(kept[..own], second[..history.Length], scores);
                }
                tag = PerceptronModel.ArgMax(scores);
            }
            result[i] = tag;
            prev2 = prev;
            prev = tag;
        }
    }

    /// <summary>A one-pass model: greedy, left to right, with the left tag history only.</summary>
    private void Greedy(PerceptronModel model, ReadOnlySpan<ulong> slots, int count, Span<int> result, Span<float> scores, Span<ulong> features)
    {
        int prev = Start, prev2 = Start2;
        for (int i = 0; i < count; i++)
        {
            var tokenSlots = slots.Slice(i * FeatureExtractor.Stride, FeatureExtractor.Stride);
            if (!_dictionary.TryGet(tokenSlots[0], out int tag))
            {
                model.Score(FeatureExtractor.AddHistory(tokenSlots, prev, prev2, FeatureExtractor.NoRightContext, FeatureExtractor.NoRightContext, features), scores);
                tag = PerceptronModel.ArgMax(scores);
            }
            result[i] = tag;
            prev2 = prev;
            prev = tag;
        }
    }

    /// <summary>The first-pass tags of the two words after position <paramref name="i"/>, or the end markers.</summary>
    internal static (int Next, int Next2) RightContext(ReadOnlySpan<int> firstPass, int i, int count) =>
        (i + 1 < count ? firstPass[i + 1] : End, i + 2 < count ? firstPass[i + 2] : End2);

    private static Span<T> Scratch<T>(ref T[]? buffer, int needed)
    {
        if (buffer is null || buffer.Length < needed) buffer = new T[Math.Max(needed, 64 * FeatureExtractor.Stride)];
        return buffer.AsSpan(0, needed);
    }
}
