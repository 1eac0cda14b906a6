using Warta.Clauses;
using Warta.Events;
using Warta.Parsing;
using Warta.Text;

namespace Warta.Coding;

internal sealed partial class DocumentCoder
{
    /// <summary>What a clause asserts: negation, condition, intent, threat, allegation, question.</summary>
    internal sealed partial class SentenceCoder
    {
        private readonly Dictionary<int, Modality> _modalities = [];
        private readonly HashSet<int> _workingOut = [];

        /// <summary>
        /// The modality of a verb clause, worked out once: it is asked for again for every clause it governs and every
        /// noun it hosts.
        /// </summary>
        private Modality ModalityOf(Clause clause, bool nominalUnder = false)
        {
            if (clause.IsNominal || nominalUnder) return WorkOutModality(clause, nominalUnder);
            if (_modalities.TryGetValue(clause.Index, out var known)) return known;
            // A tag governor and a tree frame can come round to a clause being worked out: it adds nothing to itself.
            if (!_workingOut.Add(clause.Index)) return Modality.Asserted;
            _modalities[clause.Index] = known = WorkOutModality(clause, false);
            _workingOut.Remove(clause.Index);
            return known;
        }

        /// <summary>What the tree says of each predicate, by token from the sentence's start, read once per sentence.</summary>
        private TreeModality?[]? _treeModalities;

        /// <summary>What the sentence's dependency tree says of the clause's predicate; nothing for an unparsed sentence.</summary>
        private TreeModality TreeModalityOf(Clause clause)
        {
            var tree = _read!.Tree;
            if (tree is null || clause.IsNominal) return TreeModality.None;
            _treeModalities ??= new TreeModality?[_end - _start];
            return _treeModalities[clause.Predicate - _start] ??= _lang.TreeModality.Read(tree, clause.Predicate);
        }

