using Warta.Morphology;

namespace Warta.Clauses;

/// <summary>
/// "accused Greece of trying to turn the Aegean into a lake and warned …", "agreed to resume talks and signed …": a finite
/// verb is coordinated with a finite one, so a coordinated finite verb that the reading joined to a chained infinitive
/// or gerund joins the verb that governs the chain instead, and shares that verb's subject (Fidan warned, not Greece); so
/// does one joined by a comma and a coordinator to a complement clause (the one who denied threatened, not his fighters).
/// A language whose morphology marks no tense (Indonesian) never climbs.
/// </summary>
internal static class FiniteConjuncts
{
    public static void Rejoin(List<Clause> clauses, SentenceScan scan)
    {
        foreach (var clause in clauses)
        {
            if (clause.Opener != ClauseOpener.Coordinated || clause.SubjectFrom < 0 || clause.Subject.Count > 0
                || !scan.IsFiniteVerb(clause.Predicate)) continue;
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
}
