using Warta.Actors;
using Warta.Clauses;
using Warta.Events;
using Warta.Languages;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Coding;

internal sealed partial class DocumentCoder
{
    /// <summary>Verb and noun clauses to candidate events: sources, targets, anaphora.</summary>
    private sealed partial class SentenceCoder
    {
        private void CodeVerbClause(Clause clause)
        {
            var match = VerbMatch(clause);
            if (match is not { HasCue: true }) match = HostingOf(clause) ?? match;
            if (_lang.Lexicon.Modality.MatchRefusal(_doc, clause.Predicate, clause.End) is { Kind: "abstain" or "fail" } refusal)
            {
                // "menahan diri dari kritik", "failed to": the verb marks what did not happen; it is no event of its own.
                // (A refusal or denial is: "menolak", "reject" are CAMEO 12; what they govern is negated below.)
                Trace(clause, match, null, $"refusal cue '{refusal.Phrase}': what it governs is negated");
                return;
            }
            // "Kedua negara sepakat menghidupkan kembali …", "berjanji membangun …": a promise or agreement of an act the
            // lexicon does not know is still an intention to cooperate (030).
            match ??= PromiseOf(clause) ?? RefusalOf(clause);
            var trace = Trace(clause, match, null, match is null ? "no lexicon entry for this predicate" : "");
            if (match is null) return;
            var modality = ModalityOf(clause);
            var subject = _subjects[clause.Index];
            if (subject.Count == 0) subject = IssuerOfDocument(clause);
            List<ActorRef> sources, targets;
            if (clause.Voice == Voice.Passive)
            {
                sources = PassiveAgent(clause);
                targets = subject;
                // "The handover was welcomed by Indonesia": the patient is an earlier event, so the target is its doer.
                if (targets.Count == 0 && sources.Count > 0) targets = EventAnaphora(clause, sources[0].Actor);
            }
            else
            {
                sources = subject;
                targets = TargetOf(clause, match.TargetPrepositions, sources.Count > 0 ? sources[0].Actor : null,
                    anyPreposition: !match.Reciprocal);
                // "memanggil pulang duta besarnya": a particle the tagger read as a verb took the object into a clause of its own.
                if (targets.Count == 0 && ParticleClause(clause, match) is { } rest)
                    targets = TargetOf(rest, match.TargetPrepositions, sources.Count > 0 ? sources[0].Actor : null, anyPreposition: !match.Reciprocal);
                if (targets.Count == 0 && FightsAThing(clause, match))
                {
                    if (trace is not null) trace.Outcome = "its object is a thing fought, not a party: no act of force";
                    return;
                }
                if (targets.Count == 0 && sources.Count > 0)
                    targets = ComplementSubject(clause, sources[0].Actor, ownSideExcluded: match.Code.StartsWith("01", StringComparison.Ordinal));
                if (targets.Count == 0 && sources.Count > 0) targets = PurposeTarget(clause, sources[0].Actor);
                if (targets.Count == 0 && sources.Count > 0) targets = EventAnaphora(clause, sources[0].Actor);
                if (targets.Count == 0 && sources.Count > 0) targets = ConditionSubject(match.Code, modality, sources);
                // "denied that Beijing had any involvement and accused London of …": a verb with no target of its own shares
                // the one named for the verb coordinated after it.
                if (targets.Count == 0 && sources.Count > 0) targets = LaterCoordinatedTarget(clause, sources[0].Actor);
                // "spoke with both leaders and appealed for restraint": a coordinated verb with no target of its own is
                // aimed at the first verb's.
                if (targets.Count == 0 && clause.Opener == ClauseOpener.Coordinated && clause.SubjectFrom >= 0
                    && _clauseTargets.TryGetValue(clause.SubjectFrom, out var shared))
                    targets = shared;
                // (A protest with no target is aimed at the home government instead: see Add.)
                // (Several parties acting together with no one else named act on each other: see Add.)
                // "melancarkan serangan udara ke sebuah desa di wilayah Sagaing": an assault with no party named is aimed at
                // the place where it happened.
                if (targets.Count == 0 && sources.Count > 0 && match.Code[..2] is "18" or "19" or "20")
                    targets = TargetOrPlace(clause, sources[0].Actor);
                // "Egypt and Saudi Arabia urged a ceasefire": several parties reacting together are aimed at the story's
                // other side too, unless what they do is done together (met, agreed) and so is between them (see Add).
                // "The agency's board will meet next month": an organisation meeting with no one named meets within itself.
                if (targets.Count == 0 && sources.Count > 0 && !match.IsSpeech && !match.Code.StartsWith("14", StringComparison.Ordinal)
                    && !(match.Reciprocal && sources[0].Actor.Code.StartsWith("IGO", StringComparison.Ordinal))
                    && (IsSingleParty(sources) || !IsJointAct(match.Code)))
                    targets = DiscoursePartner(sources, homeFallback: !match.Reciprocal);
                // "Militer Myanmar melancarkan serangan udara ke sebuah desa …": an assault in a sentence that names no other
                // country is a domestic one.
                if (targets.Count == 0 && sources.Count > 0 && match.Code[..2] is "18" or "19" or "20" && sources[0].Actor.Country is { } home
                    && mentions.All(m => m.Actor.Country is null || m.Actor.Country == home))
                    targets = [new ActorRef(new Actor(home, home, null), -1, -1) { FromPlace = true, IsImplicit = true }];
            }
            // "Russia and Ukraine exchanged prisoners": a reciprocal act of coordinated subjects is between them, whatever its object;
            // so is any act of several subjects on "the other" or "each other".
            // An agreement of coordinated parties to do something is an agreement between them ("kedua negara sepakat
            // memperluas pertukaran informasi intelijen").
            if ((match.Reciprocal || IsReciprocalObject(clause) || match.Entry.Origin == PromiseOrigin)
                && sources.Select(a => a.Actor.Key).Distinct().Count() >= 2) targets = sources;
            if (targets.Count > 0 && targets != sources && !targets.TrueForAll(t => t.IsImplicit)) _clauseTargets[clause.Index] = targets;
            // A verb pattern's reverse-only code ("appeared before the court"): the object acts on the subject.
            if (match.SwapsRoles && targets.Count > 0) (sources, targets) = (targets, sources);
            Add(clause, match, sources, targets, modality, trace: trace);
            if (match.Reciprocal && targets.Count > 0 && targets != sources) Add(clause, match, targets, sources, modality, trace: trace, reversed: true);
            else if (match.Reverse is { } back && targets.Count > 0 && targets != sources) Add(clause, back, targets, sources, modality, trace: trace, reversed: true);
        }

