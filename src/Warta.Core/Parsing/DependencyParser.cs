using Warta.Text;

namespace Warta.Parsing;

/// <summary>What a parser model was trained on and how it scored while it was chosen; stored in the model file.</summary>
public sealed record ParserMetadata
{
    public required string Language { get; init; }
    /// <summary>File names (not paths, so the model bytes do not depend on where the data lives).</summary>
    public required IReadOnlyList<string> TrainingFiles { get; init; }
    public required int TrainingSentences { get; init; }
    public required int TrainingTokens { get; init; }
    public required int Iterations { get; init; }
    /// <summary>What chose the iterations (a file name or "held-out block").</summary>
    public string TuningSet { get; init; } = "";
    public double TuningUas { get; init; }
    public double TuningLas { get; init; }
    /// <summary>Jackknife blocks of the predicted tags the parser was trained on.</summary>
    public int TagJackknifeBlocks { get; init; }
    /// <summary>The optional feature templates the model was trained with (files before version 3: none).</summary>
    public ParserFeatureSet Features { get; init; }
}

/// <summary>
/// The relations a parser predicts. A lifted relation (see <see cref="Projectivity"/>) "rel|headrel" is its own
/// label; <see cref="BaseOf"/> maps it to "rel" and <see cref="TargetOf"/> to "headrel". Base names are the strings
/// written on the tokens, so parsing allocates no string.
/// </summary>
public sealed class RelationLabels
{
    private readonly Dictionary<string, int> _index;

    public RelationLabels(IReadOnlyList<string> names)
    {
        Names = names;
        _index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var bases = new List<string>(names.Select(Projectivity.Base).Distinct(StringComparer.Ordinal));
        BaseOf = new int[names.Count];
        TargetOf = new int[names.Count];
        // Base relations missing from the list (a mark naming a relation never seen unmarked) still get an entry.
        var names2 = names.ToList();
        for (int i = 0; i < names.Count; i++)
        {
            var b = Projectivity.Base(names[i]);
            BaseOf[i] = _index.TryGetValue(b, out int bi) ? bi : Add(names2, b);
            int mark = names[i].IndexOf(Projectivity.Mark);
            TargetOf[i] = mark < 0 ? -1 : _index.TryGetValue(names[i][(mark + 1)..], out int t) ? t : -1;
        }
        if (names2.Count != names.Count) throw new ArgumentException("every lifted relation's base relation must be a label", nameof(names));
        Root = _index.TryGetValue("root", out int r) ? r : throw new ArgumentException("the relations must include 'root'", nameof(names));
    }

    private int Add(List<string> names, string name) { names.Add(name); return names.Count - 1; }

    public IReadOnlyList<string> Names { get; }
    public int Count => Names.Count;
    public int[] BaseOf { get; }
    public int[] TargetOf { get; }
    public int Root { get; }

    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;
}

/// <summary>With joint labelled transitions, where an arc's relation comes from (docs/parser.md, twelfth round).</summary>
internal enum JointRelations : byte
{
    /// <summary>The joint model's best class for the move.</summary>
    Joint,
    /// <summary>The relation model, as without joint transitions (the joint model then only chooses the move).</summary>
    RelationModel,
    /// <summary>The relation model's and the joint model's scores added.</summary>
    Sum,
}

/// <summary>
/// A transition-based labelled dependency parser (arc-hybrid, averaged perceptron, greedy or selectional-branching
/// decoding; see docs/parser.md). Reads
/// the tokens' forms, lemmas and UPOS tags and writes each token's head and relation. Load once, then parse from any
/// number of threads: the model is read-only, the scratch state is per thread, and nothing is allocated per token
/// once the buffers have grown to the longest sentence seen.
/// </summary>
public sealed class DependencyParser
{
    [ThreadStatic] private static Scratch? t_scratch;

    private readonly ParserModel _model;

    private readonly ParserModel? _joint;

    internal DependencyParser(ParserModel model, RelationLabels labels, ParserMetadata metadata, StyleClassifier? style = null,
        ParserModel? joint = null)
    {
        Style = style;
        if (joint is not null && joint.LabelCount != JointClasses.Count(labels.Count)) throw new ArgumentException("the joint model and the labels disagree");
        _joint = joint;
        if (model.LabelCount != labels.Count) throw new ArgumentException("the model and its labels disagree");
        _model = model;
        Labels = labels;
        Metadata = metadata;
    }

    public ParserMetadata Metadata { get; }
    public RelationLabels Labels { get; }
    /// <summary>How sentences are decoded: greedily, or with selectional branching at uncertain moves.</summary>
    public ParserDecoding Decoding { get; private init; } = ParserDecoding.Greedy;

