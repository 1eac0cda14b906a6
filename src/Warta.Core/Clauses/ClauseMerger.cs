namespace Warta.Clauses;

/// <summary>
/// Joins the tag reading and the tree reading of one sentence, clause by clause (both take the same predicates, so
/// clause i is the same verb in both).
/// </summary>
internal static class ClauseMerger
{
    /// <summary>
    /// The tag reading of the sentence with the parts <paramref name="readings"/> names taken from the tree. Each part
    /// only fills what the tags left empty or overrides a link the tags could not see, since the coder's rules were
    /// written against the tag reading and the parsers attach one word in five (id) or seven (en) wrongly.
    /// </summary>
    /// <param name="namesActor">Whether a phrase names an actor (a mention or a pronoun), for <see cref="TreeReadings.SubjectActor"/>.</param>
    public static List<Clause> Merge(List<Clause> tagged, List<Clause> tree, TreeReadings readings, Func<Phrase, bool>? namesActor = null)
    {
        if (tagged.Count != tree.Count) return tagged;
        bool On(TreeReadings r) => (readings & r) != 0;
        for (int i = 0; i < tagged.Count; i++)
        {
            var c = tagged[i];
            var t = tree[i];
            if (c.Predicate != t.Predicate) return tagged;
            bool noSubject = c.Subject.Count == 0 && c.SubjectFrom < 0 && c.Antecedent is null;
            if (On(TreeReadings.Subject) && noSubject && t.Subject.Count > 0) c.Subject.AddRange(t.Subject);
            // "Up to 1,000 Turks began a hunger strike": a tag subject that names no one ("1,000") gives way to the tree's
            // nsubj when that one does ("1,000 Turks").
            if (On(TreeReadings.SubjectActor) && namesActor is not null && c.Subject.Count > 0 && t.Subject.Count > 0
                && !c.Subject.Exists(p => namesActor(p)) && t.Subject.Exists(p => namesActor(p)))
            {
                c.Subject.Clear();
                c.Subject.AddRange(t.Subject);
            }
            if (On(TreeReadings.CoordinatedSubjects) && t.Subject.Count >= 2 && c.Subject.Count == 1 && t.Subject.Exists(p => p.Overlaps(c.Subject[0])))
            {
                c.Subject.Clear();
                c.Subject.AddRange(t.Subject);
            }
            if (On(TreeReadings.Agent) && c.Agent.Count == 0 && t.Agent.Count > 0)
            {
                c.Agent.AddRange(t.Agent);
                c.Voice = t.Voice;
            }
            // Only a chain with its to/untuk: an unmarked xcomp is as often a noun in -ing the tagger took for a verb.
            if (On(TreeReadings.Chain) && t.Opener == ClauseOpener.Chain && t.Governor >= 0 && t.OpenerToken >= 0 && c.Opener != ClauseOpener.Chain)
                Relink(c, t);
            if (On(TreeReadings.Relative) && t.Opener == ClauseOpener.Relative && c.Opener != ClauseOpener.Relative && t.Antecedent is not null) Relink(c, t);
            if (On(TreeReadings.ReducedRelative) && t.Opener == ClauseOpener.Relative && t.OpenerToken < 0 && t.Antecedent is not null
                && c.Opener != ClauseOpener.Relative) Relink(c, t);
            if (On(TreeReadings.Complement) && t.Opener == ClauseOpener.Complement && t.Governor >= 0 && c.Opener == ClauseOpener.None
                && c.Governor < 0) Relink(c, t);
            if (On(TreeReadings.Condition) && t.Opener == ClauseOpener.Condition && c.Opener != ClauseOpener.Condition) Relink(c, t);
            if (On(TreeReadings.Coordination) && t.Opener == ClauseOpener.Coordinated && c.Opener != ClauseOpener.Coordinated && c.Subject.Count == 0) Relink(c, t);
            if (On(TreeReadings.Objects) && c.Objects.Count == 0 && t.Objects.Count > 0) c.Objects.AddRange(t.Objects);
            if (On(TreeReadings.Obliques))
                foreach (var o in t.Obliques)
                    if (!c.Obliques.Exists(p => p.Overlaps(o))) c.Obliques.Add(o);
        }
        BreakCycles(tagged);
        return tagged;
    }

    private static void Relink(Clause c, Clause t)
    {
        c.Opener = t.Opener;
        c.OpenerToken = t.OpenerToken;
        c.Governor = t.Governor;
        c.Antecedent = t.Antecedent;
        c.SubjectFrom = t.SubjectFrom;
        c.Subject.Clear();
        c.Subject.AddRange(t.Subject);
        c.Start = Math.Min(c.Start, t.Start);
    }


    /// <summary>Shared subjects and governors that come round to their own clause (the two readings link differently) are cut.</summary>
    private static void BreakCycles(List<Clause> clauses)
    {
        foreach (var clause in clauses)
        {
            if (Cycles(clauses, clause, c => c.SubjectFrom)) clause.SubjectFrom = -1;
            if (Cycles(clauses, clause, c => c.Governor)) clause.Governor = -1;
        }
    }

    private static bool Cycles(List<Clause> clauses, Clause start, Func<Clause, int> next)
    {
        int steps = 0;
        for (int k = next(start); k >= 0 && k < clauses.Count; k = next(clauses[k]))
            if (k == start.Index || ++steps > clauses.Count) return true;
        return false;
    }
}
