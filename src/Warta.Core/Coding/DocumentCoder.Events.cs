using Warta.Actors;
using Warta.Clauses;
using Warta.Coding.Rules;
using Warta.Events;
using Warta.Languages;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Coding;

internal sealed partial class DocumentCoder
{
    /// <summary>Verb and noun clauses to candidate events: sources, targets, anaphora.</summary>
    internal sealed partial class SentenceCoder
    {
        /// <summary>A verb clause the event match stage found an entry for, with its modality once that stage ran.</summary>
        private sealed record Matched(Clause Clause, PredicateMatch Match, ClauseTrace? Trace, Modality Modality);

        private readonly List<Matched> _matched = [];

        /// <summary>
        /// "memukul mundur para penyerang" (beat back): a verb the tagger made a clause of its own that is a particle of an
        /// earlier clause's multi-word predicate is part of that event, not one of its own (no retreat, 0874, here).
        /// </summary>
        private bool IsParticleOfMatched(Clause clause)
        {
            var owner = _matched.Find(m => clause.Predicate > m.Match.TriggerStart && clause.Predicate < m.Match.TriggerEnd);
            if (owner is null) return false;
            Trace(clause, null, null, $"a particle of the predicate '{owner.Match.Entry.Predicate}' (clause {owner.Clause.Index}): no event of its own");
            return true;
        }

        private Matched? MatchVerbClause(Clause clause)
        {
            var match = VerbMatch(clause);
            if (match is not { HasCue: true }) match = HostingOf(clause) ?? match;
            // (The phrase may run into the clause it governs: "asked not to be named".)
            if (_lang.Lexicon.Modality.MatchRefusal(_doc, clause.Predicate, _end) is { Kind: RefusalKind.Abstain or RefusalKind.Fail } refusal)
            {
                // "menahan diri dari kritik", "failed to": the verb marks what did not happen; it is no event of its own.
                // (A refusal or denial is: "menolak", "reject" are CAMEO 12; what they govern is negated below.)
                Trace(clause, match, null, $"refusal cue '{refusal.Phrase}': what it governs is negated");
                return null;
            }
            if (match is not null && ActsOnItsOwnSubject(clause, match))
            {
                Trace(clause, match, null, "its object is the reflexive 'diri' ('membela diri'): an act on its own subject, no event");
                return null;
            }
            if (match is { HasCue: false } && PassesActOn(clause))
            {
                Trace(clause, match, null, "control verb: the act it governs, not its own default, is the event");
                return null;
            }
            if (IsStandingRecord(clause))
            {
                Trace(clause, match, null, "standing record: a relative clause set off by commas, in the present perfect, describes its antecedent");
                return null;
            }
            if (match is not null && IsAimOfProtest(clause, match))
            {
                Trace(clause, match, null, "the aim of the protest it is the purpose of: no event of its own");
                return null;
            }
            if (match is not null) match = ProtestSubjectOf(clause, match) ?? match;
            // "Kedua negara sepakat menghidupkan kembali …", "berjanji membangun …": a promise or agreement of an act the
            // lexicon does not know is still an intention to cooperate (030).
            match ??= RealisedNounOf(clause) ?? PromiseOf(clause) ?? RefusalOf(clause);
            var trace = Trace(clause, match, null, match is null ? "no lexicon entry for this predicate" : "");
            if (match is not null && clause.Voice == Voice.Passive && IsOwnFormEntry(clause, match)) clause.Voice = Voice.Middle;
            return match is null ? null : new Matched(clause, match, trace, Modality.Asserted);
        }

