using Warta.Actors;
using Warta.Parsing;

namespace Warta.Clauses;

/// <summary>
/// Noun phrases cut from a dependency tree: the subtree of a head noun with its determiners, modifiers, numbers,
/// compounds, flat names, appositions and possessors, but not its relative clauses (acl), its own case word (the
/// phrase's preposition) or its coordinated conjuncts (each a phrase of its own). Prepositional modifiers (nmod with
/// a case word) are cut off too when asked, to stand as obliques, as the tag reader cut its phrases at prepositions.
/// A phrase is a token range, widened to whole actor mentions, which are atomic.
/// </summary>
internal sealed class TreePhrases(DependencyTree tree, SentenceScan scan, IReadOnlyList<Mention> mentions)
{
    /// <summary>The phrase headed by <paramref name="head"/>, governed by <paramref name="preposition"/> (-1: none).</summary>
    /// <param name="keepOf">Keep "of" modifiers inside the phrase ("thousands of students", "the foreign ministers of Brazil").</param>
    public Phrase Of(int head, int preposition, bool keepOf = false)
    {
        int lo = head, hi = head;
        Extend(head, top: true, keepOf, ref lo, ref hi);
        // An actor mention is atomic: "Duta Besar Ukraina untuk Kazakhstan" is one phrase whatever the tree cut off.
        for (int changed = 1; changed > 0;)
        {
            changed = 0;
            for (int t = lo; t <= hi; t++)
            {
                int m = scan.MentionAt(t);
                if (m < 0) continue;
                int first = Math.Max(mentions[m].FirstToken, scan.Start), last = Math.Min(mentions[m].EndToken, scan.End) - 1;
                if (first < lo) { lo = first; changed++; }
                if (last > hi) { hi = last; changed++; }
            }
        }
        // A phrase never swallows its own preposition (a mention that starts with it is still the phrase's).
        if (preposition >= lo && preposition <= hi && preposition < head) lo = preposition + 1;
        return new Phrase(lo, hi + 1, preposition);
    }

    /// <summary>The prepositional modifiers of <paramref name="head"/> that <see cref="Of"/> cuts off: (their head, their case word).</summary>
    public IEnumerable<(int Head, int Case)> CutModifiers(int head, bool keepOf = false)
    {
        var found = new List<(int, int)>();
        foreach (var c in tree.Children(head))
            if (IsCutModifier(c, keepOf)) found.Add((c, CaseWord(c)));
        return found;
    }

    /// <summary>The case word (preposition) of a nominal: the one nearest to it before it, or -1.</summary>
    public int CaseWord(int nominal)
    {
        int best = -1;
        foreach (var c in tree.Children(nominal))
            if (tree.Is(c, "case") && c < nominal) best = c;
        if (best < 0)
            foreach (var c in tree.Children(nominal))
                if (tree.Is(c, "case")) return c;
        return best;
    }

    private bool IsCutModifier(int c, bool keepOf)
    {
        if (!tree.Is(c, "nmod") || tree.Relation(c) == "nmod:poss") return false;
        int caseWord = CaseWord(c);
        if (caseWord < 0) return false;
        return !(keepOf && scan.IsOf(caseWord));
    }

    private void Extend(int t, bool top, bool keepOf, ref int lo, ref int hi)
    {
        foreach (var c in tree.Children(t))
        {
            if (!Keeps(c, top, keepOf)) continue;
            if (c < lo) lo = c;
            if (c > hi) hi = c;
            Extend(c, top: false, keepOf, ref lo, ref hi);
        }
    }

    private bool Keeps(int c, bool top, bool keepOf)
    {
        var relation = tree.Relation(c);
        if (relation == "punct" || relation.StartsWith("acl", StringComparison.Ordinal)) return false;
        if (top && (relation is "case" or "mark" or "cc" or "conj" || IsCutModifier(c, keepOf))) return false;
        // Clause-level dependents of a head that is itself a predicate (a mis-tagged noun) stay out.
        return relation is not ("nsubj" or "nsubj:pass" or "obj" or "iobj" or "ccomp" or "xcomp" or "advcl" or "parataxis"
            or "csubj" or "aux" or "aux:pass" or "cop" or "obl" or "obl:agent" or "obl:tmod" or "discourse" or "vocative" or "dislocated"
            or "reparandum" or "orphan");
    }
}