    /// <summary>The same model decoding with <paramref name="decoding"/>.</summary>
    public DependencyParser With(ParserDecoding decoding) => new(_model, Labels, Metadata, Style, _joint) { Decoding = decoding, Relations = Relations };
    /// <summary>With joint labelled transitions: where the relation of an arc comes from.</summary>
    internal JointRelations Relations { get; private init; }
    /// <summary>The same joint model taking its relations from <paramref name="relations"/>.</summary>
    internal DependencyParser With(JointRelations relations) => new(_model, Labels, Metadata, Style, _joint) { Decoding = Decoding, Relations = relations };
    internal ParserModel Model => _model;
    internal ParserModel? Joint => _joint;
    /// <summary>Whether one model scores shift, left-rel and right-rel (joint labelled transitions, model format version 4).</summary>
    public bool JointTransitions => _joint is not null;
    internal StyleClassifier? Style { get; }
    public int FeatureCount => _model.TransitionFeatures + _model.RelationFeatures + (_joint?.RelationFeatures ?? 0);

    public static DependencyParser Load(string path) => ParserModelFile.Read(path);

    /// <summary>The same parser with its near-zero weights dropped (a smaller, faster model).</summary>
    public DependencyParser Pruned(float threshold) =>
        new(_model.Pruned(threshold), Labels, Metadata, Style, _joint?.Pruned(threshold)) { Decoding = Decoding, Relations = Relations };
    public void Save(string path) => ParserModelFile.Write(this, path);
    public void Save(Stream stream) => ParserModelFile.Write(this, stream);

    /// <summary>Parses one sentence of a tagged document and sets every token's head and relation.</summary>
    public void Parse(Document document, int sentenceIndex)
    {
        var sentence = document.SentenceRows[sentenceIndex];
        int count = sentence.EndToken - sentence.FirstToken;
        if (count == 0) return;
        var scratch = t_scratch ??= new Scratch();
        scratch.Atoms.Fill(document, sentenceIndex);
        if (Style is not null) scratch.Atoms.Style = Style.Classify(scratch.Atoms);
        Parse(scratch);
        var rows = document.MutableTokens.Slice(sentence.FirstToken, count);
        var heads = scratch.State.Heads;
        var labels = scratch.State.Labels;
        for (int i = 0; i < count; i++)
        {
            rows[i].Head = heads[i + 1];
            rows[i].Relation = Labels.Names[labels[i + 1]];
        }
    }

    /// <summary>Parses the sentence in <paramref name="scratch"/>.Atoms; heads and base labels are left in its state.</summary>
    internal void Parse(Scratch scratch)
    {
        var state = scratch.State;
        int count = scratch.Atoms.Count;
        if (_joint is null) scratch.Words.Fill(_model, scratch.Atoms, scratch.Features);
        else scratch.JointWords.Fill(_joint, scratch.Atoms, scratch.Features);
        var first = scratch.Path(0, count);
        state.Start(count);
        float bestScore = Continue(scratch, first, 0);
        var best = first;
        if (Decoding.Branches > 0)
        {
            var branch = scratch.Path(1, count);
            var kept = scratch.Path(2, count);
            Span<int> points = stackalloc int[Math.Min(Decoding.Branches, ParserDecoding.MaxBranches)];
            int found = first.LowestMargins(Decoding.Margin, points);
            for (int p = 0; p < found; p++)
            {
                float score = Branch(scratch, first, points[p], branch);
                if (score <= bestScore) continue;
                bestScore = score;
                (branch, kept) = (kept, branch);
                best = kept;
            }
            if (found > 0) best.Replay(state);
        }
        var heads = state.Heads.AsSpan(0, count + 1);
        var labels = state.Labels.AsSpan(0, count + 1);
        heads[0] = 0; labels[0] = Labels.Root;
        Projectivity.Lower(heads, labels, Labels.BaseOf, Labels.TargetOf, scratch.Queue(count + 1));
    }

