using Warta.Morphology;

namespace Warta.Clauses;

/// <summary>
/// "accused Greece of trying to turn the Aegean into a lake and warned …", "agreed to resume talks and signed …": a finite
/// verb is coordinated with a finite one, so a coordinated finite verb that the reading joined to a chained infinitive
/// or gerund joins the verb that governs the chain instead, and shares that verb's subject (Fidan warned, not Greece); so
/// does one joined by a comma and a coordinator to a complement clause (the one who denied threatened, not his fighters).
/// An -ing participle set off by a comma ("rejected an Indian proposal for signing a trade deal, urging …") is an
/// adverbial clause of the main verb: it climbs out of a chain the same way (Bangladesh urged, not the proposal).
/// A language whose morphology marks no tense (Indonesian) never climbs.
/// </summary>
internal static class FiniteConjuncts
{
    public static void Rejoin(List<Clause> clauses, SentenceScan scan)
    {
        foreach (var clause in clauses)
        {
            if (clause.Opener != ClauseOpener.Coordinated || clause.SubjectFrom < 0 || clause.Subject.Count > 0
                || !scan.IsFiniteVerb(clause.Predicate) && !IsAdverbialParticiple(clause, clauses, scan)) continue;
            var partner = clauses[clause.SubjectFrom];
            for (int guard = 0; guard < 8 && partner.Opener == ClauseOpener.Chain && partner.Governor >= 0
                 && partner.Governor < partner.Index && !scan.IsFiniteVerb(partner.Predicate); guard++)
                partner = clauses[partner.Governor];
            // "denied that his fighters had targeted civilians, and threatened to attack …": after a comma and a
            // coordinator, a finite verb joined to a complement clause goes on with the verb that governs the complement.
            if (partner.Opener == ClauseOpener.Complement && partner.Governor >= 0 && partner.Governor < partner.Index
                && clause.OpenerToken > scan.Start && scan.Kind(clause.OpenerToken) == ClauseWordKind.Coordinator
                && scan.IsComma(clause.OpenerToken - 1))
                partner = clauses[partner.Governor];
            clause.SubjectFrom = partner.Index;
            // "was detained in Beijing and formally arrested in October": a past form with no object joined to a passive
            // by a bare "and" shares its auxiliary, so it is passive too ("…were beaten by coast guards, and called for":
            // after a comma the past tense is the main clause's).
            if (partner.Voice == Voice.Passive && clause.Voice != Voice.Passive && clause.Objects.Count == 0
                && clause.OpenerToken > scan.Start && !scan.IsComma(clause.OpenerToken - 1)
                && scan.IsPastForm(clause.Predicate) && !scan.HasAuxiliaryBefore(clause))
                clause.Voice = Voice.Passive;
        }
    }

    /// <summary>
    /// ", urging …": an -ing form after a comma. Not one of a list of gerunds closed by "and" ("accused Washington of
    /// violating human rights, ignoring international law and sending …"): those are the chain's own conjuncts.
    /// </summary>
    private static bool IsAdverbialParticiple(Clause clause, List<Clause> clauses, SentenceScan scan) =>
        scan.IsGerund(clause.Predicate) && clause.OpenerToken >= scan.Start && scan.IsComma(clause.OpenerToken)
        && !clauses.Exists(next => next.Index > clause.Index && next.Opener == ClauseOpener.Coordinated && next.SubjectFrom == clause.Index
            && next.OpenerToken >= scan.Start && scan.Kind(next.OpenerToken) == ClauseWordKind.Coordinator && scan.IsGerund(next.Predicate));
}
