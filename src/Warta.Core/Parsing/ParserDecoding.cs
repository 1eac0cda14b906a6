namespace Warta.Parsing;

/// <summary>
/// How the parser decodes. Greedy: the best move at every step. Selectional branching (Choi and McCallum 2013): after
/// the greedy parse, the (at most) <see cref="Branches"/> steps whose best move led the runner-up by least, if by
/// less than <see cref="Margin"/>, each start one more sequence (the runner-up there, then greedy), and the sequence with the
/// highest summed score wins: moves, plus <see cref="RelationWeight"/> times the chosen relations' scores. With
/// <see cref="Merge"/>, a branch whose stack and buffer become those of the greedy parse at the same step takes the
/// greedy parse's remaining moves and scores instead of parsing on (an approximation that saves most of its cost).
/// </summary>
public sealed record ParserDecoding(int Branches, float Margin, float RelationWeight = 0, bool Merge = false)
{
    public const int MaxBranches = 16;

    public static readonly ParserDecoding Greedy = new(0, 0);

    public string Describe() => Branches == 0 ? "greedy decoding"
        : $"selectional branching: {Branches} branch(es) at margins below {Margin}, relation weight {RelationWeight}{(Merge ? ", merged" : "")}";
}

/// <summary>
/// The moves of one decoded sequence, step by step: each step's move, relation and score (move and relation), the
/// runner-up move, its score and how far it trailed.
/// </summary>
internal sealed class DecodePath
{
    public byte[] Moves = new byte[128];
    public int[] Labels = new int[128];
    public float[] Scores = new float[128];
    public float[] Margins = new float[128];
    public byte[] Seconds = new byte[128];
    /// <summary>With joint labelled transitions: the runner-up move's best relation.</summary>
    public int[] SecondLabels = new int[128];
    public float[] SecondScores = new float[128];
    /// <summary>The configuration each step was taken in (<see cref="ArcHybrid.Signature"/>).</summary>
    public ulong[] Signatures = new ulong[128];
    public int Length;

    public void Ensure(int steps)
    {
        Length = 0;
        if (Moves.Length >= steps) return;
        int size = Math.Max(steps, Moves.Length * 2);
        Moves = new byte[size]; Labels = new int[size]; Scores = new float[size]; Margins = new float[size]; Seconds = new byte[size]; SecondLabels = new int[size];
        SecondScores = new float[size]; Signatures = new ulong[size];
    }

    public void Set(int step, ulong signature, byte move, int label, float score, byte second = 0, float secondScore = float.NegativeInfinity,
        float margin = float.PositiveInfinity, int secondLabel = 0)
    {
        SecondLabels[step] = secondLabel;
        Signatures[step] = signature;
        Moves[step] = move; Labels[step] = label; Scores[step] = score;
        Seconds[step] = second; SecondScores[step] = secondScore; Margins[step] = margin;
        Length = step + 1;
    }

    /// <summary>The steps with the smallest margins below <paramref name="limit"/>, at most <paramref name="points"/>.Length, smallest first; returns how many.</summary>
    public int LowestMargins(float limit, Span<int> points)
    {
        int found = 0;
        for (int t = 0; t < Length; t++)
        {
            float margin = Margins[t];
            if (!(margin < limit)) continue;
            int at;
            if (found < points.Length) at = found++;
            else if (margin < Margins[points[^1]]) at = points.Length - 1;
            else continue;
            while (at > 0 && Margins[points[at - 1]] > margin) { points[at] = points[at - 1]; at--; }
            points[at] = t;
        }
        return found;
    }

    /// <summary>Applies the sequence to a fresh state.</summary>
    public void Replay(ArcHybrid state)
    {
        state.Start(state.Count);
        for (int t = 0; t < Length; t++) state.Apply((Move)Moves[t], Labels[t]);
    }
}