        private Modality WorkOutModality(Clause clause, bool nominalUnder)
        {
            var m = Modality.Asserted;
            var lexicon = _lang.Lexicon.Modality;
            var tree = TreeModalityOf(clause);
            foreach (int t in VerbGroup(clause, tree))
            {
                if (lexicon.IsNegator(_doc, t)) m = m with { Negated = true };
                else if (lexicon.MatchObligation(_doc, t, clause.Predicate) is { } obligation) m = m with { Hypothetical = true, Obligation = obligation };
                // "said that Japan would send aid": in reported speech "would" is the future of the past, not a condition.
                else if (lexicon.IsCondition(_doc, t) && HasRole(t, WordRole.ReportedFuture) && GovernedBySpeech(clause)) m = m with { Intended = true };
                else if (lexicon.IsCondition(_doc, t)) m = m with { Hypothetical = true, Modal = true };
                else if (lexicon.IsAllegation(_doc, t)) m = m with { Alleged = true };
                else if (lexicon.MatchIntent(_doc, t, clause.Predicate + 1) is { } intent)
                    m = Intending(m, intent);
            }
            if (clause.Opener == ClauseOpener.Condition || tree.Conditional) m = m with { Hypothetical = true };
            if (tree.Negated) m = m with { Negated = true };
            if (tree.Alleged) m = m with { Alleged = true };
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
            // "ditangkap karena bekerja sama dengan Israel": what someone is punished for is the punisher's account.
            if (!nominalUnder && PunishedFor(clause) is not null) m = m with { Alleged = true };
            // Modality flows down chains (berencana menyerang, refused to attend) but not into a complement clause:
            // in "ingin mencatat bahwa kami memiliki …" the wanting is about the noting. A denial is the exception:
            // what is denied ("denied that its forces fired", "membantah bahwa …") did not happen as far as the text says.
            var current = clause;
            var currentTree = tree;
            for (int guard = 0; guard < 8; guard++)
            {
                var (g, complement) = ModalityGovernor(current, currentTree);
                if (g < 0) break;
                var governor = _clauses[g];
                if (lexicon.MatchRefusal(_doc, governor.Predicate, _end) is { Kind: RefusalKind.Deny }) m = m with { Negated = true };
                // "demanded that both governments step down", "urged that talks resume": what is asked for has not
                // happened, in a complement as in a chain (below). (What a warning foretells is no request: "warned that
                // Israel would not allow …" keeps its own reading.)
                if (complement && VerbMatch(governor) is { } demanded && Behaviour(demanded.Code) is { Asking: true, Coercive: false })
                    m = m with { Hypothetical = true };
                // "alleged that Iran sent weapons", "it is alleged that Saddam gave money": what an allegation reports is
                // the accuser's claim, in a complement as in a chain (below).
                if (complement && VerbMatch(governor) is { } alleging && Behaviour(alleging.Code).Alleging) m = m with { Alleged = true };
                if (complement) break;
                current = governor;
                currentTree = TreeModalityOf(governor);
                // (The scope runs past the governor's own clause: the "to" of "prepared to trigger" opens this one.)
                if (lexicon.MatchRefusal(_doc, governor.Predicate, _end) is not null) m = m with { Negated = true };
                var governing = lexicon.MatchIntent(_doc, governor.Predicate, _end);
                bool hesitation = governing is { Kind: IntentKind.Hesitate };
                if (hesitation) m = HesitatingOver(m, ModalityOf(governor));
                else if (governing is not null) m = Intending(m, PurposeOfThing(governor, governing));
                // "accused Kyiv of mistreating prisoners", "charged with assisting a foreign intelligence service", "diduga
                // membakar lahan": the alleged act is the accuser's claim, not a fact the text asserts.
                if ((VerbMatch(governor) is { } said && Behaviour(said.Code).Alleging || lexicon.IsAllegation(_doc, governor.Predicate))
                    && !IsPurposeOpener(clause))
                    m = m with { Alleged = true };
                // "menuntut pemerintah menarik pasukan", "urged Tokyo to address": what is asked for has not happened.
                if (VerbMatch(governor) is { } asked && Behaviour(asked.Code).Asking)
                    m = m with { Hypothetical = true };
                var outer = ModalityOf(governor);
                if (outer.Negated && !hesitation) m = m with { Negated = true };
                if (outer.Hypothetical) m = m with { Hypothetical = true };
                // "would travel to Beijing for talks": the talks are as future as the trip.
                if (outer.Intended) m = m with { Intended = true, Threat = m.Threat || outer.Threat, Scheduled = m.Scheduled || outer.Scheduled };
            }
            // "menuduh Seoul mempersiapkan invasi dan mengancam …": a verb coordinated with an alleged act shares its subject
            // and is alleged with it, down a list ("accused Cairo of jailing journalists, torturing prisoners and beating …").
            if (clause.Opener == ClauseOpener.Coordinated && clause.SubjectFrom >= 0 && clause.SubjectFrom < clause.Index
                && _clauses[clause.SubjectFrom] is { } partner && (partner.Governor >= 0 || partner.Opener == ClauseOpener.Coordinated)
                && ModalityOf(partner).Alleged)
                m = m with { Alleged = true };
            // "aims to tighten sanctions and impose a blockade": a verb with no tense of its own coordinated with a chained
            // one is in the same chain, so what governs the chain governs it too. (English only: an Indonesian verb shows no
            // tense, so a verb coordinated after a chain cannot be told from one coordinated with the governing verb.)
            if (_doc.Language == Languages.Language.English
                && clause.Opener == ClauseOpener.Coordinated && clause.SubjectFrom >= 0 && clause.SubjectFrom < clause.Index
                && _clauses[clause.SubjectFrom] is { Opener: ClauseOpener.Chain, Governor: >= 0 } chained
                && _doc.TokenRows[clause.Predicate].Morph is not { Tense: not null } && ModalityOf(chained) is var shared)
                m = m with
                {
                    Negated = m.Negated || shared.Negated, Hypothetical = m.Hypothetical || shared.Hypothetical,
                    Intended = m.Intended || shared.Intended, Threat = m.Threat || shared.Threat, Alleged = m.Alleged || shared.Alleged,
                    Scheduled = m.Scheduled || shared.Scheduled,
                };
            if (IsQuestion() || tree.Question || IsEmbeddedQuestion(clause)) m = m with { Question = true };
            return m;
        }