    /// <summary>
    /// Follows <paramref name="first"/> up to <paramref name="step"/>, takes its second-best move there and parses on
    /// greedily into <paramref name="path"/>; returns the summed score of the whole sequence.
    /// </summary>
    private float Branch(Scratch scratch, DecodePath first, int step, DecodePath path)
    {
        var state = scratch.State;
        state.Start(scratch.Atoms.Count);
        float prefix = 0;
        for (int t = 0; t < step; t++)
        {
            path.Set(t, first.Signatures[t], first.Moves[t], first.Labels[t], first.Scores[t]);
            prefix += first.Scores[t];
            state.Apply((Move)first.Moves[t], first.Labels[t]);
        }
        var move = (Move)first.Seconds[step];
        var (label, labelScore) = move == Move.Shift ? (0, 0f)
            : _joint is not null && Relations == JointRelations.Joint ? (first.SecondLabels[step], 0f)
            : Relation(state, scratch.Atoms, move, scratch.Features, scratch.RelationScores(Labels.Count));
        float score = first.SecondScores[step] + Decoding.RelationWeight * labelScore;
        path.Set(step, state.Signature, (byte)move, label, score);
        state.Apply(move, label);
        return prefix + score + Continue(scratch, path, step + 1, Decoding.Merge ? first : null);
    }

    /// <summary>
    /// Parses greedily from the state in <paramref name="scratch"/>, recording every step from <paramref name="step"/>
    /// on; returns the summed score. Once the stack and buffer are those <paramref name="merge"/> had at the same step,
    /// the rest of <paramref name="merge"/> is taken as it is, its scores with it.
    /// </summary>
    private float Continue(Scratch scratch, DecodePath path, int step, DecodePath? merge = null)
    {
        var state = scratch.State;
        var atoms = scratch.Atoms;
        Span<float> moves = stackalloc float[ArcHybrid.MoveCount];
        var features = scratch.Features.AsSpan();
        var relationScores = scratch.RelationScores(Labels.Count);
        float total = 0;
        for (; !state.IsFinal; step++)
        {
            ulong signature = state.Signature;
            if (merge is not null && merge.Signatures[step] == signature)
            {
                for (; step < merge.Length; step++)
                {
                    path.Set(step, merge.Signatures[step], merge.Moves[step], merge.Labels[step], merge.Scores[step]);
                    total += merge.Scores[step];
                }
                return total;
            }
            Move move, second = Move.Shift;
            float moveScore = 0, secondScore = float.NegativeInfinity;
            if (_joint is not null)
            {
                var (jMove, jLabel, jScore, jSecond, jSecondLabel, jSecondScore, jLabelScore) = JointStep(scratch, state, atoms, features, relationScores);
                float jointScore = jScore + Decoding.RelationWeight * jLabelScore;
                path.Set(step, signature, (byte)jMove, jLabel, jointScore, (byte)jSecond, jSecondScore, jScore - jSecondScore, jSecondLabel);
                total += jointScore;
                state.Apply(jMove, jLabel);
                continue;
            }
            if (state.Forced is { } forced) move = forced;
            else
            {
                scratch.Words.Sum(state, moves);
                int n = TransitionFeatures.Context(state, atoms, features, Metadata.Features);
                _model.AddTransitions(features[..n], moves);
                move = Best(state, moves, out second, out secondScore);
                moveScore = moves[(int)move];
            }
            var (label, labelScore) = move == Move.Shift ? (0, 0f) : Relation(state, atoms, move, features, relationScores);
            float score = moveScore + Decoding.RelationWeight * labelScore;
            path.Set(step, signature, (byte)move, label, score, (byte)second, secondScore, moveScore - secondScore);
            total += score;
            state.Apply(move, label);
        }
        return total;
    }

    internal static Move Best(ArcHybrid state, ReadOnlySpan<float> scores) => Best(state, scores, out _, out _);

