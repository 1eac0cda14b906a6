using System.IO.Compression;
using System.Text;
using Warta.Errors;

namespace Warta.Parsing;

/// <summary>
/// The binary parser model: "WDEP" + a 16-bit version, then a gzip stream with the metadata, the relation names, the
/// transition rows (32-bit key, three 16-bit weights) and the relation rows (32-bit key, number of cells, then
/// (label byte, 16-bit weight) per cell), keys strictly increasing, each table with one scale; version 2 then has a flag
/// and the style classifier's words (see <see cref="StyleClassifier"/>); then an end marker. Version 1 files (no style
/// section) are still read. Same parser, same bytes.
/// </summary>
internal static class ParserModelFile
{
    private static ReadOnlySpan<byte> Magic => "WDEP"u8;
    private const ushort Version = 2;
    private const uint EndMarker = 0x454E4421; // "!DNE"

    public static void Write(DependencyParser parser, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        Write(parser, file);
    }

    public static void Write(DependencyParser parser, Stream stream)
    {
        stream.Write(Magic);
        stream.Write(BitConverter.GetBytes(Version));
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        var m = parser.Metadata;
        w.Write(m.Language);
        w.Write(m.TrainingFiles.Count);
        foreach (var f in m.TrainingFiles) w.Write(f);
        w.Write(m.TrainingSentences);
        w.Write(m.TrainingTokens);
        w.Write(m.Iterations);
        w.Write(m.TuningSet);
        w.Write(m.TuningUas);
        w.Write(m.TuningLas);
        w.Write(m.TagJackknifeBlocks);
        w.Write(parser.Labels.Count);
        foreach (var name in parser.Labels.Names) w.Write(name);

        var transitions = parser.Model.TransitionRows().ToList();
        float scale = Scale(transitions.SelectMany(t => new[] { t.Shift, t.Left, t.Right }));
        w.Write(scale);
        w.Write(transitions.Count);
        foreach (var (key, shift, left, right) in transitions)
        {
            w.Write(key);
            w.Write(Quantise(shift, scale)); w.Write(Quantise(left, scale)); w.Write(Quantise(right, scale));
        }

        var relations = parser.Model.RelationRows().ToList();
        float relationScale = Scale(relations.SelectMany(r => r.Cells.Select(c => c.Weight)));
        w.Write(relationScale);
        w.Write(relations.Count);
        foreach (var (key, cells) in relations)
        {
            w.Write(key);
            w.Write((byte)cells.Length);
            foreach (var (label, weight) in cells) { w.Write(label); w.Write(Quantise(weight, relationScale)); }
        }
        w.Write(parser.Style is not null);
        if (parser.Style is not null)
        {
            var weights = parser.Style.Weights.ToList();
            w.Write(parser.Style.Prior);
            w.Write(weights.Count);
            foreach (var (word, weight) in weights) { w.Write(word); w.Write(weight); }
        }
        w.Write(EndMarker);
    }

    private static float Scale(IEnumerable<float> values)
    {
        float max = 0;
        foreach (var v in values) max = Math.Max(max, Math.Abs(v));
        return max == 0 ? 1 : max / short.MaxValue;
    }

    private static short Quantise(float value, float scale) => (short)Math.Round(value / scale);

    public static DependencyParser Read(string path)
    {
        if (!File.Exists(path))
            throw new WartaException(ErrorCodes.ModelMissing,
                $"parser model '{path}' not found; it ships in the data folder: reinstall, or rebuild it with ./warta train parser");
        using var file = File.OpenRead(path);
        return Read(file, path);
    }

    public static DependencyParser Read(Stream stream, string name)
    {
        try
        {
            Span<byte> header = stackalloc byte[6];
            stream.ReadExactly(header);
            if (!header[..4].SequenceEqual(Magic)) throw Invalid(name, "it is not a Warta parser model (bad magic number)");
            var version = BitConverter.ToUInt16(header[4..]);
            if (version is not (1 or Version)) throw Invalid(name, $"model format version {version}, this build reads versions 1 and {Version}");
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
            var language = r.ReadString();
            var files = new string[Count(r, 1000, name)];
            for (int i = 0; i < files.Length; i++) files[i] = r.ReadString();
            var metadata = new ParserMetadata
            {
                Language = language, TrainingFiles = files, TrainingSentences = r.ReadInt32(), TrainingTokens = r.ReadInt32(),
                Iterations = r.ReadInt32(), TuningSet = r.ReadString(), TuningUas = r.ReadDouble(), TuningLas = r.ReadDouble(),
                TagJackknifeBlocks = r.ReadInt32(),
            };
            var names = new string[Count(r, 255, name)];
            for (int i = 0; i < names.Length; i++) names[i] = string.Intern(r.ReadString());
            RelationLabels labels;
            try { labels = new RelationLabels(names); }
            catch (ArgumentException e) { throw Invalid(name, e.Message); }

            float scale = r.ReadSingle();
            var transitions = new (uint, float, float, float)[Count(r, 50_000_000, name)];
            uint previous = 0;
            for (int i = 0; i < transitions.Length; i++)
            {
                uint key = r.ReadUInt32();
                if (key <= previous) throw Invalid(name, "feature keys are out of order");
                previous = key;
                transitions[i] = (key, r.ReadInt16() * scale, r.ReadInt16() * scale, r.ReadInt16() * scale);
            }
            float relationScale = r.ReadSingle();
            var relations = new (uint, (byte, float)[])[Count(r, 50_000_000, name)];
            previous = 0;
            for (int i = 0; i < relations.Length; i++)
            {
                uint key = r.ReadUInt32();
                if (key <= previous) throw Invalid(name, "feature keys are out of order");
                previous = key;
                var cells = new (byte, float)[r.ReadByte()];
                for (int c = 0; c < cells.Length; c++)
                {
                    byte label = r.ReadByte();
                    if (label >= names.Length) throw Invalid(name, $"relation index {label} is out of range");
                    cells[c] = (label, r.ReadInt16() * relationScale);
                }
                relations[i] = (key, cells);
            }
            StyleClassifier? style = null;
            if (version >= 2 && r.ReadBoolean())
            {
                float prior = r.ReadSingle();
                var weights = new (ulong, float)[Count(r, 10_000_000, name)];
                for (int i = 0; i < weights.Length; i++) weights[i] = (r.ReadUInt64(), r.ReadSingle());
                style = new StyleClassifier(prior, weights);
            }
            if (r.ReadUInt32() != EndMarker) throw Invalid(name, "the file is truncated or damaged");
            return new DependencyParser(new ParserModel(names.Length, transitions, relations), labels, metadata, style);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or FormatException)
        {
            throw Invalid(name, "the file is truncated or damaged", e);
        }
    }

    private static int Count(BinaryReader r, int max, string name)
    {
        int n = r.ReadInt32();
        return n >= 0 && n <= max ? n : throw Invalid(name, $"a count of {n} is out of range");
    }

    private static WartaException Invalid(string name, string reason, Exception? inner = null) =>
        new(ErrorCodes.ModelInvalid, $"parser model '{name}' cannot be read: {reason}; rebuild it with ./warta train parser", inner);
}
