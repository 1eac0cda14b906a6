namespace Warta.Parsing;

/// <summary>The three moves of the arc-hybrid system (Kuhlmann, Gómez-Rodríguez and Satta 2011).</summary>
internal enum Move : byte
{
    /// <summary>Push the first buffer word onto the stack.</summary>
    Shift = 0,
    /// <summary>The first buffer word becomes the head of the stack top, which is popped.</summary>
    Left = 1,
    /// <summary>The word below the stack top becomes its head; the top is popped.</summary>
    Right = 2,
}

/// <summary>
/// A parser configuration of the arc-hybrid system over words 1..n, with 0 the root at the bottom of the stack. Keeps,
/// for the features, each word's two leftmost and two rightmost children, its number of children on each side and
/// the set of their relations. The root may take its one dependent only when the buffer is empty, so every finished
/// parse is a tree with exactly one root word. Reused from sentence to sentence: nothing is allocated once the arrays
/// are large enough.
/// </summary>
internal sealed class ArcHybrid
{
    public const int None = -1;
    public const int MoveCount = 3;

    public int Count;
    public int[] Stack = new int[64];
    /// <summary>A hash of the stack's words from the bottom up to each depth (for <see cref="Signature"/>).</summary>
    public ulong[] StackHashes = new ulong[64];
    public int StackCount;
    /// <summary>The first buffer word; the buffer is [Buffer, Count].</summary>
    public int Buffer;
    public int[] Heads = new int[64];
    public int[] Labels = new int[64];
    public int[] Left1 = new int[64], Left2 = new int[64], Right1 = new int[64], Right2 = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64], RightLabels = new ulong[64];

    public void Start(int count)
    {
        Count = count;
        if (Heads.Length < count + 2) Grow(count + 2);
        for (int i = 0; i <= count; i++)
        {
            Heads[i] = None; Labels[i] = None;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = None;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
        Stack[0] = 0;
        StackHashes[0] = 1;
        StackCount = 1;
        Buffer = 1;
    }

    private void Grow(int size)
    {
        size = Math.Max(size, Heads.Length * 2);
        Stack = new int[size]; StackHashes = new ulong[size]; Heads = new int[size]; Labels = new int[size];
        Left1 = new int[size]; Left2 = new int[size]; Right1 = new int[size]; Right2 = new int[size];
        LeftCount = new int[size]; RightCount = new int[size];
        LeftLabels = new ulong[size]; RightLabels = new ulong[size];
    }

    /// <summary>
    /// The stack and buffer as one number: two configurations of a sentence with the same signature have (up to a hash
    /// collision) the same stack and buffer and so go on with the same moves, whatever arcs they have made.
    /// </summary>
    public ulong Signature => StackHashes[StackCount - 1] ^ (ulong)Buffer;

    public bool IsFinal => Buffer > Count && StackCount == 1;
    public int S0 => StackCount >= 1 ? Stack[StackCount - 1] : None;
    public int S1 => StackCount >= 2 ? Stack[StackCount - 2] : None;
    public int S2 => StackCount >= 3 ? Stack[StackCount - 3] : None;
    public int B(int k) => Buffer + k <= Count ? Buffer + k : None;

    public bool IsLegal(Move move) => move switch
    {
        Move.Shift => Buffer <= Count,
        Move.Left => Buffer <= Count && StackCount >= 2,
        // The root takes its dependent last, so the sentence has one root word.
        Move.Right => StackCount >= 3 || (StackCount == 2 && Buffer > Count),
        _ => false,
    };

    /// <summary>
    /// The only legal move, when there is one: shift while the stack holds only the root, right once the buffer is
    /// empty. Such a move needs no scoring.
    /// </summary>
    public Move? Forced => Buffer > Count ? Move.Right : StackCount == 1 ? Move.Shift : null;

    /// <summary>The (head, dependent) of an arc move in this configuration.</summary>
    public (int Head, int Dependent) Arc(Move move) => move == Move.Left ? (Buffer, S0) : (S1, S0);

    public void Apply(Move move, int label)
    {
        switch (move)
        {
            case Move.Shift:
                StackHashes[StackCount] = (StackHashes[StackCount - 1] + (ulong)Buffer) * 0x9E3779B97F4A7C15UL;
                Stack[StackCount++] = Buffer++;
                break;
            case Move.Left:
                AddArc(Buffer, Stack[--StackCount], label);
                break;
            default:
                int dependent = Stack[--StackCount];
                AddArc(Stack[StackCount - 1], dependent, label);
                break;
        }
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        ulong bit = 1UL << (label & 63);
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Left1[head] == None || dependent < Left1[head]) { Left2[head] = Left1[head]; Left1[head] = dependent; }
            else if (Left2[head] == None || dependent < Left2[head]) Left2[head] = dependent;
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (Right1[head] == None || dependent > Right1[head]) { Right2[head] = Right1[head]; Right1[head] = dependent; }
            else if (Right2[head] == None || dependent > Right2[head]) Right2[head] = dependent;
        }
    }
}

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013) for a projective gold tree: the cost of a
/// move is the number of gold arcs it makes unreachable. Counts are kept up to date move by move, so a cost is O(1).
/// </summary>
internal sealed class ArcHybridOracle
{
    private int[] _gold = [];
    private int[] _depsInBuffer = [];
    private int[] _depsOnStack = [];
    private bool[] _onStack = [];

