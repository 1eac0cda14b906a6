using Warta.Clauses;
using Warta.Text;

namespace Warta.Coding;

internal sealed partial class DocumentCoder
{
    /// <summary>What a clause asserts: negation, condition, intent, threat, allegation, question.</summary>
    internal sealed partial class SentenceCoder
    {
        private readonly Dictionary<int, Modality> _modalities = [];

        /// <summary>
        /// The modality of a verb clause, worked out once: it is asked for again for every clause it governs and every
        /// noun it hosts.
        /// </summary>
        private Modality ModalityOf(Clause clause, bool nominalUnder = false)
        {
            if (clause.IsNominal || nominalUnder) return WorkOutModality(clause, nominalUnder);
            if (!_modalities.TryGetValue(clause.Index, out var known)) _modalities[clause.Index] = known = WorkOutModality(clause, false);
            return known;
        }

        private Modality WorkOutModality(Clause clause, bool nominalUnder)
        {
            var m = Modality.Asserted;
            var lexicon = _lang.Lexicon.Modality;
            for (int t = clause.GroupStart; t < clause.Predicate; t++)
            {
                if (lexicon.IsNegator(_doc, t)) m = m with { Negated = true };
                // "said that Japan would send aid": in reported speech "would" is the future of the past, not a condition.
                else if (lexicon.IsCondition(_doc, t) && HasRole(t, WordRole.ReportedFuture) && GovernedBySpeech(clause)) m = m with { Intended = true };
                else if (lexicon.IsCondition(_doc, t)) m = m with { Hypothetical = true, Modal = true };
                else if (lexicon.MatchIntent(_doc, t, clause.Predicate + 1) is { } intent)
                    m = m with { Intended = true, Threat = m.Threat || intent.Kind == "threat" };
            }
            if (clause.Opener == ClauseOpener.Condition) m = m with { Hypothetical = true };
            // "none of its crew were detained", "no one was hurt": a negative quantifier on the subject negates the clause.
            foreach (var phrase in clause.Subject)
                if (lexicon.IsNegator(_doc, phrase.Start)) m = m with { Negated = true };
            // "dikerahkan untuk membebaskan sandera", "agar ia mundur": a purpose is not a fact, unless the verb before
            // says it came about (berhasil, mulai, continued to).
            if (clause.Opener == ClauseOpener.Chain && clause.OpenerToken >= 0 && clause.Governor >= 0 && !IsVerbalAct(clause)
                && _lang.Clauses.Words[_doc[clause.OpenerToken].Text] == ClauseWordKind.Chain
                && !IsRealising(_clauses[clause.Governor]) && _lang.Lexicon.Modality.MatchIntent(_doc, _clauses[clause.Governor].Predicate, _end) is null
                && _lang.Lexicon.Modality.MatchRefusal(_doc, _clauses[clause.Governor].Predicate, _end) is null)
                m = m with { Hypothetical = true };
            if (nominalUnder && lexicon.MatchRefusal(_doc, clause.Predicate, clause.End) is not null) m = m with { Negated = true };
            // Modality flows down chains (berencana menyerang, refused to attend) but not into a complement clause:
            // in "ingin mencatat bahwa kami memiliki …" the wanting is about the noting.
            var current = clause;
            for (int g = clause.Governor, guard = 0; g >= 0 && guard < 8; g = _clauses[g].Governor, guard++)
            {
                var governor = _clauses[g];
                if (current.Opener == ClauseOpener.Complement) break;
                current = governor;
                // (The scope runs past the governor's own clause: the "to" of "prepared to trigger" opens this one.)
                if (lexicon.MatchRefusal(_doc, governor.Predicate, _end) is not null) m = m with { Negated = true };
                if (lexicon.MatchIntent(_doc, governor.Predicate, _end) is { } governing)
                    m = m with { Intended = true, Threat = m.Threat || governing.Kind == "threat" };
                // "accused Kyiv of mistreating prisoners", "charged with assisting a foreign intelligence service": the
                // alleged act is the accuser's claim, not a fact the text asserts.
                if (VerbMatch(governor) is { } said && (Behaviour(said.Code).Alleging)
                    && (current == governor && !IsPurposeOpener(clause)))
                    m = m with { Alleged = true };
                // "menuntut pemerintah menarik pasukan", "urged Tokyo to address": what is asked for has not happened.
                if (VerbMatch(governor) is { } asked && Behaviour(asked.Code).Asking)
                    m = m with { Hypothetical = true };
                var outer = ModalityOf(governor);
                if (outer.Negated) m = m with { Negated = true };
                if (outer.Hypothetical) m = m with { Hypothetical = true };
                // "would travel to Beijing for talks": the talks are as future as the trip.
                if (outer.Intended) m = m with { Intended = true, Threat = m.Threat || outer.Threat };
            }
            // "menuduh Seoul mempersiapkan invasi dan mengancam …": a verb coordinated with an alleged act shares its subject
            // and is alleged with it.
            if (clause.Opener == ClauseOpener.Coordinated && clause.SubjectFrom >= 0 && clause.SubjectFrom < clause.Index
                && _clauses[clause.SubjectFrom].Governor >= 0 && ModalityOf(_clauses[clause.SubjectFrom]).Alleged)
                m = m with { Alleged = true };
            if (IsQuestion()) m = m with { Question = true };
            return m;
        }

        /// <summary>
        /// Saying, asking, demanding, criticising and protesting happen in the act of the purpose clause itself:
        /// "rallied to demand", "dipanggil untuk menyampaikan protes" did demand and protest.
        /// </summary>
        private bool IsVerbalAct(Clause clause) =>
            !clause.IsNominal && VerbMatch(clause) is { } match && Behaviour(match.Code).VerbalAct;

        private bool IsPurposeOpener(Clause clause) =>
            clause.OpenerToken >= 0 && _lang.Clauses.Words[_doc[clause.OpenerToken].Text] == ClauseWordKind.Chain;

        private bool IsRealising(Clause governor) => HostKind(governor) == ClauseWordKind.Realising;

        /// <summary>True when <paramref name="ancestor"/> governs <paramref name="clause"/>, directly or through a chain.</summary>
        private bool IsGovernedBy(Clause clause, Clause ancestor)
        {
            for (int g = clause.Governor, guard = 0; g >= 0 && guard < 8; g = _clauses[g].Governor, guard++)
                if (g == ancestor.Index) return true;
            return false;
        }

        private bool IsQuestion()
        {
            for (int t = _end - 1; t >= _start && _doc.TokenRows[t].Pos == Upos.PUNCT; t--)
                if (_doc[t].Text is "?") return true;
            return false;
        }
    }
}
