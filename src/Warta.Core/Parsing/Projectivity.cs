namespace Warta.Parsing;

/// <summary>
/// Pseudo-projective transforms (Nivre and Nilsson 2005, "head" encoding). Trees use positions 1..n with 0 the root;
/// <c>heads[0]</c> is unused. <see cref="Lift"/> makes a tree projective by moving each crossing arc up to its head's
/// head, the shortest first, and marks the lifted word's relation "rel|headrel" with the relation of the head it
/// came from. <see cref="Lower"/> undoes it on a parse: a word marked "rel|headrel" moves down to the first word
/// (breadth first, left to right) below its head whose relation is headrel, and keeps "rel".
/// </summary>
public static class Projectivity
{
    public const char Mark = '|';

    /// <summary>True when no arc crosses another (every word between a head and its dependent is below the head).</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (int d = 1; d < heads.Length; d++)
            if (!IsProjectiveArc(heads, d)) return false;
        return true;
    }

    /// <summary>True when every word strictly between word <paramref name="d"/> and its head is dominated by that head.</summary>
    public static bool IsProjectiveArc(ReadOnlySpan<int> heads, int d)
    {
        int h = heads[d];
        int from = Math.Min(h, d) + 1, to = Math.Max(h, d);
        for (int k = from; k < to; k++)
            if (!Dominates(heads, h, k)) return false;
        return true;
    }

    private static bool Dominates(ReadOnlySpan<int> heads, int ancestor, int node)
    {
        if (ancestor == 0) return true;
        for (int steps = 0; node != 0 && steps < heads.Length; steps++)
        {
            node = heads[node];
            if (node == ancestor) return true;
        }
        return false;
    }

    /// <summary>Lifts crossing arcs until the tree is projective; returns the number of lifts.</summary>
    public static int Lift(int[] heads, string[] relations)
    {
        int lifts = 0;
        var original = (string[])relations.Clone();
        var lifted = new bool[heads.Length];
        while (true)
        {
            int shortest = -1, length = int.MaxValue;
            for (int d = 1; d < heads.Length; d++)
            {
                if (heads[d] == 0 || IsProjectiveArc(heads, d)) continue;
                int span = Math.Abs(heads[d] - d);
                if (span < length) { length = span; shortest = d; }
            }
            if (shortest < 0) return lifts;
            int head = heads[shortest];
            if (!lifted[shortest])
            {
                // The relation of the word it hangs from in the gold tree, without its own lift mark.
                relations[shortest] = original[shortest] + Mark + Base(relations[head]);
                lifted[shortest] = true;
            }
            heads[shortest] = heads[head];
            lifts++;
        }
    }

    /// <summary>
    /// Moves every marked word back under the word its mark names, and replaces each label by its unmarked base.
    /// Labels are indices: <paramref name="baseOf"/> gives a label's unmarked label, <paramref name="targetOf"/> the
    /// (unmarked) relation of the word to look for, or -1 for an unmarked label. <paramref name="queue"/> needs n + 1 slots.
    /// </summary>
    public static void Lower(Span<int> heads, Span<int> labels, ReadOnlySpan<int> baseOf, ReadOnlySpan<int> targetOf, Span<int> queue)
    {
        int n = heads.Length - 1;
        for (int d = 1; d <= n; d++)
        {
            int wanted = targetOf[labels[d]];
            if (wanted < 0) continue;
            int target = FindBelow(heads, labels, baseOf, heads[d], d, wanted, queue);
            if (target > 0) heads[d] = target;
        }
        for (int d = 1; d <= n; d++) labels[d] = baseOf[labels[d]];
    }

    /// <summary>Breadth first below <paramref name="head"/>, skipping the subtree of <paramref name="self"/>.</summary>
    private static int FindBelow(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, ReadOnlySpan<int> baseOf, int head, int self, int wanted,
        Span<int> queue)
    {
        int n = heads.Length - 1, first = 0, last = 0;
        queue[last++] = head;
        while (first < last)
        {
            int node = queue[first++];
            for (int k = 1; k <= n; k++)
            {
                if (heads[k] != node || k == self) continue;
                if (baseOf[labels[k]] == wanted) return k;
                if (last < queue.Length) queue[last++] = k;
            }
        }
        return -1;
    }

    /// <summary>The relation without a lift mark.</summary>
    public static string Base(string relation)
    {
        int mark = relation.IndexOf(Mark);
        return mark < 0 ? relation : relation[..mark];
    }
}
