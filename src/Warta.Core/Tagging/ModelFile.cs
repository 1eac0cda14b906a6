using Warta.Data;
using Warta.Morphology;

namespace Warta.Tagging;

/// <summary>
/// The binary tagger model, in the shared <see cref="ModelContainer"/> ("WPOS"): the metadata, the tag dictionary and the
/// weights as sparse rows of 16-bit quantised values (one scale per model), keys in increasing order. Version 2
/// adds the first-pass iterations to the metadata and an optional first-pass model before the main one; version 1
/// (one pass) is still read. Same tagger, same bytes.
/// </summary>
internal static class ModelFile
{
    private static readonly ModelFormat Format = new("tagger", "WPOS", Version: 2, OldestReadable: 1);

    public static void Write(PerceptronTagger tagger, string path) => ModelContainer.Write(Format, path, w => WriteBody(tagger, w));

    public static void Write(PerceptronTagger tagger, Stream stream) => ModelContainer.Write(Format, stream, w => WriteBody(tagger, w));

    private static void WriteBody(PerceptronTagger tagger, BinaryWriter w)
    {
        var m = tagger.Metadata;
        w.Write(m.Language);
        w.Write(m.UsesMorphology);
        w.Write(m.TrainingFiles.Count);
        foreach (var f in m.TrainingFiles) w.Write(f);
        w.Write(m.TrainingSentences);
        w.Write(m.TrainingTokens);
        w.Write(m.Iterations);
        w.Write(m.HeldOutAccuracy);
        w.Write(m.FirstPassIterations);
        w.Write(PerceptronModel.TagCount);
        var entries = tagger.Dictionary.Entries.ToList();
        w.Write(entries.Count);
        foreach (var (key, tag) in entries) { w.Write(key); w.Write(tag); }
        w.Write(tagger.FirstPass is not null);
        if (tagger.FirstPass is not null) WriteWeights(w, tagger.FirstPass);
        WriteWeights(w, tagger.Model);
    }

    private static void WriteWeights(BinaryWriter w, PerceptronModel model)
    {
        float max = 0;
        foreach (var x in model.Weights) max = Math.Max(max, Math.Abs(x));
        float scale = max == 0 ? 1 : max / short.MaxValue;
        var rows = new List<(ulong Key, List<(byte Tag, short Value)> Cells)>();
        for (int r = 0; r < model.FeatureCount; r++)
        {
            var cells = new List<(byte, short)>();
            for (int t = 0; t < PerceptronModel.TagCount; t++)
            {
                var q = (short)Math.Round(model.Weights[r * PerceptronModel.TagCount + t] / scale);
                if (q != 0) cells.Add(((byte)t, q));
            }
            if (cells.Count > 0) rows.Add((model.Keys[r], cells));
        }
        w.Write(scale);
        w.Write(rows.Count);
        foreach (var (key, cells) in rows)
        {
            w.Write(key);
            w.Write((byte)cells.Count);
            foreach (var (tag, value) in cells) { w.Write(tag); w.Write(value); }
        }
    }

    public static PerceptronTagger Read(string path, IMorphologicalAnalyzer? analyzer) =>
        ModelContainer.Read(Format, path, r => ReadBody(r, analyzer));

    public static PerceptronTagger Read(Stream stream, string name, IMorphologicalAnalyzer? analyzer) =>
        ModelContainer.Read(Format, stream, name, r => ReadBody(r, analyzer));

    private static PerceptronTagger ReadBody(ModelReader r, IMorphologicalAnalyzer? analyzer)
    {
        var language = r.ReadString();
        bool morphology = r.ReadBoolean();
        if (morphology && analyzer is null)
            throw r.Invalid("it was trained with morphology features but no morphological analyser is available");
        var files = new string[r.Count(1000)];
        for (int i = 0; i < files.Length; i++) files[i] = r.ReadString();
        var metadata = new TaggerMetadata
        {
            Language = language, UsesMorphology = morphology, TrainingFiles = files,
            TrainingSentences = r.ReadInt32(), TrainingTokens = r.ReadInt32(), Iterations = r.ReadInt32(),
            HeldOutAccuracy = r.ReadDouble(),
        };
        if (r.Version >= 2) metadata = metadata with { FirstPassIterations = r.Count(1000) };
        if (r.ReadInt32() != PerceptronModel.TagCount) throw r.Invalid("it was trained for a different tag set");
        var entries = new KeyValuePair<ulong, byte>[r.Count(10_000_000)];
        for (int i = 0; i < entries.Length; i++) entries[i] = new(r.ReadUInt64(), CheckTag(r.ReadByte(), r));
        var firstPass = r.Version >= 2 && r.ReadBoolean() ? ReadWeights(r) : null;
        var model = ReadWeights(r);
        return new PerceptronTagger(model, new TagDictionary(entries), metadata, analyzer, firstPass);
    }

    private static PerceptronModel ReadWeights(ModelReader r)
    {
        float scale = r.ReadSingle();
        var keys = new ulong[r.Count(50_000_000)];
        var weights = new float[keys.Length * PerceptronModel.TagCount];
        for (int k = 0; k < keys.Length; k++)
        {
            keys[k] = r.ReadUInt64();
            if (k > 0 && keys[k] <= keys[k - 1]) throw r.Invalid("feature keys are out of order");
            int cells = r.ReadByte();
            for (int c = 0; c < cells; c++)
            {
                int tag = CheckTag(r.ReadByte(), r);
                weights[k * PerceptronModel.TagCount + tag] = r.ReadInt16() * scale;
            }
        }
        return new PerceptronModel(keys, weights);
    }

    private static byte CheckTag(byte tag, ModelReader r) =>
        tag < PerceptronModel.TagCount ? tag : throw r.Invalid($"tag index {tag} is out of range");
}
