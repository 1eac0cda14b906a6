using Warta.Conllu;
using Warta.Parsing;

namespace Warta.Tests.Parsing;

public sealed class TransitionSystemTests
{
    [Fact]
    public void Following_the_zero_cost_moves_rebuilds_a_projective_tree()
    {
        // 1 The 2 army 3 attacked 4 the 5 town 6 .
        int[] heads = [0, 2, 3, 0, 5, 3, 3];
        var state = new ArcHybrid();
        var oracle = new ArcHybridOracle();
        state.Start(6);
        oracle.Start(heads, 6);
        int moves = 0;
        while (!state.IsFinal)
        {
            var move = Enumerable.Range(0, ArcHybrid.MoveCount).Select(m => (Move)m)
                .First(m => state.IsLegal(m) && oracle.Cost(state, m) == 0);
            oracle.BeforeApply(state, move);
            state.Apply(move, 0);
            moves++;
        }
        Assert.Equal(12, moves); // every word is shifted once and attached once
        Assert.Equal(heads[1..], state.Heads[1..7]);
    }

    [Fact]
    public void A_move_that_loses_a_gold_arc_costs_it()
    {
        int[] heads = [0, 2, 0, 2];
        var state = new ArcHybrid();
        var oracle = new ArcHybridOracle();
        state.Start(3);
        oracle.Start(heads, 3);
        oracle.BeforeApply(state, Move.Shift);
        state.Apply(Move.Shift, 0); // stack [0 1], buffer [2 3]
        Assert.Equal(0, oracle.Cost(state, Move.Left)); // 2 → 1 is gold
        // Shifting 2 loses two gold arcs: 1 could never hang from 2, nor 2 from the root below 1.
        Assert.Equal(2, oracle.Cost(state, Move.Shift));
    }

    [Fact]
    public void The_root_takes_its_word_only_when_the_buffer_is_empty()
    {
        var state = new ArcHybrid();
        state.Start(2);
        state.Apply(Move.Shift, 0);
        Assert.False(state.IsLegal(Move.Right)); // word 2 still waits in the buffer
        Assert.True(state.IsLegal(Move.Left));
        state.Apply(Move.Shift, 0);
        Assert.True(state.IsLegal(Move.Right));
        Assert.False(state.IsLegal(Move.Shift));
    }

    [Fact]
    public void Lifting_makes_a_tree_projective_and_lowering_restores_it()
    {
        // A crossing arc: word 4 hangs from 2 across word 3, which hangs from 1 (the root word): 1 → 3, 2 → 4, 1 → 2.
        int[] gold = [0, 0, 3, 1, 2];
        string[] relations = ["root", "root", "obj", "ccomp", "acl"];
        Assert.False(Projectivity.IsProjective(gold));
        var heads = (int[])gold.Clone();
        var lifted = (string[])relations.Clone();
        Assert.True(Projectivity.Lift(heads, lifted) > 0);
        Assert.True(Projectivity.IsProjective(heads));
        Assert.Contains(lifted, r => r.Contains(Projectivity.Mark));

        var labels = new RelationLabels(lifted.Concat(relations).Distinct().Order(StringComparer.Ordinal).ToList());
        var ids = lifted.Select(labels.IndexOf).ToArray();
        Projectivity.Lower(heads, ids, labels.BaseOf, labels.TargetOf, new int[heads.Length]);
        Assert.Equal(gold, heads);
        Assert.Equal(relations[1..], ids[1..].Select(i => labels.Names[i]));
    }

    [Fact]
    public void Every_treebank_tree_lifts_to_a_projective_one()
    {
        foreach (var sentence in ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_ewt-ud-dev.conllu")).Take(2000))
        {
            var (heads, relations) = ParserTraining.Tree(sentence);
            Projectivity.Lift(heads, relations);
            Assert.True(Projectivity.IsProjective(heads), sentence.SentId);
        }
    }

    [Fact]
    public void The_only_legal_move_is_known_without_scoring()
    {
        var state = new ArcHybrid();
        state.Start(2);
        Assert.Equal(Move.Shift, state.Forced); // only the root on the stack
        state.Apply(Move.Shift, 0);
        Assert.Null(state.Forced); // shift or left
        Assert.True(state.IsLegal(Move.Shift) && state.IsLegal(Move.Left));
        state.Apply(Move.Shift, 0);
        Assert.Equal(Move.Right, state.Forced); // the buffer is empty
        Assert.False(state.IsLegal(Move.Shift) || state.IsLegal(Move.Left));
    }

    [Fact]
    public void Configurations_with_the_same_stack_and_buffer_share_a_signature_whatever_their_arcs()
    {
        ulong After(params Move[] moves)
        {
            var state = new ArcHybrid();
            state.Start(4);
            foreach (var move in moves) state.Apply(move, 0);
            return state.Signature;
        }
        var twoUnderOne = After(Move.Shift, Move.Shift, Move.Right); // stack [0 1], buffer 3; 2 ← 1
        var twoUnderThree = After(Move.Shift, Move.Shift, Move.Left); // stack [0 1], buffer 3; 2 ← 3
        var oneUnderTwo = After(Move.Shift, Move.Left, Move.Shift); // stack [0 2], buffer 3
        Assert.Equal(twoUnderOne, twoUnderThree);
        Assert.NotEqual(twoUnderOne, oneUnderTwo);
        Assert.NotEqual(After(Move.Shift), After(Move.Shift, Move.Shift)); // one word more on the stack
    }

    [Fact]
    public void The_branch_points_are_the_smallest_margins_under_the_limit()
    {
        var path = new DecodePath();
        path.Ensure(6);
        float[] margins = [5, float.PositiveInfinity, 1, 3, 0.5f, 7];
        for (int t = 0; t < margins.Length; t++) path.Set(t, 0, (byte)Move.Shift, 0, 0, margin: margins[t]);
        Span<int> two = stackalloc int[2];
        Assert.Equal(2, path.LowestMargins(4, two));
        Assert.Equal([4, 2], two.ToArray());
        Span<int> five = stackalloc int[5];
        Assert.Equal(3, path.LowestMargins(4, five));
        Assert.Equal([4, 2, 3], five[..3].ToArray());
        Assert.Equal(0, path.LowestMargins(0.5f, five));
    }
}