    /// <summary>
    /// One step with joint labelled transitions: the best legal (move, relation) class, the best class of another legal
    /// move (the runner-up), and the relation (from the joint class, the relation model, or both added, by
    /// <see cref="Relations"/>) with the relation model's score (0 when it is not asked).
    /// </summary>
    private (Move Move, int Label, float Score, Move Second, int SecondLabel, float SecondScore, float LabelScore) JointStep(
        Scratch scratch, ArcHybrid state, SentenceAtoms atoms, Span<ulong> features, Span<float> relationScores)
    {
        if (state.Forced == Move.Shift) return (Move.Shift, 0, 0, Move.Shift, 0, float.NegativeInfinity, 0);
        int labels = Labels.Count, root = Labels.Root;
        var classes = scratch.ClassScores(_joint!.LabelCount);
        classes.Clear();
        scratch.JointWords.Add(_joint, state, classes);
        int n = TransitionFeatures.Context(state, atoms, features, Metadata.Features);
        _joint.AddRelations(features[..n], classes);
        Span<float> moveScores = stackalloc float[ArcHybrid.MoveCount];
        Span<int> moveLabels = stackalloc int[ArcHybrid.MoveCount];
        for (int m = 0; m < ArcHybrid.MoveCount; m++)
        {
            var move = (Move)m;
            moveScores[m] = float.NegativeInfinity;
            moveLabels[m] = 0;
            if (!state.IsLegal(move)) continue;
            if (move == Move.Shift) { moveScores[m] = classes[0]; continue; }
            int offset = JointClasses.Of(move, 0, labels);
            if (state.Arc(move).Head == 0) { moveScores[m] = classes[offset + root]; moveLabels[m] = root; continue; }
            for (int l = 0; l < labels; l++)
                if (l != root && classes[offset + l] > moveScores[m]) { moveScores[m] = classes[offset + l]; moveLabels[m] = l; }
        }
        var best = Best(state, moveScores, out var second, out float secondScore);
        int label = moveLabels[(int)best];
        float labelScore = 0;
        if (best != Move.Shift && Relations != JointRelations.Joint && state.Arc(best).Head != 0)
        {
            var (head, dependent) = state.Arc(best);
            int k = RelationFeatures.Extract(state, atoms, head, dependent, features, Metadata.Features);
            _model.ScoreRelations(features[..k], relationScores);
            if (Relations == JointRelations.Sum)
            {
                int offset = JointClasses.Of(best, 0, labels);
                for (int l = 0; l < labels; l++) relationScores[l] += classes[offset + l];
            }
            label = BestRelation(relationScores, root);
            labelScore = Relations == JointRelations.Sum ? 0 : relationScores[label];
        }
        return (best, label, moveScores[(int)best], second, moveLabels[(int)second], secondScore, labelScore);
    }

    /// <summary>The best legal move and the runner-up with its score (minus infinity when only one move is legal).</summary>
    private static Move Best(ArcHybrid state, ReadOnlySpan<float> scores, out Move second, out float secondScore)
    {
        var best = Move.Shift;
        second = Move.Shift;
        float bestScore = float.NegativeInfinity;
        secondScore = float.NegativeInfinity;
        for (int m = 0; m < ArcHybrid.MoveCount; m++)
        {
            var move = (Move)m;
            if (!state.IsLegal(move)) continue;
            if (scores[m] > bestScore) { second = best; secondScore = bestScore; best = move; bestScore = scores[m]; }
            else if (scores[m] > secondScore) { second = move; secondScore = scores[m]; }
        }
        return best;
    }

    private (int Label, float Score) Relation(ArcHybrid state, SentenceAtoms atoms, Move move, Span<ulong> features, Span<float> scores)
    {
        var (head, dependent) = state.Arc(move);
        if (head == 0) return (Labels.Root, 0);
        int n = RelationFeatures.Extract(state, atoms, head, dependent, features, Metadata.Features);
        _model.ScoreRelations(features[..n], scores);
        int label = BestRelation(scores, Labels.Root);
        return (label, scores[label]);
    }

    /// <summary>The best-scoring relation other than root (root is only the root word's).</summary>
    internal static int BestRelation(ReadOnlySpan<float> scores, int root)
    {
        int best = root == 0 ? 1 : 0;
        for (int l = 0; l < scores.Length; l++)
            if (l != root && scores[l] > scores[best]) best = l;
        return best;
    }

    /// <summary>Per-thread working memory of a parse.</summary>
    internal sealed class Scratch
    {
        public readonly ArcHybrid State = new();
        public readonly SentenceAtoms Atoms = new();
        public readonly WordWeights Words = new();
        public readonly JointWordRows JointWords = new();
        public readonly ulong[] Features = new ulong[Math.Max(TransitionFeatures.Max, RelationFeatures.Max) + 8];
        private float[] _relationScores = new float[64];
        private float[] _classScores = new float[128];
        private int[] _queue = new int[64];
        private readonly DecodePath[] _paths = [new(), new(), new()];

        /// <summary>Path buffer <paramref name="index"/> (0: the greedy parse, 1 and 2: branches), large enough for a sentence of <paramref name="words"/>.</summary>
        public DecodePath Path(int index, int words)
        {
            _paths[index].Ensure(2 * words + 2);
            return _paths[index];
        }

        public Span<float> RelationScores(int count)
        {
            if (_relationScores.Length < count) _relationScores = new float[count];
            return _relationScores.AsSpan(0, count);
        }

        public Span<float> ClassScores(int count)
        {
            if (_classScores.Length < count) _classScores = new float[count];
            return _classScores.AsSpan(0, count);
        }

        public Span<int> Queue(int count)
        {
            if (_queue.Length < count) _queue = new int[Math.Max(count, _queue.Length * 2)];
            return _queue.AsSpan(0, count);
        }
    }
}
