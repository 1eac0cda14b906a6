using System.IO.Compression;
using System.Text;
using Warta.Errors;
using Warta.Morphology;

namespace Warta.Tagging;

/// <summary>
/// The binary tagger model: "WPOS" + version, then a gzip stream with the metadata, the tag dictionary and the
/// weights as sparse rows of 16-bit quantised values (one scale per model), keys in increasing order. Version 2
/// adds the first-pass iterations to the metadata and an optional first-pass model before the main one; version 1
/// (one pass) is still read. Same tagger, same bytes.
/// </summary>
internal static class ModelFile
{
    private static ReadOnlySpan<byte> Magic => "WPOS"u8;
    private const ushort Version = 2;
    private const uint EndMarker = 0x454E4421; // "!DNE"

    public static void Write(PerceptronTagger tagger, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        Write(tagger, file);
    }

    public static void Write(PerceptronTagger tagger, Stream stream)
    {
        stream.Write(Magic);
        stream.Write(BitConverter.GetBytes(Version));
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
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
        w.Write(EndMarker);
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

    public static PerceptronTagger Read(string path, IMorphologicalAnalyzer? analyzer)
    {
        if (!File.Exists(path))
            throw new WartaException(ErrorCodes.ModelMissing,
                $"tagger model '{path}' not found; it ships in the data folder: reinstall, or rebuild it with ./warta train tagger");
        using var file = File.OpenRead(path);
        return Read(file, path, analyzer);
    }

    public static PerceptronTagger Read(Stream stream, string name, IMorphologicalAnalyzer? analyzer)
    {
        try
        {
            Span<byte> header = stackalloc byte[6];
            stream.ReadExactly(header);
            if (!header[..4].SequenceEqual(Magic)) throw Invalid(name, "it is not a Warta tagger model (bad magic number)");
            var version = BitConverter.ToUInt16(header[4..]);
            if (version is not (1 or Version)) throw Invalid(name, $"model format version {version}, this build reads version {Version}");
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
            var language = r.ReadString();
            bool morphology = r.ReadBoolean();
            if (morphology && analyzer is null)
                throw Invalid(name, "it was trained with morphology features but no morphological analyser is available");
            var files = new string[Count(r, 1000, name)];
            for (int i = 0; i < files.Length; i++) files[i] = r.ReadString();
            var metadata = new TaggerMetadata
            {
                Language = language, UsesMorphology = morphology, TrainingFiles = files,
                TrainingSentences = r.ReadInt32(), TrainingTokens = r.ReadInt32(), Iterations = r.ReadInt32(),
                HeldOutAccuracy = r.ReadDouble(),
            };
            if (version >= 2) metadata = metadata with { FirstPassIterations = Count(r, 1000, name) };
            if (r.ReadInt32() != PerceptronModel.TagCount) throw Invalid(name, "it was trained for a different tag set");
            var entries = new KeyValuePair<ulong, byte>[Count(r, 10_000_000, name)];
            for (int i = 0; i < entries.Length; i++) entries[i] = new(r.ReadUInt64(), CheckTag(r.ReadByte(), name));
            var firstPass = version >= 2 && r.ReadBoolean() ? ReadWeights(r, name) : null;
            var model = ReadWeights(r, name);
            if (r.ReadUInt32() != EndMarker) throw Invalid(name, "the file is truncated or damaged");
            return new PerceptronTagger(model, new TagDictionary(entries), metadata, analyzer, firstPass);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or FormatException)
        {
            throw Invalid(name, "the file is truncated or damaged", e);
        }
    }

    private static PerceptronModel ReadWeights(BinaryReader r, string name)
    {
        float scale = r.ReadSingle();
        var keys = new ulong[Count(r, 50_000_000, name)];
        var weights = new float[keys.Length * PerceptronModel.TagCount];
        for (int k = 0; k < keys.Length; k++)
        {
            keys[k] = r.ReadUInt64();
            if (k > 0 && keys[k] <= keys[k - 1]) throw Invalid(name, "feature keys are out of order");
            int cells = r.ReadByte();
            for (int c = 0; c < cells; c++)
            {
                int tag = CheckTag(r.ReadByte(), name);
                weights[k * PerceptronModel.TagCount + tag] = r.ReadInt16() * scale;
            }
        }
        return new PerceptronModel(keys, weights);
    }

    private static int Count(BinaryReader r, int max, string name)
    {
        int n = r.ReadInt32();
        return n >= 0 && n <= max ? n : throw Invalid(name, $"a count of {n} is out of range");
    }

    private static byte CheckTag(byte tag, string name) =>
        tag < PerceptronModel.TagCount ? tag : throw Invalid(name, $"tag index {tag} is out of range");

    private static WartaException Invalid(string name, string reason, Exception? inner = null) =>
        new(ErrorCodes.ModelInvalid, $"tagger model '{name}' cannot be read: {reason}; rebuild it with ./warta train tagger", inner);
}