        /// <summary>
        /// What an intent word makes of the act: intended (akan, plan to; a threat for threaten to); a timetable
        /// ("dijadwalkan bertemu", "is due to meet") is a future the text reports, which no actor stated as an intent
        /// (<see cref="Modality.Scheduled"/>: no 03x, the act is coded when it happens).
        /// </summary>
        private static Modality Intending(Modality m, ModalityMatch intent) =>
            m with { Intended = true, Threat = m.Threat || intent.Kind == IntentKind.Threat, Scheduled = m.Scheduled || intent.Kind == IntentKind.Schedule };

        /// <summary>
        /// "a resolution that aims to impose a blockade", "a bill which seeks to ban protests": a plan in a relative clause
        /// on something that is no actor is what that text or act is for, no one's stated intent: like a schedule, the
        /// act it names is only hypothetical (no 03x, no threat).
        /// </summary>
        private ModalityMatch PurposeOfThing(Clause governor, ModalityMatch governing) =>
            governing.Kind == IntentKind.Plan && governor.Opener == ClauseOpener.Relative && governor.Antecedent is { } thing
            && thing.End > thing.Start && MentionAt(thing.End - 1) is null
                ? governing with { Kind = IntentKind.Schedule }
                : governing;

        /// <summary>
        /// "will not hesitate to strike", "never hesitated to use force": a negated hesitation is a litotes, the act is
        /// promised (a threat when the act is force); "hesitated to send troops": the act was held back, so it is only
        /// hypothetical. The negation belongs to the hesitating, never to the act.
        /// </summary>
        private static Modality HesitatingOver(Modality m, Modality hesitating) =>
            hesitating.Negated ? m with { Intended = true } : m with { Hypothetical = true };

        /// <summary>
        /// The words of the clause's verb group: the tag reading's (auxiliaries, negators, adverbs right before the verb)
        /// and, in a parsed sentence, those the tree attaches to the verb before it ("will, officials said, not attend").
        /// </summary>
        private IEnumerable<int> VerbGroup(Clause clause, TreeModality tree)
        {
            for (int t = clause.GroupStart; t < clause.Predicate; t++) yield return t;
            foreach (int t in tree.Modifiers)
                if (t < clause.GroupStart) yield return t;
        }

        /// <summary>
        /// The clause whose modality this one follows, and whether it is a complement of it: the tag reading's governor,
        /// else (a clause the tags left unlinked) the verb the tree hangs it on (<see cref="TreeModality.Frame"/>).
        /// </summary>
        private (int Governor, bool Complement) ModalityGovernor(Clause clause, TreeModality tree)
        {
            if (clause.Governor >= 0) return (clause.Governor, clause.Opener == ClauseOpener.Complement);
            if (tree.Frame < 0 || clause.Opener is ClauseOpener.Relative or ClauseOpener.Coordinated) return (-1, false);
            int k = _clauses.FindIndex(c => c.Predicate == tree.Frame);
            return k < 0 || k == clause.Index ? (-1, false) : (k, tree.FrameIsComplement);
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

        /// <summary>
        /// "asked whether Tokyo would take the dispute to the WTO": a clause opened by a question word that is no
        /// subordinator is asked about (the tag reading's counterpart of the tree's question mark).
        /// "Belum jelas apakah Thailand akan menutup perbatasan", "belum memutuskan apakah akan mencabut sanksi": a question
        /// word right before the clause's subject or in its verb group asks about it even where the clause builder did not
        /// make it the opener.
        /// </summary>
        private bool IsEmbeddedQuestion(Clause clause)
        {
            if (clause.IsNominal) return false;
            if (IsQuestionOpener(clause.OpenerToken) || IsQuestionOpener(clause.Start - 1)) return true;
            // (The verb group takes in "apakah akan" as adverbs before the verb.)
            for (int t = Math.Min(clause.GroupStart, clause.Start) - 1; t < clause.Predicate; t++)
                if (IsQuestionOpener(t)) return true;
            return false;
        }

        private bool IsQuestionOpener(int t) =>
            t >= _start && _doc.TokenRows[t].Pos != Upos.PUNCT && _lang.Lexicon.Modality.IsQuestionCue(_doc, t)
            && _lang.Clauses.Words[_doc[t].Text] != ClauseWordKind.Subordinator;

        private bool IsQuestion()
        {
            for (int t = _end - 1; t >= _start && _doc.TokenRows[t].Pos == Upos.PUNCT; t--)
                if (_doc[t].Text is "?") return true;
            return false;
        }
    }
}
