using Warta.Data;

namespace Warta.Parsing;

/// <summary>
/// The binary parser model, in the shared <see cref="ModelContainer"/> ("WDEP"): the metadata, the relation names, the
/// transition rows (32-bit key, three 16-bit weights) and the relation rows (32-bit key, number of cells, then
/// (label byte, 16-bit weight) per cell), keys strictly increasing, each table with one scale; version 2 then has a flag
/// and the style classifier's words (see <see cref="StyleClassifier"/>); then an end marker. Version 3 adds, after the
/// metadata, the byte of optional feature templates (<see cref="ParserFeatureSet"/>); version 1 and 2 files are read
/// as the base set, which is exactly the templates they were trained with. Same parser, same bytes.
/// </summary>
internal static class ParserModelFile
{
    private static readonly ModelFormat Format = new("parser", "WDEP", Version: 3, OldestReadable: 1);
    /// <summary>Version 4: a parser with joint labelled transitions (a parser without them is still written as version 3).</summary>
    private static readonly ModelFormat JointFormat = Format with { Version = 4 };

    public static void Write(DependencyParser parser, string path) => ModelContainer.Write(FormatOf(parser), path, w => WriteBody(parser, w));

    public static void Write(DependencyParser parser, Stream stream) => ModelContainer.Write(FormatOf(parser), stream, w => WriteBody(parser, w));

    private static ModelFormat FormatOf(DependencyParser parser) => parser.Joint is null ? Format : JointFormat;

    private static void WriteBody(DependencyParser parser, BinaryWriter w)
    {
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
        w.Write((byte)m.Features);
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

        WriteRows(w, parser.Model);
        w.Write(parser.Style is not null);
        if (parser.Style is not null)
        {
            var weights = parser.Style.Weights.ToList();
            w.Write(parser.Style.Prior);
            w.Write(weights.Count);
            foreach (var (word, weight) in weights) { w.Write(word); w.Write(weight); }
        }
        if (parser.Joint is null) return;
        // Version 4: where the relations come from, then the joint classes' rows in the relation rows' layout.
        w.Write((byte)parser.Relations);
        WriteRows(w, parser.Joint);
    }

    /// <summary>A model's relation rows (or a joint model's class rows): one scale, then key, cell count and cells per row.</summary>
    private static void WriteRows(BinaryWriter w, ParserModel model)
    {
        var rows = model.RelationRows().ToList();
        float scale = Scale(rows.SelectMany(r => r.Cells.Select(c => c.Weight)));
        w.Write(scale);
        w.Write(rows.Count);
        foreach (var (key, cells) in rows)
        {
            w.Write(key);
            w.Write((byte)cells.Length);
            foreach (var (label, weight) in cells) { w.Write(label); w.Write(Quantise(weight, scale)); }
        }
    }

    private static float Scale(IEnumerable<float> values)
    {
        float max = 0;
        foreach (var v in values) max = Math.Max(max, Math.Abs(v));
        return max == 0 ? 1 : max / short.MaxValue;
    }

    private static short Quantise(float value, float scale) => (short)Math.Round(value / scale);

    public static DependencyParser Read(string path) => ModelContainer.Read(JointFormat, path, ReadBody);

    public static DependencyParser Read(Stream stream, string name) => ModelContainer.Read(JointFormat, stream, name, ReadBody);

    private static DependencyParser ReadBody(ModelReader r)
    {
        var language = r.ReadString();
        var files = new string[r.Count(1000)];
        for (int i = 0; i < files.Length; i++) files[i] = r.ReadString();
        var metadata = new ParserMetadata
        {
            Language = language, TrainingFiles = files, TrainingSentences = r.ReadInt32(), TrainingTokens = r.ReadInt32(),
            Iterations = r.ReadInt32(), TuningSet = r.ReadString(), TuningUas = r.ReadDouble(), TuningLas = r.ReadDouble(),
            TagJackknifeBlocks = r.ReadInt32(),
        };
        if (r.Version >= 3)
        {
            byte features = r.ReadByte();
            if (features > (byte)ParserFeatureSet.All) throw r.Invalid($"unknown feature set {features}");
            metadata = metadata with { Features = (ParserFeatureSet)features };
        }
        var names = new string[r.Count(255)];
        for (int i = 0; i < names.Length; i++) names[i] = string.Intern(r.ReadString());
        RelationLabels labels;
        try { labels = new RelationLabels(names); }
        catch (ArgumentException e) { throw r.Invalid(e.Message); }

        float scale = r.ReadSingle();
        var transitions = new (uint, float, float, float)[r.Count(50_000_000)];
        uint previous = 0;
        for (int i = 0; i < transitions.Length; i++)
        {
            uint key = r.ReadUInt32();
            if (key <= previous) throw r.Invalid("feature keys are out of order");
            previous = key;
            transitions[i] = (key, r.ReadInt16() * scale, r.ReadInt16() * scale, r.ReadInt16() * scale);
        }
        float relationScale = r.ReadSingle();
        var relations = ReadRelationCells(r, relationScale, names.Length);
        StyleClassifier? style = null;
        if (r.Version >= 2 && r.ReadBoolean())
        {
            float prior = r.ReadSingle();
            var weights = new (ulong, float)[r.Count(10_000_000)];
            for (int i = 0; i < weights.Length; i++) weights[i] = (r.ReadUInt64(), r.ReadSingle());
            style = new StyleClassifier(prior, weights);
        }
        if (r.Version < 4) return new DependencyParser(new ParserModel(names.Length, transitions, relations), labels, metadata, style);
        byte source = r.ReadByte();
        if (source > (byte)JointRelations.Sum) throw r.Invalid($"unknown relation source {source}");
        int classes = JointClasses.Count(names.Length);
        if (classes > 256) throw r.Invalid("too many relations for joint transitions");
        var joint = new ParserModel(classes, [], ReadRelationCells(r, r.ReadSingle(), classes), wideRows: true);
        return new DependencyParser(new ParserModel(names.Length, transitions, relations), labels, metadata, style, joint)
            .With((JointRelations)source);
    }

    /// <summary>The relation rows, straight into the flat layout the model keeps (no array per row).</summary>
    private static ParserModel.RelationCells ReadRelationCells(ModelReader r, float scale, int labelCount)
    {
        var keys = new uint[r.Count(50_000_000)];
        var starts = new int[keys.Length + 1];
        var labels = new List<byte>(keys.Length * 4);
        var weights = new List<float>(keys.Length * 4);
        uint previous = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            uint key = r.ReadUInt32();
            if (key <= previous) throw r.Invalid("feature keys are out of order");
            previous = key;
            keys[i] = key;
            int cells = r.ReadByte();
            for (int c = 0; c < cells; c++)
            {
                byte label = r.ReadByte();
                if (label >= labelCount) throw r.Invalid($"relation index {label} is out of range");
                labels.Add(label);
                weights.Add(r.ReadInt16() * scale);
            }
            starts[i + 1] = labels.Count;
        }
        return new ParserModel.RelationCells(keys, starts, [.. labels], [.. weights]);
    }
}