    public void Start(ReadOnlySpan<int> goldHeads, int count)
    {
        if (_gold.Length < count + 2)
        {
            int size = Math.Max(count + 2, _gold.Length * 2);
            _gold = new int[size]; _depsInBuffer = new int[size]; _depsOnStack = new int[size]; _onStack = new bool[size];
        }
        for (int i = 0; i <= count; i++) { _depsInBuffer[i] = 0; _depsOnStack[i] = 0; _onStack[i] = false; }
        _gold[0] = ArcHybrid.None;
        for (int i = 1; i <= count; i++)
        {
            _gold[i] = goldHeads[i];
            _depsInBuffer[goldHeads[i]]++;
        }
        _onStack[0] = true;
    }

    public int GoldHead(int word) => _gold[word];

    public int Cost(ArcHybrid state, Move move)
    {
        int s0 = state.S0, b = state.Buffer;
        switch (move)
        {
            case Move.Shift:
            {
                int head = _gold[b];
                return _depsOnStack[b] + (head != s0 && head >= 0 && head < b && _onStack[head] ? 1 : 0);
            }
            case Move.Left:
            {
                int head = _gold[s0];
                bool lost = head != b && (head == state.S1 || head >= b);
                return _depsInBuffer[s0] + (lost ? 1 : 0);
            }
            default:
            {
                int head = _gold[s0];
                bool lost = head != state.S1 && head >= b;
                return _depsInBuffer[s0] + (lost ? 1 : 0);
            }
        }
    }

    /// <summary>Call before <see cref="ArcHybrid.Apply"/>, to update the counts.</summary>
    public void BeforeApply(ArcHybrid state, Move move)
    {
        if (move == Move.Shift)
        {
            int b = state.Buffer;
            _depsInBuffer[_gold[b]]--;
            _depsOnStack[_gold[b]]++;
            _onStack[b] = true;
        }
        else
        {
            int s0 = state.S0;
            _depsOnStack[_gold[s0]]--;
            _onStack[s0] = false;
        }
    }
}

/// <summary>
/// The classes of joint labelled transitions over L relations: 0 shift, 1 + l left with relation l, 1 + L + l right
/// with relation l (2L + 1 in all).
/// </summary>
internal static class JointClasses
{
    public static int Count(int labels) => 2 * labels + 1;

    public static (Move Move, int Label) Decode(int cls, int labels) =>
        cls == 0 ? (Move.Shift, 0) : cls <= labels ? (Move.Left, cls - 1) : (Move.Right, cls - 1 - labels);

    public static int Of(Move move, int label, int labels) => move switch
    {
        Move.Shift => 0,
        Move.Left => 1 + label,
        _ => 1 + labels + label,
    };
}