        /// <summary>
        /// "help his country fight illegal fishing", "battle corruption": an act of force whose party takes a preposition
        /// (fight against X) and whose object names no one (no actor, name or pronoun) is a struggle against a thing.
        /// </summary>
        private bool FightsAThing(Clause clause, PredicateMatch match) =>
            match.Code[..2] is "18" or "19" or "20" && match.TargetPrepositions.Count > 0 && clause.Objects.Count > 0
            && !match.HasCue && clause.Objects.TrueForAll(o => ActorsIn(o).Count == 0 && !NamesSomeone(o));

        private bool NamesSomeone(Phrase phrase)
        {
            for (int t = phrase.Start; t < phrase.End; t++)
                if (_doc.TokenRows[t].Pos is Upos.PROPN or Upos.PRON) return true;
            return false;
        }

        /// <summary>
        /// "issued a joint communique calling on Myanmar to …": a verb whose subject is the thing the verb before it
        /// produced, and names no actor, is the act of whoever produced it.
        /// </summary>
        private List<ActorRef> IssuerOfDocument(Clause clause)
        {
            if (clause.Voice == Voice.Passive || clause.Governor < 0 || clause.Subject.Count != 1) return [];
            var governor = _clauses[clause.Governor];
            if (governor.Objects.Count == 0 || governor.Objects[0].Start != clause.Subject[0].Start || ActorsIn(clause.Subject[0]).Count > 0) return [];
            return governor.Voice == Voice.Passive ? PassiveAgent(governor) : _subjects[governor.Index];
        }

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
                && _lang.Lexicon.Modality.MatchIntent(_doc, _clauses[clause.Governor].Predicate, _end) is { Kind: "promise" } governing)
                return Promise(governing, _clauses[clause.Governor].Predicate);
            for (int t = clause.GroupStart; t < clause.Predicate; t++)
            {
                if (_lang.Lexicon.Modality.MatchIntent(_doc, t, clause.Predicate) is not { Kind: "promise" or "ready" } promise) continue;
                return Promise(promise, t);
            }
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
            var host = passive ? PassiveAgent(clause) : _subjects[clause.Index];
            if (patient.Count == 0 || host.Count == 0 || patient[0].Actor.Name is null) return null;
            if (patient[0].Actor.Country is not { } guest || host[0].Actor.Country is not { } home || guest == home) return null;
            var entry = new PredicateEntry
            {
                Language = _doc.Language.ToCode(), Kind = PredicateKind.Verb, Code = "043",
                Predicate = _doc[clause.Predicate].Text.ToString() + " (a visitor)", Origin = HostingOrigin,
            };
            return new PredicateMatch(clause.Predicate, clause.Predicate + 1, 0, 0, entry);
        }

        private const string RefusalOrigin = "rule:refusal-of-an-unknown-act";

        /// <summary>
        /// "declined to return the fossils": a refusal of an act the lexicon does not know is still a rejection (its code
        /// in refusals.tsv), aimed at whoever the refused act was for.
        /// </summary>
        private PredicateMatch? RefusalOf(Clause clause)
        {
            if (_lang.Lexicon.Modality.MatchRefusal(_doc, clause.Predicate, _end) is not { Kind: "refuse", Code: { } code } refusal) return null;
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

        private void CodeNominalClauses()
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
                var nominal = _read!.BuildNominal(t, _clauses.Count);
                var host = HostClause(t);
                var trace = Trace(nominal, match, host?.Index, "");
                List<ActorRef> sources = [];
                List<ActorRef> possessed = [];
                foreach (var phrase in nominal.Subject) possessed.AddRange(ActorsIn(phrase));
                // "serangan Rusia" is Russia's attack, but "penangkapan aktivis" is the arrest of activists: a peN-…-an
                // noun's possessor is its patient.
                bool patientPossessor = IsProcessNoun(t);
                // "penangkapan ikan" is fishing, not an arrest: a process noun whose patient is a thing is no event.
                if (patientPossessor && possessed.Count == 0 && nominal.Subject.Count > 0)
                {
                    if (trace is not null) trace.Outcome = "process noun whose patient is no actor";
                    continue;
                }
                if (!patientPossessor) sources = possessed;
                if (sources.Count == 0)
                    foreach (var phrase in nominal.Agent)
                        if (ActorsIn(phrase) is { Count: > 0 } agent) { sources = agent; break; }
                if (sources.Count == 0 && match.SourcePrepositions.Count > 0)
                    foreach (var phrase in nominal.Obliques)
                        if (IsWordIn(phrase.Preposition, match.SourcePrepositions) && ActorsIn(phrase) is { Count: > 0 } from) { sources = from; break; }
                // "Serangan drone Rusia": after a trigger of several words the owner is the first phrase that follows.
                if (sources.Count == 0 && !patientPossessor && nominal.Objects.Count > 0 && nominal.Objects[0].Start <= Math.Max(match.TriggerEnd, match.CueEnd)
                    && ActorsIn(nominal.Objects[0]) is { Count: > 0 } owner)
                {
                    sources = owner;
                    nominal.Objects.RemoveAt(0);
                }
                var targets = patientPossessor && possessed.Count > 0 ? possessed : TargetOf(nominal, match.TargetPrepositions);
                // "an investigation into the killings": the target is whoever did them.
                if (targets.Count == 0 && sources.Count > 0) targets = EventAnaphora(nominal, sources[0].Actor);
                // "Serangan Rusia menghantam jaringan listrik di Odesa": an attack that is the subject of a verb hits where the verb says.
                if (targets.Count == 0 && SubjectHost(t) is { } struck && match.Code[..2] is "18" or "19" or "20")
                    targets = TargetOrPlace(struck, sources.Count > 0 ? sources[0].Actor : null);
                // "vowed to avenge the killing of its commander by Israel": a noun with its own doer names an act of its own,
                // which the verb around it refers to; it does not share that verb's intent, condition or negation.
                bool ownDoer = sources.Count > 0;
                if (host is not null)
                {
                    var hostKind = HostKind(host);
                    // "menerima permintaan dari Kiev": the request is Kiev's, made to the receiver.
                    if (hostKind == ClauseWordKind.Receive) targets = _subjects[host.Index];
                    // "melancarkan serangan", "menegaskan dukungannya": the verb's subject is the noun's agent.
                    // (A speaker is not the doer of the attack he speaks of: "said the attack had endangered …".)
                    else if (sources.Count == 0 && (hostKind == ClauseWordKind.Light || IsSpeech(host) && !IsCoercive(match.Code)))
                        sources = host.Voice == Voice.Passive ? PassiveAgent(host) : _subjects[host.Index];
                    // "Russian drones entered Romanian airspace during an attack on Ukrainian ports": an attack with no
                    // owner of its own is the acting side's.
                    // (Not when the verb reacts to the attack: "condemned the bombing" is no bombing by the condemner.)
                    else if (sources.Count == 0 && IsCoercive(match.Code) && host.Voice != Voice.Passive && !IsReaction(host))
                        sources = _subjects[host.Index];
                }
                var modality = host is null ? Modality.Asserted : ModalityOf(host, nominalUnder: true);
                // (Not under a light or receive verb: "had not received a request from Kathmandu" means no request was made.)
                if (ownDoer && host is not null && HostKind(host) is not (ClauseWordKind.Light or ClauseWordKind.Receive))
                    modality = modality.Alleged ? Modality.Asserted with { Alleged = true } : Modality.Asserted;
                if (targets.Count == 0 && sources.Count > 0 && host is not null) targets = ConditionSubject(match.Code, modality, sources);
                // "nota kesepahaman tentang penanggulangan penangkapan ikan": a noun that is only the topic of something
                // else is no event that happened.
                if (IsTopic(t)) modality = modality with { Hypothetical = true };
                if (host is null && IsNegatedNoun(t)) modality = modality with { Negated = true };
                Add(nominal, match, sources, targets, modality, fromNoun: true, trace: trace);
            }
        }

        /// <summary>
        /// "lifted sanctions on Venezuela", "menghentikan serangan": the noun that made a verb a yielding act (08x: ease,
        /// lift, halt, withdraw) is what is being undone, not an event of its own; "offered humanitarian aid": the noun
        /// that made it an intention (03x) is what is intended.
        /// </summary>
        private bool IsYieldedCue(int noun)
        {
            foreach (var clause in _clauses)
                if (VerbMatch(clause) is { CueStart: var start, CueEnd: var end } verb && verb.Code[..2] is "03" or "08"
                    && noun >= start && noun < end)
                    return true;
            return false;
        }

        /// <summary>"dideportasi ke Vietnam": people sent somewhere are taken to be of that country.</summary>
        private string? DestinationCountry(Clause clause)
        {
            foreach (var phrase in clause.Obliques)
                if (IsWord(phrase.Preposition, "ke", "to") && ActorsIn(phrase, places: true) is { Count: > 0 } to && to[0].Actor.Country is { } country
                    && to[0].Actor.Code == country)
                    return country;
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
            IsSpeech(clause) || VerbMatch(clause) is { } m && m.Code[..2] is "01" or "02" or "09" or "10" or "11" or "12" or "13";

        private bool IsTopic(int noun)
        {
            foreach (var clause in _clauses)
                foreach (var phrase in clause.Obliques)
                    if (phrase.Contains(noun) && _lang.Clauses.Words[_doc[phrase.Preposition].Text] == ClauseWordKind.Topic) return true;
            for (int t = noun - 1; t >= _start && t >= noun - 4; t--)
                if (_lang.Clauses.Words[_doc[t].Text] == ClauseWordKind.Topic) return true;
            return false;
        }

        private ClauseWordKind HostKind(Clause host)
        {
            var kind = _lang.Clauses.Words[_doc[host.Predicate].Text];
            if (kind == ClauseWordKind.None && _doc[host.Predicate].Morph is { } morph) kind = _lang.Clauses.Words[morph.Lemma];
            return kind;
        }

        private bool IsProcessNoun(int t) =>
            _doc.Language == Languages.Language.Indonesian && _doc[t].Morph is { } morph
            && morph.Prefixes.Count > 0 && morph.Prefixes[0] is "peN" or "per" && morph.Suffixes.Contains("an");

        private Clause? SubjectHost(int t)
        {
            foreach (var clause in _clauses)
                foreach (var p in clause.Subject)
                    if (p.Contains(t)) return clause;
            return null;
        }

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

        /// <summary>A speech verb is a statement (010) only when nothing more specific came from its speaker.</summary>
        private void CodeStatement(Clause clause)
        {
            var match = VerbMatch(clause);
            var speaker = SpeakerOf(clause);
            var trace = Trace(clause, match, null, "speech verb");
            if (speaker.Count == 0) { if (trace is not null) trace.Outcome = "speech verb: no speaker found"; return; }
            if (_candidates.Exists(c => c.Source.Actor.Key == speaker[0].Actor.Key))
            {
                if (trace is not null) trace.Outcome = "speech verb: the speaker's reported event was coded instead of a bare statement";
                return;
            }
            if (match is null) { if (trace is not null) trace.Outcome = "speech cue without a statement code"; return; }
            List<ActorRef> targets = [];
            foreach (var phrase in clause.Obliques)
                if (IsWord(phrase.Preposition, "kepada", "to") && ActorsIn(phrase, speaker[0].Actor) is { Count: > 0 } addressee) { targets = addressee; break; }
            // A statement with a specific code (keprihatinan 012, belasungkawa 018) is about someone: find them as for any event.
            if (targets.Count == 0 && match.HasCue)
            {
                targets = TargetOf(clause, match.TargetPrepositions, speaker[0].Actor);
                if (targets.Count == 0) targets = EventAnaphora(clause, speaker[0].Actor);
                if (targets.Count == 0) targets = DiscoursePartner(speaker);
            }
            Add(clause, match, speaker, targets.Count > 0 && targets[0].Actor.Key != speaker[0].Actor.Key ? targets : [], ModalityOf(clause), trace: trace);
        }

        /// <param name="reversed">The second direction of a reciprocal act ("met with": the target's side).</param>
        private void Add(Clause clause, PredicateMatch match, List<ActorRef> sources, List<ActorRef> targets, Modality modality,
            bool fromNoun = false, ClauseTrace? trace = null, bool reversed = false)
        {
            var code = match.Code;
            string? conversion = null;
            // A protest with no one named is aimed at the government of the country it happens in (below, per source).
            // A statement is about someone only when it says so: an implicit target of a 01x code is no target, except for a
            // denial (016), which answers whoever made the charge.
            if (code.StartsWith("01", StringComparison.Ordinal) && code != "016" && targets.Count > 0 && targets.TrueForAll(t => t.IsImplicit))
                targets = [];
            var lexicon = _lang.Lexicon.Modality;
            // "would respond with force", "mengancam akan menutup": a coercive act stated as what one would or will do is a
            // threat (13x), which is itself asserted; a condition clause ("if Iran failed to …") stays hypothetical.
            // "Tehran would not allow inspectors", "tidak akan menarik pasukan": to say one will not yield, meet or help is
            // a refusal (12x), itself asserted.
            if (modality is { Negated: true, Intended: true, Hypothetical: false, Question: false } && lexicon.RefusalCode(code) is { } refusal)
            {
                // Only the side that says it will not refuses: "kami tidak akan berunding dengan Rusia" is no refusal by Russia.
                if (reversed) return;
                conversion = $"a refusal: {code}, said as what one will not do, becomes {refusal}";
                code = refusal;
                modality = Modality.Asserted;
            }
            else if (!modality.Negated && (modality.Threat || modality.Modal && modality.Hypothetical && IsCoercive(code)) && lexicon.ThreatCode(code) is { } threat)
            {
                conversion = $"a threat: {code}, said as what one would or will do, becomes {threat}";
                code = threat;
                modality = Modality.Asserted;
            }
            else if (modality.Intended && !code.StartsWith("03", StringComparison.Ordinal))
            {
                var intent = lexicon.IntentCode(code) ?? lexicon.ThreatCode(code);
                // "said Japan would consider easing controls": to say one will consider, comment or
                // acknowledge is already the public statement (root 01).
                if (intent is null && code.StartsWith("01", StringComparison.Ordinal)) modality = Modality.Asserted;
                else if (intent is null) modality = modality with { Hypothetical = true };
                else
                {
                    conversion = $"an intent: {code}, said as what one will do, becomes {intent}";
                    code = intent;
                }
            }
            // "Kedua menteri menandatangani nota kesepahaman", "Indonesia dan Malaysia bekerja sama": a joint cooperative act
            // with no other party is an event between the partners, each way.
            // "Each side accused the other", "kedua pihak saling menuduh": a pair with no other party acts on itself, each way.
            if (targets.Count == 0 && sources.Count >= 2 && (IsJointAct(code) || sources.TrueForAll(a => a.FromPair))
                && sources.Select(a => a.Actor.Key).Distinct().Count() >= 2)
                targets = sources;
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
                    var target = candidate.HomeDefault && IsCoercive(code) && candidate.Actor.IsPeople
                                 && (DestinationCountry(clause) ?? SentencePlaceCountry() ?? source.Actor.Country) is { } own
                                 && candidate.Actor.Role is { } role
                        ? candidate with { Actor = Actor.Combine(own, own, role, candidate.Actor.Name), HomeDefault = false }
                        : candidate;
                    if (target.IsFirstPerson || IsBareRole(target.Actor)) continue;
                    // A place of the actor's own country is a domestic target (an air strike on one's own village).
                    // A state acting on one of its own officials or bodies in a coercive act (KPK names an official a suspect)
                    // is a domestic dyad too.
                    if (IsSelf(source.Actor, target.Actor) && !(target.FromPlace && source.Actor.Code != target.Actor.Code)
                        && !(IsArrest(code) && source.Start != target.Start)) continue;
                    anyTarget = true;
                    _candidates.Add(new Candidate(clause, match, code, source, target, modality, fromNoun));
                }
                if (!anyTarget && code.StartsWith("14") && HomeGovernment() is { } government && !IsSelf(source.Actor, government.Actor))
                {
                    _candidates.Add(new Candidate(clause, match, code, source, government, modality, fromNoun));
                    anyTarget = true;
                }
                if (!anyTarget && AllowsNoTarget(code)) _candidates.Add(new Candidate(clause, match, code, source, null, modality, fromNoun));
            }
        }

        /// <summary>What <c>explain</c> shows for a matched clause, after the refusal, threat and intent conversions.</summary>
        private static string OutcomeOf(List<ActorRef> sources, List<ActorRef> targets, Modality modality, string? conversion)
        {
            if (sources.Count == 0) return "matched, but no source actor was found";
            var dyad = $"{string.Join(", ", sources.Select(s => s.Actor.Code))} → {(targets.Count == 0 ? "no target" : string.Join(", ", targets.Select(t => t.Actor.Code)))}";
            return conversion is null ? $"coded {modality.Label}: {dyad}" : $"coded {modality.Label} as {conversion}: {dyad}";
        }

        /// <summary>Arrests, charges and detentions (172, 173): what a state does to its own officials as well.</summary>
        private static bool IsArrest(string code) => code.StartsWith("173", StringComparison.Ordinal) || code.StartsWith("172", StringComparison.Ordinal);

        /// <summary>Conflict and coercion (roots 11–20): where a domestic act of a state on its own people is common.</summary>
        private static bool IsCoercive(string code) => string.CompareOrdinal(code, 0, "11", 0, 2) >= 0;

        private static bool IsBareRole(Actor actor) => actor.Country is null && actor.Code == actor.Role;

        /// <summary>
        /// An actor acting on itself: the same code, or a country and one of its own parts ("Moskow" and "RUSGOV").
        /// Two different parts of one country (IDNCOP against IDNOPP) are a domestic dyad and stay.
        /// </summary>
        private static bool IsSelf(Actor source, Actor target) =>
            source.Code == target.Code
            || source.Key == target.Key && !source.IsPeople && !target.IsPeople
               && (source.Code == source.Country || target.Code == target.Country || source.Role == target.Role);


        /// <summary>Intents to cooperate, consultations, diplomatic and material cooperation and yielding are acts two parties do together.</summary>
        /// <remarks>Mediation (045) is the exception: a mediator acts on the parties, not with them.</remarks>
        private static bool IsJointAct(string code) =>
            code[..2] is "03" or "04" or "05" or "06" or "08" && !code.StartsWith("045", StringComparison.Ordinal);

        /// <summary>
        /// Events need a target, as PETRARCH's require_dyad does, except statements, protests and shows of force,
        /// which are often aimed at nobody in particular: a one-sided "attack" or "arrest" is usually a misread clause.
        /// </summary>
        private static bool AllowsNoTarget(string code) => code.StartsWith("01") || code.StartsWith("14") || code.StartsWith("15");
    }
}