        /// <summary>
        /// "Pasukan Serbia terlibat dalam pembersihan etnis": an entry written in the very ter- form of the clause's verb
        /// (<c>terlibat</c>, not <c>melibatkan</c>) is a verb of its own whose subject takes part, not the passive of one.
        /// </summary>
        private bool IsOwnFormEntry(Clause clause, PredicateMatch match)
        {
            var head = match.Entry.Predicate.AsSpan();
            if (head.IndexOf(' ') is var space and >= 0) head = head[..space];
            return _doc[clause.Predicate].Morph is { Prefixes: ["ter", ..] }
                   && _doc[clause.Predicate].Text.Equals(head, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// "membela diri" (defend oneself), "melindungi diri": a verb whose object is the reflexive word acts on its own
        /// subject, which CAMEO codes no event for (a guessed other party made "membela diri" a verbal defence, 052, of
        /// someone). Not where the entry takes the word as its cue: "mengundurkan diri" (resign), "menyerahkan diri".
        /// </summary>
        private bool ActsOnItsOwnSubject(Clause clause, PredicateMatch match)
        {
            if (clause.Objects.Count == 0) return false;
            var self = clause.Objects[0];
            if (!HasRole(self.Start, WordRole.Reflexive) || self.End - self.Start > 2) return false;
            return !(match.HasCue && match.CueStart <= self.Start && self.Start < match.CueEnd);
        }

        /// <summary>
        /// "helped to broker a truce", "is seeking to expand its influence", "began to withdraw": a realising verb, or one
        /// that plans, schedules or wants (intents.tsv), governing a clause that shares its subject only frames that clause's act, which
        /// is coded on its own; the verb's default code (help 070, seek 020) is no event. With an object that does the
        /// governed act ("helped Kyiv repel the attack") the verb keeps its code, and so does one whose cue matched.
        /// </summary>
        private bool PassesActOn(Clause clause)
        {
            bool framing = IsRealising(clause)
                || _lang.Lexicon.Modality.MatchIntent(_doc, clause.Predicate, _end) is { Kind: IntentKind.Plan or IntentKind.Want or IntentKind.Schedule };
            return framing && _clauses.Exists(other => other.Governor == clause.Index && other.Opener == ClauseOpener.Chain
                                                       && other.Subject.Count == 0 && other.SubjectFrom == clause.Index);
        }

        /// <summary>
        /// "Oman, which has mediated between the Houthis and Saudi Arabia, did not comment": a relative clause set off by a
        /// comma whose verb is in the present perfect says what its antecedent is known for, undated; it is no event of the
        /// story. ("who had criticised …" is: the past perfect places an act before the story's.)
        /// </summary>
        private bool IsStandingRecord(Clause clause)
        {
            if (clause.Opener != ClauseOpener.Relative || clause.OpenerToken < 1 || !_doc[clause.OpenerToken - 1].Text.SequenceEqual(",")) return false;
            for (int t = clause.OpenerToken + 1; t < clause.Predicate; t++)
                if (HasRole(t, WordRole.PerfectAuxiliary)) return true;
            return false;
        }

        private void CodeVerbClause(Matched matched)
        {
            var (clause, match, trace, modality) = matched;
            bool passive = clause.Voice == Voice.Passive;
            var (sources, sourceRule) = RuleRunner.FirstSource(passive ? ActorRules.PassiveSources : ActorRules.ActiveSources, this, clause);
            // (Re-coded before the target is looked for: a blockade needs a party it is imposed on, a protest does not.)
            match = ByWhoDoesIt(match, sources);
            var found = RuleRunner.FirstTarget(passive ? ActorRules.PassiveTargets : ActorRules.ActiveTargets, this,
                new TargetQuery(clause, match, sources, modality));
            if (found.Veto is { } veto)
            {
                if (trace is not null) trace.Outcome = veto;
                return;
            }
            var (targets, targetRule) = (found.Targets, found.Rule);
            if (targets.Count == 0 && IsTermOfOwnAgreement(clause, sourceRule, sources))
            {
                if (trace is not null) trace.Outcome = "a term of the agreement its parties signed, which was coded: part of that act";
                return;
            }
            if ((match.Reciprocal || IsReciprocalObject(clause) || match.Entry.Origin == PromiseOrigin)
                && sources.Select(a => a.Actor.Key).Distinct().Count() >= 2)
                (targets, targetRule) = (sources, ActorRules.ReciprocalSubjects);
            if (targets.Count > 0 && targets != sources && !targets.TrueForAll(t => t.IsImplicit)) _clauseTargets[clause.Index] = targets;
            // A verb pattern's reverse-only code ("appeared before the court"): the object acts on the subject.
            if (match.SwapsRoles && targets.Count > 0) (sources, targets, sourceRule, targetRule) = (targets, sources, targetRule, sourceRule);
            Add(clause, match, sources, targets, modality, new(sourceRule, targetRule), trace: trace);
            if (match.Reciprocal && targets.Count > 0 && targets != sources && !IsOneSidedIntent(clause, match, modality))
                Add(clause, match, targets, sources, modality, new(targetRule, sourceRule), trace: trace, reversed: true);
            else if (match.Reverse is { } back && targets.Count > 0 && targets != sources)
                Add(clause, back, targets, sources, modality, new(targetRule, sourceRule), trace: trace, reversed: true);
        }

        /// <summary>
        /// "Petani Polandia memblokade perbatasan": what people do to a road or border is a protest (144); the same verb of a
        /// state's forces or government is the state's act (191). The entry's <c>people:</c> or <c>forces:</c> code when every
        /// source is of that kind, with the change in its rule name; else the match as it was.
        /// </summary>
        private static PredicateMatch ByWhoDoesIt(PredicateMatch match, List<ActorRef> sources)
        {
            var entry = match.Entry;
            if (sources.Count == 0 || entry.PeopleCode is null && entry.ForcesCode is null) return match;
            string? code = entry.PeopleCode is { } people && sources.TrueForAll(s => s.Actor.IsPeople) ? people
                : entry.ForcesCode is { } forces && sources.TrueForAll(s => s.Actor.IsStateForce) ? forces : null;
            if (code is null) return match;
            var kind = code == entry.PeopleCode ? "people" : "forces";
            return match with { Entry = entry with { Code = code, PeopleCode = null, ForcesCode = null, Rule = $"{entry.RuleName} +{kind}→{code}" } };
        }

        /// <summary>
        /// An act both ways ("met with Y") that is only intended is the other side's intent too where a joint verb governs
        /// it ("agreed with Y to meet"), not where one party states it ("said he was willing to meet Y", "plans to hold
        /// talks with Y", "refused to meet Y": Y said nothing). (A meeting the text reports as future or scheduled, "X will
        /// meet Y next week", is both sides' and keeps both ways.)
        /// </summary>
        private bool IsOneSidedIntent(Clause clause, PredicateMatch match, Modality modality) =>
            (modality.Intended && !modality.Scheduled && !IsToldFuture(clause) || ControlOf(clause, match.Code) is not null)
            && !(clause.Governor >= 0 && VerbMatch(_clauses[clause.Governor]) is { Reciprocal: true });

        /// <summary>Whether the clause's own verb group tells a plain future ("will meet", "akan bertemu"), not a stance.</summary>
        private bool IsToldFuture(Clause clause)
        {
            foreach (int t in VerbGroup(clause, TreeModalityOf(clause)))
                if (_lang.Lexicon.Modality.MatchIntent(_doc, t, clause.Predicate + 1) is { Kind: IntentKind.Future }) return true;
            return false;
        }

        /// <summary>
        /// "the two sides signed a declaration pledging to settle disputes peacefully": what a document says its own
        /// signers will do, naming no one else, is the content of the agreement (coded once, 057 between them), not a
        /// second act between the same parties. A document that names another party ("issued a joint communique calling
        /// on Myanmar's junta to …") keeps its event.
        /// </summary>
        private bool IsTermOfOwnAgreement(Clause clause, string? sourceRule, List<ActorRef> sources) =>
            sourceRule == IssuerOfDocument.RuleName && !IsSingleParty(sources)
            && _matched.Find(m => m.Clause.Index == clause.Governor) is { } agreement && Behaviour(agreement.Match.Code).Joint;

        /// <summary>The targets named for each coded verb clause of the sentence, for the verbs coordinated with it.</summary>
        private readonly Dictionary<int, List<ActorRef>> _clauseTargets = [];

        private bool IsReciprocalObject(Clause clause) =>
            clause.Objects.Count > 0 && _lang.Clauses.Words[_doc[clause.Objects[0].End - 1].Text] == ClauseWordKind.Reciprocal
            || clause.GroupStart < clause.Predicate && _lang.Clauses.Words[_doc[clause.GroupStart].Text] == ClauseWordKind.Reciprocal;

        private const string PromiseOrigin = "rule:promise-of-an-unknown-act";

        private PredicateMatch? PromiseOf(Clause clause)
        {
            // The promise is in the verb group ("siap menampung") or is the verb this one is chained to ("sepakat memperluas").
            if (clause.Opener == ClauseOpener.Chain && clause.Governor >= 0
                && _lang.Lexicon.Modality.MatchIntent(_doc, _clauses[clause.Governor].Predicate, _end) is { Kind: IntentKind.Promise } governing)
                return Promise(governing, _clauses[clause.Governor].Predicate);
            for (int t = clause.GroupStart; t < clause.Predicate; t++)
            {
                if (_lang.Lexicon.Modality.MatchIntent(_doc, t, clause.Predicate) is not { Kind: IntentKind.Promise or IntentKind.Ready } promise) continue;
                return Promise(promise, t);
            }
            return null;
        }

        private const string RealisedNounOrigin = "rule:realised-event-noun";

        /// <summary>
        /// "melanjutkan perundingan", "memulai mogok makan", "continued its attacks": a realising verb (clause-words kind
        /// realising) the lexicon does not know carries out the event noun it takes as object, so the noun's entry is the
        /// verb's: its subject does the act, its modality holds, and a control verb above it converts it ("sepakat untuk
        /// melanjutkan perundingan": 046 → 036).
        /// </summary>
        private PredicateMatch? RealisedNounOf(Clause clause)
        {
            if (HostKind(clause) != ClauseWordKind.Realising || clause.Objects.Count == 0) return null;
            var obj = clause.Objects[0];
            for (int t = obj.Start; t < obj.End; t++)
            {
                if (!_read!.IsNoun(t) || MentionAt(t) is not null || _lang.Lexicon.MatchNoun(_doc, t, _end, t) is not { } noun) continue;
                return Carrying(clause, noun, RealisedNounOrigin);
            }
            return null;
        }

        /// <summary>The verb's match that carries the event of <paramref name="noun"/>: the noun's entry, with the noun as its cue.</summary>
        private PredicateMatch Carrying(Clause clause, PredicateMatch noun, string origin)
        {
            var entry = noun.Entry with
            {
                Kind = PredicateKind.Verb, Predicate = $"{_doc[clause.Predicate].Text} {noun.Entry.Predicate}", Origin = origin, Rule = null,
            };
            return new PredicateMatch(clause.Predicate, clause.Predicate + 1, noun.TriggerStart, Math.Max(noun.TriggerEnd, noun.CueEnd), entry);
        }

        /// <summary>
        /// Disapproving or rejecting (a verbal reaction that is no statement and asks nothing) can be what a protest is
        /// against rather than an act of its own. What protesters demand stays a demand ("rallied to demand" is 14 and 10).
        /// </summary>
        private bool IsProtestAimCode(string code) =>
            Behaviour(code) is { Reaction: true, VerbalAct: true, Statement: false, Asking: false, Protest: false };

        /// <summary>
        /// "memulai mogok makan untuk memprotes keputusan itu", "menggelar unjuk rasa menentang pemimpin partai": disapproval
        /// or rejection in the purpose or coordinated clause of a protest (behaviour column protest) says what the protest is
        /// against; it is no second event, and the protest takes its object as target (purpose-target). A summons "untuk
        /// memprotes" is no protest, so its purpose stays the complaint.
        /// </summary>
        private bool IsAimOfProtest(Clause clause, PredicateMatch match) =>
            IsProtestAimCode(match.Code) && clause.Governor >= 0 && clause.Opener is ClauseOpener.Chain or ClauseOpener.Coordinated
            && _matched.Find(m => m.Clause.Index == clause.Governor) is { } governor && Behaviour(governor.Match.Code).Protest;

        private const string ProtestSubjectOrigin = "rule:protest-against";

        /// <summary>
        /// "Kerusuhan warga Palestina menentang kebijakan militer Israel": a protest noun that is the subject of a verbal
        /// reaction is the protest, aimed at the verb's object, so the verb carries the noun's event (and the noun gives
        /// none of its own).
        /// </summary>
        private PredicateMatch? ProtestSubjectOf(Clause clause, PredicateMatch match)
        {
            if (!IsProtestAimCode(match.Code) || clause.Voice == Voice.Passive) return null;
            foreach (var phrase in clause.Subject)
                for (int t = phrase.Start; t < phrase.End; t++)
                    if (_read!.IsNoun(t) && MentionAt(t) is null && _lang.Lexicon.MatchNoun(_doc, t, _end, t) is { } noun && Behaviour(noun.Code).Protest)
                        return Carrying(clause, noun, ProtestSubjectOrigin);
            return null;
        }

        private const string HostingOrigin = "rule:hosting-a-visitor";

        /// <summary>
        /// "Ia diterima oleh Presiden Mesir", "Egypt's president welcomed Widodo": receiving or welcoming a named person
        /// from another country is hosting a visit (043), whatever else the verb can mean.
        /// </summary>
        private PredicateMatch? HostingOf(Clause clause)
        {
            if (HostKind(clause) is not (ClauseWordKind.Receive or ClauseWordKind.Welcoming)) return null;
            bool passive = clause.Voice == Voice.Passive;
            var patientPhrase = passive ? clause.Subject.FirstOrDefault() : clause.Objects.FirstOrDefault();
            if (patientPhrase.End <= patientPhrase.Start) return null;
            var patient = passive ? _subjects[clause.Index] : ActorsIn(patientPhrase);
            var host = passive ? PassiveAgent(clause).Sources : _subjects[clause.Index];
            if (patient.Count == 0 || host.Count == 0 || patient[0].Actor.Name is null || IsPossessor(patient[0], patientPhrase)) return null;
            if (patient[0].Actor.Country is not { } guest || host[0].Actor.Country is not { } home || guest == home) return null;
            var entry = new PredicateEntry
            {
                Language = _doc.Language.ToCode(), Kind = PredicateKind.Verb, Code = "043",
                Predicate = _doc[clause.Predicate].Text.ToString() + " (a visitor)", Origin = HostingOrigin,
            };
            return new PredicateMatch(clause.Predicate, clause.Predicate + 1, 0, 0, entry);
        }

        /// <summary>"welcomed President X's statement": a possessor inside the phrase is not what the phrase names.</summary>
        private bool IsPossessor(ActorRef actor, Phrase phrase) =>
            actor.End > 0 && actor.End < phrase.End && _doc.TokenRows[actor.End].Pos == Upos.PART;

        private const string RefusalOrigin = "rule:refusal-of-an-unknown-act";

        /// <summary>
        /// "declined to return the fossils": a refusal of an act the lexicon does not know is still a rejection (its code
        /// in refusals.tsv), aimed at whoever the refused act was for.
        /// </summary>
        private PredicateMatch? RefusalOf(Clause clause)
        {
            if (_lang.Lexicon.Modality.MatchRefusal(_doc, clause.Predicate, _end) is not { Kind: RefusalKind.Refuse, Code: { } code } refusal) return null;
            if (!_clauses.Exists(other => other.Governor == clause.Index && other.Opener == ClauseOpener.Chain && VerbMatch(other) is null))
                return null;
            var entry = new PredicateEntry
            {
                Language = _doc.Language.ToCode(), Kind = PredicateKind.Verb, Code = code,
                Predicate = refusal.Phrase + " …", Origin = RefusalOrigin,
            };
            return new PredicateMatch(clause.Predicate, Math.Max(refusal.End, clause.Predicate + 1), 0, 0, entry);
        }

        private PredicateMatch Promise(ModalityMatch promise, int token)
        {
            var entry = new PredicateEntry
            {
                Language = _doc.Language.ToCode(), Kind = PredicateKind.Verb, Code = "030",
                Predicate = promise.Phrase + " …", Origin = PromiseOrigin,
            };
            return new PredicateMatch(token, Math.Max(promise.End, token + 1), 0, 0, entry);
        }

        private bool Tracing => owner._trace is not null;

        private ClauseTrace? Trace(Clause clause, PredicateMatch? match, int? host, string outcome)
        {
            if (owner._trace is null) return null;
            var trace = new ClauseTrace(sentenceIndex, clause, match, host) { Outcome = outcome };
            owner._trace.Add(trace);
            return trace;
        }

        /// <summary>An event noun the event match stage found an entry for, as a nominal clause, with the verb clause holding it.</summary>
        private sealed record NounMatch(int Token, PredicateMatch Match, Clause Nominal, Clause? Host, ClauseTrace? Trace);

        private readonly List<NounMatch> _nouns = [];

        /// <summary>The event nouns a verb clause codes (<see cref="CarryingClause"/>): no events of their own, but still named with their day.</summary>
        private readonly List<int> _carriedNouns = [];

        /// <summary>The event nouns of the sentence that are events of their own (not what a yielding or intent verb undoes or offers).</summary>
        private void MatchNouns()
        {
            for (int t = _start; t < _end; t++)
            {
                if (!_read!.IsNoun(t) || MentionAt(t) is not null) continue;
                var match = _lang.Lexicon.MatchNoun(_doc, t, _end, t);
                if (match is null) continue;
                if (IsYieldedCue(t))
                {
                    if (Tracing)
                        Trace(_read!.BuildNominal(t, _clauses.Count), match, HostClause(t)?.Index, "what a yielding or intent verb undoes or offers: no event of its own");
                    continue;
                }
                if (IsNounModifier(match))
                {
                    if (Tracing)
                        Trace(_read!.BuildNominal(t, _clauses.Count), match, HostClause(t)?.Index, "a modifier of another noun (war crimes, riot police): no event of its own");
                    continue;
                }
                var nominal = _read!.BuildNominal(t, _clauses.Count);
                if (CarryingClause(t, match) is { } carrier
                    // (A noun with a possessor of its own is another party's act, "menerima kunjungan Perdana Menteri X",
                    // unless it is the protest the verb's subject names.)
                    && (Possessed(nominal, match).Count == 0 || carrier.Match.Entry.Origin == ProtestSubjectOrigin))
                {
                    Trace(nominal, match, carrier.Clause.Index, "the event of the verb whose cue it is: no event of its own");
                    _carriedNouns.Add(t);
                    continue;
                }
                var host = HostClause(t);
                _nouns.Add(new NounMatch(t, match, nominal, host, Trace(nominal, match, host?.Index, "")));
            }
        }

        /// <summary>
        /// The doer an event noun names itself: its possessor ("Russia's attack"; not a process noun's, which is its
        /// patient), its by-agent, or the lexicon entry's source preposition ("an appeal from Kyiv").
        /// </summary>
        private (List<ActorRef> Sources, string? Rule) NamedDoer(Clause nominal, PredicateMatch match, List<ActorRef> possessed, bool patientPossessor)
        {
            if (!patientPossessor && possessed.Count > 0) return (possessed, ActorRules.Possessor);
            foreach (var phrase in nominal.Agent)
                if (ActorsIn(phrase) is { Count: > 0 } agent) return (agent, AgentPhrase.RuleName);
            if (match.SourcePrepositions.Count > 0)
                foreach (var phrase in nominal.Obliques)
                    if (IsWordIn(phrase.Preposition, match.SourcePrepositions) && ActorsIn(phrase) is { Count: > 0 } from)
                        return (from, ActorRules.SourcePreposition);
            if (RelativeLightAgent(nominal) is { Count: > 0 } carriedOutBy) return (carriedOutBy, ActorRules.RelativeLightAgent);
            return ([], null);
        }

        /// <summary>
        /// "latihan militer yang digelar Angkatan Laut China", "serangan yang dilancarkan oleh kelompok bersenjata": the
        /// agent (by-phrase or bare agent) of a light or realising verb in a passive relative clause on the noun at
        /// <paramref name="nominal"/>, also when the clause builder took the noun's own prepositional phrase for the antecedent
        /// ("latihan militer dengan peluru tajam yang digelar …"). Another verb's agent is no doer ("serangan yang dikecam PBB").
        /// </summary>
        private List<ActorRef> RelativeLightAgent(Clause nominal)
        {
            int noun = nominal.Predicate;
            foreach (var relative in _clauses)
                if (relative.Opener == ClauseOpener.Relative && relative.Voice == Voice.Passive && relative.Antecedent is { } antecedent
                    && (antecedent.Contains(noun) || nominal.Obliques.Contains(antecedent)) && HostKind(relative) is ClauseWordKind.Light or ClauseWordKind.Realising
                    && PassiveAgent(relative) is { Rule: AgentPhrase.RuleName or BareAgent.RuleName } agent)
                    return agent.Sources;
            return [];
        }

        /// <summary>The distinct parties an event noun's between-phrases name ("between X and Y", "antara X dan Y"); empty for fewer than two.</summary>
        private List<ActorRef> BetweenParties(Clause nominal)
        {
            var parties = new List<ActorRef>();
            foreach (var phrase in nominal.Obliques)
                if (HasRole(phrase.Preposition, WordRole.BetweenPreposition))
                    foreach (var actor in ActorsIn(phrase))
                        if (!parties.Exists(p => p.Actor.Key == actor.Actor.Key)) parties.Add(actor);
            return parties.Count >= 2 ? parties : [];
        }

        /// <summary>
        /// The actors an event noun's possessor phrases name ("serangan Rusia", "Russia's attack"); a word of the trigger
        /// itself is no possessor ("latihan militer": the exercise is military, not the military's).
        /// </summary>
        private List<ActorRef> Possessed(Clause nominal, PredicateMatch match)
        {
            var possessed = new List<ActorRef>();
            foreach (var phrase in nominal.Subject)
                if (!Within(phrase, match.TriggerStart, match.TriggerEnd) && !Within(phrase, match.CueStart, match.CueEnd))
                    possessed.AddRange(ActorsIn(phrase));
            return possessed;
        }

        private static bool Within(Phrase phrase, int start, int end) => phrase.Start >= start && phrase.End <= end;

        /// <summary>
        /// "dismissed an appeal from President X", "rejected Moscow's proposal": the doer of the event noun a verb's first
        /// object holds. Empty when the object holds no event noun or the noun names no doer.
        /// </summary>
        internal List<ActorRef> DoerOfObjectNoun(Clause clause)
        {
            if (clause.Objects.Count == 0) return [];
            var obj = clause.Objects[0];
            foreach (var noun in _nouns)
            {
                if (noun.Token < obj.Start || noun.Token >= obj.End) continue;
                return NamedDoer(noun.Nominal, noun.Match, Possessed(noun.Nominal, noun.Match), IsProcessNoun(noun.Token)).Sources;
            }
            return [];
        }

        private void CodeNominalClauses()
        {
            foreach (var (t, match, nominal, nounHost, trace) in _nouns)
            {
                var host = nounHost;
                List<ActorRef> sources = [];
                var possessed = Possessed(nominal, match);
                // "serangan Rusia" is Russia's attack, but "penangkapan aktivis" is the arrest of activists: a peN-…-an
                // noun's possessor is its patient.
                bool patientPossessor = IsProcessNoun(t);
                // "penangkapan ikan" is fishing, not an arrest: a process noun whose patient is a thing is no event.
                // (A patient the entry names as its cue is the event's own: "pengiriman pasukan" is sending troops.)
                if (patientPossessor && possessed.Count == 0
                    && nominal.Subject.Exists(p => !(match.HasCue && match.CueStart <= p.Start && p.Start < match.CueEnd)))
                {
                    if (trace is not null) trace.Outcome = "process noun whose patient is no actor";
                    continue;
                }
                string? targetRule = null;
                (sources, var sourceRule) = NamedDoer(nominal, match, possessed, patientPossessor);
                // "Serangan drone Rusia": after a trigger of several words the owner is the first phrase that follows.
                if (sources.Count == 0 && !patientPossessor && nominal.Objects.Count > 0 && nominal.Objects[0].Start <= Math.Max(match.TriggerEnd, match.CueEnd)
                    && ActorsIn(nominal.Objects[0]) is { Count: > 0 } owner)
                {
                    (sources, sourceRule) = (owner, ActorRules.OwnerAfterTrigger);
                    nominal.Objects.RemoveAt(0);
                }
                // "talks between Armenia and Azerbaijan resumed", "bentrokan antara X dan Y menewaskan …": a joint or reciprocal
                // noun with no doer of its own that is a verb's subject (so it took place) is between the parties its
                // between-phrase names, each way. (Not "there were no plans for talks between …", "mediated talks between …".)
                var between = sources.Count == 0 && (match.Reciprocal || Behaviour(match.Code).Joint) && IsVerbSubject(t)
                    ? BetweenParties(nominal) : [];
                if (between.Count > 0) (sources, sourceRule) = (between, ActorRules.BetweenParties);
                var (targets, targetRule0) = between.Count > 0 ? (between, ActorRules.BetweenParties)
                    : patientPossessor && possessed.Count > 0
                    ? (possessed, ActorRules.PatientPossessor)
                    : (TargetOf(nominal, match.TargetPrepositions), NamedTarget.RuleName);
                targetRule = targetRule0;
                if (targets.Count == 0 && sources.Count > 0 && Behaviour(match.Code).Assault && CasualtyVictims(t, sources[0].Actor) is { Count: > 0 } victims)
                    (targets, targetRule) = (victims, ActorRules.CasualtySubject);
                // "an investigation into the killings": the target is whoever did them.
                // "an insurgent raid on the town of Palma": a settlement the gazetteer lacks is in the country the story is in.
                if (targets.Count == 0 && Behaviour(match.Code).Assault && UnknownSettlement(nominal, t) is { } settlement)
                    (targets, targetRule) = ([settlement], AssaultPlace.RuleName);
                if (targets.Count == 0 && sources.Count > 0) (targets, targetRule) = (EventAnaphora(nominal, sources[0].Actor), EventAnaphoraTarget.RuleName);
                // "Serangan Rusia menghantam jaringan listrik di Odesa": an attack that is the subject of a verb hits where the verb says.
                if (targets.Count == 0 && SubjectHost(t) is { } struck && Behaviour(match.Code).Assault)
                    (targets, targetRule) = (TargetOrPlace(struck, sources.Count > 0 ? sources[0].Actor : null), ActorRules.StruckPlace);
                // "vowed to avenge the killing of its commander by Israel": a noun with its own doer names an act of its own,
                // which the verb around it refers to; it does not share that verb's intent, condition or negation.
                // (Parties a between-phrase names are no doer of that kind: "urged talks between X and Y" is a call for talks.)
                bool ownDoer = sources.Count > 0 && between.Count == 0;
                // "Penandatanganan perjanjian itu dilakukan oleh X dan Y", "Kecaman dilontarkan Indonesia terhadap Israel": an
                // event noun that is the subject of a passive light verb was done by that verb's agent, to the party the
                // verb's phrase with the noun's target preposition names.
                if (sources.Count == 0 && host is null && PassiveLightSubjectHost(t) is { } carriedOutBy
                    && PassiveAgent(carriedOutBy) is { Sources.Count: > 0 } agent)
                {
                    (sources, sourceRule) = agent;
                    if (targets.Count == 0 && match.TargetPrepositions.Count > 0)
                        (targets, targetRule) = (TargetOf(carriedOutBy, match.TargetPrepositions, sources[0].Actor, anyPreposition: false), NamedTarget.RuleName);
                    host = carriedOutBy;
                }
                if (host is not null)
                {
                    var hostKind = HostKind(host);
                    // "menerima permintaan dari Kiev": the request is Kiev's, made to the receiver.
                    if (hostKind == ClauseWordKind.Receive) (targets, targetRule) = (_subjects[host.Index], ActorRules.Receiver);
                    // "melancarkan serangan", "menegaskan dukungannya", "began a hunger strike": the verb's subject is the
                    // noun's agent. (A speaker is not the doer of the attack he speaks of: "said the attack had endangered …".)
                    else if (sources.Count == 0 && (hostKind is ClauseWordKind.Light or ClauseWordKind.Realising || IsSpeech(host) && !Behaviour(match.Code).Coercive))
                        (sources, sourceRule) = host.Voice == Voice.Passive ? PassiveAgent(host) : new SourceChoice(_subjects[host.Index], ActorRules.HostSubject);
                    // "Russian drones entered Romanian airspace during an attack on Ukrainian ports": an attack with no
                    // owner of its own is the acting side's.
                    // (Not when the verb reacts to the attack: "condemned the bombing" is no bombing by the condemner.)
                    else if (sources.Count == 0 && Behaviour(match.Code).Coercive && host.Voice != Voice.Passive && !IsReaction(host))
                        (sources, sourceRule) = (_subjects[host.Index], ActorRules.ActingSide);
                }
                var modality = host is null ? Modality.Asserted : ModalityOf(host, nominalUnder: true);
                // (Not under a light or receive verb: "had not received a request from Kathmandu" means no request was made.)
                if (ownDoer && host is not null && HostKind(host) is not (ClauseWordKind.Light or ClauseWordKind.Receive))
                    modality = modality.Alleged ? Modality.Asserted with { Alleged = true } : Modality.Asserted;
                if (targets.Count == 0 && sources.Count > 0 && host is not null)
                    (targets, targetRule) = (ConditionSubject.Find(this, match.Code, modality, sources), ConditionSubject.RuleName);
                if (sourceRule == ActorRules.ActingSide && IsMannerOfHostAct(host!, sources, targets))
                {
                    if (trace is not null) trace.Outcome = "the act of force its verb was coded for, named again (killed 52 people in an assault on the town)";
                    continue;
                }
                // "nota kesepahaman tentang penanggulangan penangkapan ikan", "discussed the ceasefire": a noun that is only
                // the topic of something else is no event that happened.
                if (IsTopic(t) || IsTopicOf(host, t)) modality = modality with { Hypothetical = true };
                if (host is null && IsNegatedNoun(t)) modality = modality with { Negated = true };
                Add(nominal, match, sources, targets, modality,
                    new(sources.Count > 0 ? sourceRule : null, targets.Count > 0 ? targetRule : null), fromNoun: true, trace: trace);
            }
        }

        /// <summary>
        /// "Gang members killed 52 people in an overnight assault on the town": a coercive noun with no owner of its own whose
        /// host verb was coded as an act of force by the same side on the same country is how that act was done, not a
        /// second one. (Not "drones entered Romanian airspace during an attack on Ukrainian ports": another target. People whose
    /// country is only the story's default name no other target: "killed 46 Afghan civilians in an attack on a village".)
        /// </summary>
        private bool IsMannerOfHostAct(Clause host, List<ActorRef> sources, List<ActorRef> targets) =>
            _candidates.Exists(c => c.Clause == host && !c.FromNoun && Behaviour(c.Code).Coercive
                && sources.Exists(s => s.Actor.Key == c.Source.Actor.Key)
                && (targets.TrueForAll(t => t.HomeDefault) || c.Target is { } done && targets.Exists(t => t.Actor.Country == done.Actor.Country)));

        /// <summary>
        /// "war crimes", "riot police", "attack helicopters", "kapal perang": an event noun the tree attaches as a compound to
        /// another noun only says what kind of thing that noun is; no war, riot or attack took place. Not under an
        /// effort-noun (clause-words), which the act is carried out as ("a mediation effort"). The trigger's own head word
        /// decides, so a trigger of several words (hunger strike, mogok makan) is read as one.
        /// </summary>
        private bool IsNounModifier(PredicateMatch match)
        {
            if (_read!.Tree is not { } tree) return false;
            for (int t = match.TriggerStart; t < match.TriggerEnd; t++)
            {
                int head = tree.Head(t);
                if (head >= match.TriggerStart && head < match.TriggerEnd) continue;
                return tree.Is(t, "compound") && head >= 0 && _doc.TokenRows[head].Pos == Upos.NOUN
                       && !IsEffortNoun(head);
            }
            return false;
        }

        private bool IsEffortNoun(int t) =>
            HasRole(t, WordRole.EffortNoun) || _doc[t].Morph is { } morph && _lang.Clauses.Words.Has(WordRole.EffortNoun, morph.Lemma);

        /// <summary>
        /// "lifted sanctions on Venezuela", "menghentikan serangan": the noun that made a verb a yielding act (08x: ease,
        /// lift, halt, withdraw) is what is being undone, not an event of its own; "offered humanitarian aid": the noun
        /// that made it an intention (03x) is what is intended.
        /// </summary>
        /// <summary>
        /// "memulai mogok makan", "melanjutkan perundingan": the matched verb clause whose cue is the event noun at
        /// <paramref name="noun"/> and whose code has the noun's root, which may already code the noun's act; or null.
        /// </summary>
        private Matched? CarryingClause(int noun, PredicateMatch nounMatch) =>
            _matched.Find(verb => noun >= verb.Match.CueStart && noun < verb.Match.CueEnd
                                  && string.CompareOrdinal(verb.Match.Code, 0, nounMatch.Code, 0, 2) == 0);

        private bool IsYieldedCue(int noun)
        {
            foreach (var clause in _clauses)
                if (VerbMatch(clause) is { CueStart: var start, CueEnd: var end } verb && Behaviour(verb.Code).YieldsObject
                    && noun >= start && noun < end)
                    return true;
            return false;
        }

        /// <summary>"dideportasi ke Vietnam": people sent somewhere are taken to be of that country.</summary>
        private string? DestinationCountry(Clause clause)
        {
            foreach (var phrase in clause.Obliques)
                if (IsDestination(phrase.Preposition) && ActorsIn(phrase, places: true) is { Count: > 0 } to && to[0].Actor.Country is { } country
                    && to[0].Actor.Code == country)
                    return country;
            return null;
        }

        /// <summary>
        /// "Russian forces attacked Ukraine, killing two people", "Pasukan Rusia menyerang Ukraina, menewaskan dua orang":
        /// people harmed by a source that this sentence already has attacking or coercing another country's party, earlier
        /// in the text and as a fact, are that party's people, not the attacker's own.
        /// </summary>
        private string? StruckPartyCountry(Clause clause, Actor source)
        {
            for (int i = _candidates.Count - 1; i >= 0; i--)
            {
                var c = _candidates[i];
                if (c.Clause.Predicate >= clause.Predicate || c.Source.Actor.Code != source.Code || !Behaviour(c.Code).Coercive
                    || c.Modality.Label != "asserted") continue;
                if (c.Target is { IsImplicit: false, HomeDefault: false, Actor.Country: { } struck } && struck != source.Country) return struck;
            }
            return null;
        }

        private string? SentencePlaceCountry()
        {
            foreach (var m in mentions)
                if (m.Kind == MentionKind.Place && m.Actor.Country is { } country) return country;
            return null;
        }

        /// <summary>Statements, appeals, criticism and rejection react to what their object names.</summary>
        private bool IsReaction(Clause clause) =>
            IsSpeech(clause) || VerbMatch(clause) is { } m && Behaviour(m.Code).Reaction;

        private bool IsTopic(int noun)
        {
            foreach (var clause in _clauses)
                foreach (var phrase in clause.Obliques)
                    if (phrase.Contains(noun) && _lang.Clauses.Words[_doc[phrase.Preposition].Text] == ClauseWordKind.Topic) return true;
            for (int t = noun - 1; t >= _start && t >= noun - 4; t--)
                if (_lang.Clauses.Words[_doc[t].Text] == ClauseWordKind.Topic) return true;
            return false;
        }

        /// <summary>"raised the seizure with", "discussed the ceasefire": the noun is the object of a verb of discussing
        /// (not "raising the cost of the war", where it is not the object itself).</summary>
        private bool IsTopicOf(Clause? host, int noun) =>
            host is not null && HostKind(host) == ClauseWordKind.Topic && host.Objects.Exists(o => o.Contains(noun));

        /// <summary>The clause's verb lends its subject to the event noun it takes (melancarkan, mengeluarkan; launch, issue).</summary>
        internal bool IsLightVerb(Clause clause) => HostKind(clause) == ClauseWordKind.Light;

        private ClauseWordKind HostKind(Clause host)
        {
            var kind = _lang.Clauses.Words[_doc[host.Predicate].Text];
            if (kind == ClauseWordKind.None && _doc[host.Predicate].Morph is { } morph) kind = _lang.Clauses.Words[morph.Lemma];
            return kind;
        }

        private bool IsProcessNoun(int t) =>
            _doc.Language == Languages.Language.Indonesian && _doc[t].Morph is { } morph
            && morph.Prefixes.Count > 0 && morph.Prefixes[0] is "peN" or "per" && morph.Suffixes.Contains("an");

        /// <summary>
        /// "Tiga warga Palestina tewas dalam serangan udara Israel", "terluka akibat serangan drone Rusia": the actors named
        /// right before the casualty word (tewas, terluka) whose prepositional phrase opens with the assault noun at
        /// <paramref name="noun"/>: the assault hit them. Read from the words' order, since the parser often takes such a
        /// casualty word for a modifier of the noun before it.
        /// </summary>
        private List<ActorRef> CasualtyVictims(int noun, Actor source)
        {
            int preposition = noun - 1;
            if (preposition > _start && _doc.TokenRows[preposition].Pos == Upos.DET) preposition--;
            int word = preposition - 1;
            if (word <= _start || _doc.TokenRows[preposition].Pos != Upos.ADP
                || _lang.Clauses.Words[_doc[word].Text] != ClauseWordKind.Casualty) return [];
            int start = word;
            while (start > _start && _doc.TokenRows[start - 1].Pos is Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.DET) start--;
            return start < word ? ActorsIn(new Phrase(start, word, -1), source) : [];
        }

        /// <summary>The passive light or realising verb whose subject holds token <paramref name="t"/> (<i>serangan itu dilancarkan oleh …</i>).</summary>
        private Clause? PassiveLightSubjectHost(int t) =>
            SubjectHost(t) is { Voice: Voice.Passive } verb && HostKind(verb) is ClauseWordKind.Light or ClauseWordKind.Realising ? verb : null;

        private Clause? SubjectHost(int t)
        {
            foreach (var clause in _clauses)
                foreach (var p in clause.Subject)
                    if (p.Contains(t)) return clause;
            return null;
        }

        /// <summary>The noun is a verb's subject, in the tag reading or the tree.</summary>
        private bool IsVerbSubject(int t) => SubjectHost(t) is not null || _read!.Tree is { } tree && tree.Is(t, "nsubj");

        private bool IsNegatedNoun(int t)
        {
            int p = t - 1;
            return p >= _start && _lang.Lexicon.Modality.IsNegator(_doc, p);
        }

        /// <summary>The verb clause whose objects or prepositional phrases hold token <paramref name="t"/>.</summary>
        private Clause? HostClause(int t)
        {
            foreach (var clause in _clauses)
            {
                foreach (var p in clause.Objects) if (p.Contains(t)) return clause;
                foreach (var p in clause.Obliques) if (p.Contains(t)) return clause;
            }
            return null;
        }

        /// <summary>
        /// A passive bare statement's speaker is its agent ("dinyatakan oleh Menteri", "dikatakan Menteri", "was described by a
        /// confidant"), never its subject, which is what was said or named ("ia disebut Buku Putih", "Iraqis are reported
        /// dead", "sebagaimana dinyatakan dalam Surat Keputusan"): with no agent, no one made the statement.
        /// </summary>
        private List<ActorRef> PassiveSpeaker(Clause clause)
        {
            foreach (var phrase in clause.Agent)
                if (ActorsIn(phrase) is { Count: > 0 } agent) return agent;
            if (_doc.Language == Language.Indonesian && clause.Objects.Count > 0 && clause.Objects[0].Start == clause.Predicate + 1
                && ActorsIn(clause.Objects[0]) is { Count: > 0 } bare)
                return bare;
            return [];
        }

        /// <summary>
        /// A speech verb is a statement (010) only when nothing more specific came from its speaker and the event it reports
        /// was not coded; a statement with a cue of its own (keprihatinan 012, belasungkawa 018, a verdict: "told reporters
        /// the seizure was unacceptable" 111) stays, whatever else the speaker did in the sentence ("menyebut pengusiran itu
        /// tidak berdasar dan memperingatkan …").
        /// </summary>
        private void CodeStatement(Clause clause)
        {
            var match = VerbMatch(clause);
            // (A passive with a cue of its own keeps the old reading: "dinyatakan persona non grata" is an act with its own source.)
            var speaker = clause.Voice == Voice.Passive && match is not { HasCue: true } ? PassiveSpeaker(clause) : SpeakerOf(clause);
            var trace = Trace(clause, match, null, "speech verb");
            if (speaker.Count == 0) { if (trace is not null) trace.Outcome = "speech verb: no speaker found"; return; }
            // (A statement with a cue of its own, a verdict, stays beside the demand: "tidak berdasar dan harus dicabut".)
            if (CodeDemandOf(clause, speaker) && match is not { HasCue: true })
            {
                if (trace is not null) trace.Outcome = "speech verb: what it says another party must do was coded as a demand";
                return;
            }
            if (match is not { HasCue: true } && _candidates.Exists(c => c.Source.Actor.Key == speaker[0].Actor.Key))
            {
                if (trace is not null) trace.Outcome = "speech verb: the speaker's reported event was coded instead of a bare statement";
                return;
            }
            if (match is not { HasCue: true } && ReportsCodedEvent(clause))
            {
                if (trace is not null) trace.Outcome = "speech verb: the event it reports was coded instead of a bare statement";
                return;
            }
            if (match is null) { if (trace is not null) trace.Outcome = "speech cue without a statement code"; return; }
            List<ActorRef> targets = [];
            string? rule = null;
            foreach (var phrase in clause.Obliques)
                if (HasRole(phrase.Preposition, WordRole.AddressPreposition) && ActorsIn(phrase, speaker[0].Actor) is { Count: > 0 } addressee)
                {
                    (targets, rule) = (addressee, ActorRules.Addressee);
                    break;
                }
            bool Aimed() => targets.Count > 0 && targets[0].Actor.Key != speaker[0].Actor.Key;
            // A statement with a specific code (keprihatinan 012, belasungkawa 018) is about someone: find them as for any event.
            // As in the actor rules, a target on the speaker's own side is none found. A verdict judges an act, so its doer
            // comes first: in "told reporters the seizure was unacceptable" the reporters only heard it.
            if (targets.Count == 0 && match.HasCue)
            {
                if (match.Entry.Verdict) (targets, rule) = (EventAnaphora(clause, speaker[0].Actor), EventAnaphoraTarget.RuleName);
                if (!Aimed()) (targets, rule) = (TargetOf(clause, match.TargetPrepositions, speaker[0].Actor), NamedTarget.RuleName);
                if (!Aimed() && !match.Entry.Verdict) (targets, rule) = (EventAnaphora(clause, speaker[0].Actor), EventAnaphoraTarget.RuleName);
                if (!Aimed()) (targets, rule) = (DiscoursePartner(speaker), DiscoursePartnerTarget.RuleName);
            }
            bool aimed = Aimed();
            Add(clause, match, speaker, aimed ? targets : [], ModalityOf(clause), new(ActorRules.Speaker, aimed ? rule : null), trace: trace);
        }

        /// <param name="reversed">The second direction of a reciprocal act ("met with": the target's side).</param>
        private void Add(Clause clause, PredicateMatch match, List<ActorRef> sources, List<ActorRef> targets, Modality modality,
            EventActorRule rules, bool fromNoun = false, ClauseTrace? trace = null, bool reversed = false)
        {
            // Who does it decides the act first (a clause has it decided before its target was looked for; a noun or a
            // statement here): the act's own flags and rule name are the re-coded entry's.
            var recoded = ByWhoDoesIt(match, sources);
            string? conversion = recoded == match ? null
                : $"done by {(recoded.Code == match.Entry.PeopleCode ? "people, not a state" : "the state's forces")}: {match.Code} becomes {recoded.Code}";
            match = recoded;
            var code = match.Code;
            // A protest with no one named is aimed at the government of the country it happens in (below, per source).
            // A statement is about someone only when it says so: an implicit target of a 01x code is no target, except for a
            // denial (016), which answers whoever made the charge.
            if (Behaviour(code).DropsImplicitTarget && targets.Count > 0 && targets.TrueForAll(t => t.IsImplicit))
                (targets, rules) = ([], rules with { Target = null });
            // "menembakkan dua rudal ke Laut Timur": a weapon fired at no party the text names is shown, not used (150);
            // fired at a country it is an attack (the entry's own code).
            string? untargeted = null;
            if (match.Entry.UntargetedCode is { } shown && targets.TrueForAll(t => t.IsImplicit))
            {
                untargeted = $"+untargeted→{shown}";
                conversion = $"no party named as its target: {code} becomes {shown}";
                code = shown;
                targets = [];
                rules = rules with { Target = null };
            }
            var lexicon = _lang.Lexicon.Modality;
            var control = fromNoun ? null : ControlOf(clause, code);
            if (control is not null)
            {
                // Only the side that threatened or refused: "refused to meet the envoy" is nothing the envoy did. (An intent to
                // meet reaches here reversed only where both sides hold it, "sepakat bertemu": see IsOneSidedIntent.)
                if (reversed && control.Form != ControlReading.Intent) return;
                conversion = $"{(control.Form == ControlReading.Intent ? "an" : "a")} {control.Form}: {code}, governed by the control verb '{control.Verb.Phrase}', becomes {control.Code}";
                code = control.Code;
                // The control verb's own modality ("did not agree to meet" is negated); an intent still reads its dates forward.
                modality = ModalityOf(_clauses[clause.Governor]);
                if (control.Form == ControlReading.Intent) modality = modality with { Intended = true };
            }
            // "would respond with force", "mengancam akan menutup": a coercive act stated as what one would or will do is a
            // threat (13x), which is itself asserted; a condition clause ("if Iran failed to …") stays hypothetical.
            // "Tehran would not allow inspectors", "tidak akan menarik pasukan": to say one will not yield, meet or help is
            // a refusal (12x), itself asserted.
            else if (modality is { Negated: true, Intended: true, Hypothetical: false, Question: false, Scheduled: false } && lexicon.RefusalCode(code) is { } refusal)
            {
                // Only the side that says it will not refuses: "kami tidak akan berunding dengan Rusia" is no refusal by Russia.
                if (reversed) return;
                conversion = $"a refusal: {code}, said as what one will not do, becomes {refusal}";
                code = refusal;
                modality = Modality.Asserted;
            }
            // (Not in an embedded question: "asked whether Israel would carry out further strikes" is no threat.)
            else if (!modality.Negated && !modality.Question && (modality.Threat || modality.Modal && modality.Hypothetical && Behaviour(code).Coercive)
                     && lexicon.ThreatCode(code) is { } threat)
            {
                conversion = $"a threat: {code}, said as what one would or will do, becomes {threat}";
                code = threat;
                modality = Modality.Asserted;
            }
            else if (modality.Intended && !Behaviour(code).Intent)
            {
                // (A timetable is no one's stated intent: "dijadwalkan bertemu" is a meeting still to come, hypothetical,
                // no 036; it stays future for the date.)
                var intent = modality.Scheduled ? null : lexicon.IntentCode(code) ?? lexicon.ThreatCode(code);
                // "said Japan would consider easing controls": to say one will consider, comment or
                // acknowledge is already the public statement (root 01).
                if (intent is null && Behaviour(code).Statement) modality = modality with { Intended = false };
                else if (intent is null) modality = modality with { Hypothetical = true };
                // "Ethnic Serbs have sworn to fight": a coercive act said as what one will do is a threat (13x) by that
                // side only, as for a control verb's threat; the other side of the fight threatened nothing.
                else if (reversed && lexicon.IntentCode(code) is null) return;
                else
                {
                    conversion = $"an intent: {code}, said as what one will do, becomes {intent}";
                    code = intent;
                }
            }
            // "Kedua menteri menandatangani nota kesepahaman", "Indonesia dan Malaysia bekerja sama": a joint cooperative act
            // with no other party is an event between the partners, each way.
            // "Each side accused the other", "kedua pihak saling menuduh": a pair with no other party acts on itself, each way.
            if (targets.Count == 0 && sources.Count >= 2 && (Behaviour(code).Joint || sources.TrueForAll(a => a.FromPair))
                && sources.Select(a => a.Actor.Key).Distinct().Count() >= 2)
                (targets, rules) = (sources, rules with { Target = ActorRules.JointAct });
            if (trace is not null)
            {
                trace.Outcome = OutcomeOf(sources, targets, modality, conversion);
                foreach (var a in sources.Concat(targets))
                    if (a.Why is not null && !trace.ActorsWhy.Contains($"{a.Actor.Code}: {a.Why}")) trace.ActorsWhy.Add($"{a.Actor.Code}: {a.Why}");
            }
            foreach (var source in sources)
            {
                // A bare role whose country was never found ("seorang duta besar") says too little to code.
                if (source.IsFirstPerson || IsBareRole(source.Actor)) continue;
                if (source.Start >= 0 && targets.Count > 0) _memory.ObserveParty(source.Actor, source.Start);
                bool anyTarget = false;
                foreach (var candidate in targets)
                {
                    // "Tentara Myanmar membunuh warga sipil": people with no country named are the actor's own
                    // (a domestic act) rather than the story's most mentioned country.
                    // (Where the sentence names a place, they are that place's people: "struck the port of Odesa, killing four people".)
                    var targetRules = rules;
                    var target = candidate;
                    if (candidate.HomeDefault && Behaviour(code).Coercive && candidate.Actor.IsPeople
                        && (DestinationCountry(clause) ?? SentencePlaceCountry() ?? StruckPartyCountry(clause, source.Actor) ?? source.Actor.Country) is { } own
                        && candidate.Actor.Role is { } role)
                    {
                        target = candidate with { Actor = Actor.Combine(own, own, role, candidate.Actor.Name), HomeDefault = false };
                        targetRules = rules with { Target = $"{rules.Target}+{ActorRules.OwnPeople}" };
                    }
                    if (target.IsFirstPerson || IsBareRole(target.Actor)) continue;
                    if (ActsOnItself(source, target, code)) continue;
                    anyTarget = true;
                    _candidates.Add(new Candidate(clause, match, code, source, target, modality, fromNoun, targetRules, control?.Rule) { UntargetedRule = untargeted });
                }
                // (A protest held in another country's territory is aimed at the authority there: "rioted at a jail in Israel".)
                if (!anyTarget && Behaviour(code).Protest && (PlaceGovernment(clause) ?? HomeGovernment()) is { } government
                    && (!IsSelf(source.Actor, government.Actor) || IsNationalityOnly(source)))
                {
                    _candidates.Add(new Candidate(clause, match, code, source, government, modality, fromNoun, rules with { Target = ActorRules.HomeGovernment }, control?.Rule) { UntargetedRule = untargeted });
                    anyTarget = true;
                }
                if (!anyTarget && Behaviour(code).TargetOptional)
                    _candidates.Add(new Candidate(clause, match, code, source, null, modality, fromNoun, rules with { Target = null }, control?.Rule) { UntargetedRule = untargeted });
            }
        }

        private const string DemandOrigin = "rule:obligation-in-reported-speech";

        /// <summary>
        /// "The minister said Tehran must release the crew", "Menlu mengatakan Israel harus menarik pasukannya": what a
        /// speaker says another party must do (an obligation phrase in the reported clause's verb group) is the speaker's
        /// demand of that party, coded with the phrase's code; not when the party is the speaker's own side ("said Ukraine
        /// must respond") or the obligation is negated. Returns whether a demand was coded.
        /// </summary>
        private bool CodeDemandOf(Clause speech, List<ActorRef> speaker)
        {
            var demanded = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reported in _clauses)
            {
                // (A quote's clauses are reported by its attribution: "“… harus segera dicabut,” kata X". What a relative
                // clause says someone must do describes them: "seorang duta besar, orang yang harus …".)
                if (reported.IsNominal || reported.Index == speech.Index || reported.Opener == ClauseOpener.Relative
                    || ReportingClause(reported) != speech.Index && !(reported.InQuote && !speech.InQuote)) continue;
                var modality = ModalityOf(reported);
                if (modality.Obligation is not { Code: { } code } obligation || modality.Negated) continue;
                // "both countries should …", "we must …": the speaker's own side among those obliged is no demand on another.
                // "“Larangan itu harus segera dicabut,” kata X": an act that must be undone (a passive whose patient is an
                // earlier act, which names no party) is demanded of whoever did it.
                var subjects = UndoneActDoers(reported, speaker[0].Actor) ?? SubjectsOf(reported.Index);
                if (subjects.Count == 0 || subjects.Exists(a => a.IsFirstPerson || a.FromPair || a.Actor.Key == speaker[0].Actor.Key)) continue;
                // One demand per party named, though a reported clause coordinated with this one names it again.
                var obliged = new List<ActorRef>();
                foreach (var a in subjects)
                    if (demanded.Add(a.Actor.Code)) obliged.Add(a);
                if (obliged.Count == 0) continue;
                var entry = new PredicateEntry
                {
                    Language = _doc.Language.ToCode(), Kind = PredicateKind.Verb, Code = code,
                    Predicate = obligation.Phrase + " …", Origin = DemandOrigin,
                };
                var match = new PredicateMatch(reported.Predicate, reported.Predicate + 1, obligation.Start, obligation.End, entry);
                Add(reported, match, speaker, obliged, Modality.Asserted, new(ActorRules.Speaker, ComplementSubject.RuleName),
                    trace: Trace(reported, match, null, "demand"));
            }
            return demanded.Count > 0;
        }

        /// <summary>
        /// The doers of the earlier act a passive clause's patient names ("sanksi itu", "blokade tersebut … harus dicabut"),
        /// when the patient names no party of its own; null when the clause is active or its patient names someone.
        /// </summary>
        private List<ActorRef>? UndoneActDoers(Clause clause, Actor speaker)
        {
            if (clause.Voice != Voice.Passive) return null;
            var owner = clause;
            for (int guard = 0; owner.Subject.Count == 0 && owner.SubjectFrom >= 0 && guard < 8; guard++) owner = _clauses[owner.SubjectFrom];
            if (owner.Subject.Count == 0 || owner.Subject.Exists(p => ActorsIn(p).Count > 0)) return null;
            return EventAnaphora(owner.Subject, speaker) is { Count: > 0 } doers ? doers : null;
        }

        /// <summary>What <c>explain</c> shows for a matched clause, after the refusal, threat and intent conversions.</summary>
        private static string OutcomeOf(List<ActorRef> sources, List<ActorRef> targets, Modality modality, string? conversion)
        {
            if (sources.Count == 0) return "matched, but no source actor was found";
            var dyad = $"{string.Join(", ", sources.Select(s => s.Actor.Code))} → {(targets.Count == 0 ? "no target" : string.Join(", ", targets.Select(t => t.Actor.Code)))}";
            return conversion is null ? $"coded {modality.Label}: {dyad}" : $"coded {modality.Label} as {conversion}: {dyad}";
        }

        /// <summary>
        /// "Thousands of Nigerians rallied", "Angry French workers blocked the bridge": a source named only by its nationality
        /// is the country's people, not its state, so a protest of theirs at home is aimed at their own government.
        /// </summary>
        private bool IsNationalityOnly(ActorRef source) =>
            source.Actor.Role is null && source.Start >= 0 && MentionAt(source.Start) is { Kind: MentionKind.Demonym };

        internal static bool IsBareRole(Actor actor) => actor.Country is null && actor.Code == actor.Role;

        /// <summary>
        /// A source and target that make no event: the actor acting on itself. A place of its own country stays (an air
        /// strike on one's own village), and so does a state arresting or charging one of its own officials or bodies.
        /// </summary>
        internal bool ActsOnItself(ActorRef source, ActorRef target, string code) =>
            IsSelf(source.Actor, target.Actor) && !(target.FromPlace && source.Actor.Code != target.Actor.Code)
            && !(Behaviour(code).Arrest && source.Start != target.Start);

        /// <summary>
        /// An actor acting on itself: the same code, or a country and one of its own parts ("Moskow" and "RUSGOV").
        /// Two different parts of one country (IDNCOP against IDNOPP) are a domestic dyad and stay.
        /// </summary>
        private static bool IsSelf(Actor source, Actor target) =>
            source.Code == target.Code
            || source.Key == target.Key && !source.IsPeople && !target.IsPeople
               && (source.Code == source.Country || target.Code == target.Country || source.Role == target.Role);
    }
}
