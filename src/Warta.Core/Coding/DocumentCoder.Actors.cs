using Warta.Actors;
using Warta.Clauses;
using Warta.Events;
using Warta.Events.Patterns;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Coding;

internal sealed partial class DocumentCoder
{
    /// <summary>From phrases to actors: mentions, pronouns, pairs, role countries.</summary>
    internal sealed partial class SentenceCoder
    {
        private List<ActorRef> ResolveSubject(Clause clause)
        {
            if (clause.Index < _subjects.Length && _subjects[clause.Index] is { } known) return known;
            List<ActorRef> actors = [];
            foreach (var phrase in clause.Subject) AddConjunct(actors, ActorsIn(phrase));
            if (clause.Subject.Count == 0 && clause.Antecedent is { } antecedent) actors = ActorsIn(antecedent);
            if (clause.Subject.Count == 0 && clause.Antecedent is null && clause.SubjectFrom >= 0)
                actors = PunishedFor(clause) is { } punished && PatientOf(punished) is { Count: > 0 } patient ? patient : ResolveSubject(_clauses[clause.SubjectFrom]);
            if (actors.Count == 0 && SpeakerGoingOn(clause) is { } speech) actors = ResolveSubject(speech);
            // In a quote or a reported clause, "we"/"I" is the speaker; so is a missing subject when nothing before it in the sentence supplies one.
            bool reported = clause.InQuote || GovernedBySpeech(clause);
            bool firstPerson = actors.Count > 0 && actors.TrueForAll(a => a.IsFirstPerson);
            if (reported && _speaker.Count > 0 && (firstPerson || actors.Count == 0 && clause.SubjectFrom < 0 && clause.Antecedent is null))
                actors = _speaker;
            actors.RemoveAll(a => a.IsFirstPerson && a.Actor.Code == FirstPersonCode);
            if (clause.Index < _subjects.Length) _subjects[clause.Index] = actors;
            return actors;
        }

        /// <summary>
        /// "menangkap lima wartawan karena meliput unjuk rasa", "menjatuhkan sanksi kepada AS karena menjual senjata ke
        /// Taiwan", "ditangkap di Lebanon karena bekerja sama dengan Israel": a reason clause (clause-words role
        /// reason-conjunction) with no subject of its own, given for a coercive act (criticism, arrest, sanction, force;
        /// not a protest, whose reasons are the protesters' own), says what the act's patient did in the eyes of whoever
        /// acted on them: its doer is that patient, and the act is alleged. The coercive clause, or null.
        /// </summary>
        private Clause? PunishedFor(Clause clause)
        {
            // (The tree may read the clause as a conjunct: the word that opens it still says it is a reason.)
            int opener = clause.OpenerToken >= 0 ? clause.OpenerToken : clause.GroupStart - 1;
            if (clause.IsNominal || clause.Subject.Count > 0 || clause.Antecedent is not null || clause.SubjectFrom < 0
                || clause.Opener is not (ClauseOpener.Subordinate or ClauseOpener.Coordinated) || opener < _start
                || !HasRole(opener, WordRole.ReasonConjunction))
                return null;
            var main = _clauses[clause.SubjectFrom];
            return !main.IsNominal && VerbMatch(main) is { } match && Behaviour(match.Code) is { Coercive: true, Protest: false } ? main : null;
        }

        /// <summary>
        /// Who an active clause acts on: its first object's actors, else those after a target preposition (*menjatuhkan
        /// sanksi kepada AS*); a passive's patient is its subject already.
        /// </summary>
        private List<ActorRef>? PatientOf(Clause clause)
        {
            if (clause.Voice == Voice.Passive) return null;
            if (clause.Objects.Count > 0 && ActorsIn(clause.Objects[0]) is { Count: > 0 } objects) return objects;
            foreach (var phrase in clause.Obliques)
                if (HasRole(phrase.Preposition, WordRole.TargetPreposition) && ActorsIn(phrase) is { Count: > 0 } aimed) return aimed;
            return null;
        }

        /// <summary>
        /// "Kedutaan … menyatakan proses hukum telah berjalan sesuai ketentuan dan menolak anggapan bahwa …", "… menyatakan
        /// setiap kegiatan harus dikoordinasikan dengan Ankara, seraya menuduh Athena …": a verb with no subject of its own,
        /// joined after a clause that a speech verb reports and whose subject names no one (a process, an activity, a ban),
        /// goes on with the speaker's acts: things do not accuse or reject. The speech clause, or null.
        /// </summary>
        private Clause? SpeakerGoingOn(Clause clause)
        {
            // (A passive's subject is its patient: "… tidak berdasar dan harus dicabut" is the ban lifted, not the speaker.)
            if (clause.Subject.Count > 0 || clause.Antecedent is not null || clause.SubjectFrom < 0 || clause.Voice == Voice.Passive
                || clause.Opener is not (ClauseOpener.Coordinated or ClauseOpener.Subordinate)) return null;
            var shared = _clauses[clause.SubjectFrom];
            foreach (var speech in _clauses)
                if (speech.Index != clause.Index && speech.Predicate < shared.Predicate && !speech.IsNominal && IsSpeech(speech)
                    && speech.Subject.Count > 0 && ReportedBy(shared, speech))
                    return speech;
            return null;
        }

        /// <summary>The clause, or the relative clause's host, is reported by <paramref name="speech"/>: its governor up the
        /// chain, the verb the tree hangs it on, or, for a main clause neither links to anything, the speech verb before it
        /// that reports no other clause ("menyatakan setiap kegiatan … harus dikoordinasikan").</summary>
        private bool ReportedBy(Clause clause, Clause speech)
        {
            for (int c = clause.Index, guard = 0; c >= 0 && guard < 8; guard++)
            {
                var k = _clauses[c];
                if (k.Governor == speech.Index || ReportingClause(k) == speech.Index) return true;
                if (k.Opener == ClauseOpener.None && k.Governor < 0 && k.Predicate > speech.Predicate
                    && !_clauses.Exists(g => g.Governor == speech.Index)) return true;
                c = k.Governor >= 0 ? k.Governor
                    : k.Opener == ClauseOpener.Relative ? _clauses.FindLastIndex(h => h.Index != k.Index && h.Predicate < k.Predicate && !h.IsNominal)
                    : -1;
            }
            return false;
        }

        private bool GovernedBySpeech(Clause clause)
        {
            for (int g = clause.Governor, guard = 0; g >= 0 && guard < 8; g = _clauses[g].Governor, guard++)
                if (IsSpeech(_clauses[g])) return true;
            return false;
        }

        /// <summary>
        /// Adds a conjunct's actors to those of the phrases before it. "Pihak Palestina dan Israel", "pasukan AS dan
        /// Inggris": the first conjunct already names the second with the shared role (ISRGOV), so the second's own
        /// reading of the same words (ISR) is no further party.
        /// </summary>
        internal static void AddConjunct(List<ActorRef> actors, List<ActorRef> conjunct)
        {
            int earlier = actors.Count;
            foreach (var actor in conjunct)
                if (actor.Start < 0 || actors.FindIndex(0, earlier, a => a.Start == actor.Start && a.End == actor.End) < 0) actors.Add(actor);
        }

        private const string FirstPersonCode = "?first-person";

        /// <summary>
        /// The actors a phrase names outright: by a mention that gives a country or a person's name ("Dbeibah",
        /// "Chinese coast guard"), or by a pronoun standing for a named person ("asking him" after "wrote to Modi"); not by
        /// a pair word or a bare role whose country is inferred ("warships").
        /// </summary>
        internal List<ActorRef> NamedActorsIn(Phrase phrase) =>
            ActorsIn(phrase).FindAll(a => a.Start >= 0 && (MentionAt(a.Start) is { } m
                ? m.Actor.Country is not null || m.Actor.Name is not null
                : a.Actor.Name is not null));

        /// <summary>The actors a phrase names: its first mention, a resolved pronoun, or "kedua menteri"/"both sides".</summary>
        internal List<ActorRef> ActorsIn(Phrase phrase, Actor? exclude = null, bool places = false)
        {
            var result = new List<ActorRef>(1);
            // A name in the phrase beats a possessive pronoun before it: "his Chinese counterpart Wang Yi" is Wang Yi.
            bool hasMention = false;
            for (int t = phrase.Start; t < phrase.End && !hasMention; t++)
                hasMention = MentionAt(t) is { } found && !IsCurrency(found) && (found.Kind != MentionKind.Place || places);
            for (int t = phrase.Start; t < phrase.End; t++)
            {
                if (hasMention && MentionAt(t) is null && _doc.TokenRows[t].Pos == Upos.PRON) continue;
                if (MentionAt(t) is { } m && !IsCurrency(m))
                {
                    if (m.Kind == MentionKind.Place && !places) { t = m.EndToken - 1; continue; }
                    // "resume military talks", "police reform": a bare role word that only modifies the noun after it is no actor.
                    if (IsModifyingRole(m, phrase)) { t = m.EndToken - 1; continue; }
                    // "a curfew in Algiers": a capital after a locative preposition is the city, not its government.
                    if (m.Kind == MentionKind.Place || m.Kind == MentionKind.Seat && IsLocative(phrase.Preposition))
                    {
                        result.Add(new ActorRef(m.Actor, m.FirstToken, m.EndToken) { FromPlace = true, Why = m.Why });
                        return result;
                    }
                    if (SharedRoleConjuncts(m, phrase) is { } shared) return shared;
                    var resolved = Resolve(m, exclude, out bool homeDefault, out var countryFrom);
                    result.Add(new ActorRef(resolved, m.FirstToken, m.EndToken)
                        { HomeDefault = homeDefault, Why = countryFrom is null ? m.Why : $"{m.Why}; country from {countryFrom}" });
                    return result;
                }
                if (IsPairWord(t) && !_findingPair)
                {
                    // "He met Wang Yi, and the two sides discussed …": the two parties of an earlier clause of the sentence;
                    // else, like "kedua menteri", the pair before the sentence, past any apposition next to the words.
                    var pair = PairInSentence(t, exclude);
                    if (pair.Count < 2) pair = _memory.LatestPair(_start, people: !IsCollectiveNoun(phrase.End - 1), exclude?.Key);
                    foreach (var actor in pair)
                        result.Add(new ActorRef(actor, t, Math.Min(t + 2, phrase.End)) { FromPair = true });
                    if (pair.Count == 2) _memory.ObserveCoordinated(pair[0], pair[1], t);
                    if (result.Count > 0) return result;
                }
                // "the alliance", "the bloc", "badan itu": a generic word for an organisation points back at the latest one.
                if (_lang.Clauses.Words[_doc[t].Text] == ClauseWordKind.OrganisationNoun && IsDefinite(t) && _memory.LatestOrganisation(t) is { } igo)
                {
                    result.Add(new ActorRef(igo, t, t + 1));
                    return result;
                }
                // "kelompok itu", "geng tersebut": a generic word for an armed group points back at the latest one named.
                if (_lang.Clauses.Words[_doc[t].Text] == ClauseWordKind.GroupNoun && IsDefinite(t) && _memory.LatestArmedGroup(t) is { } group)
                {
                    result.Add(new ActorRef(group, t, t + 1));
                    return result;
                }
                // "Britain, France and Germany said they were prepared …": a plural pronoun stands for all the parties.
                if (_doc.TokenRows[t].Pos == Upos.PRON && _lang.Clauses.Words.IsPluralPerson(_doc[t].Text)
                    && CoordinatedSubjectBefore(t) is { Count: >= 2 } parties)
                {
                    foreach (var party in parties) result.Add(party with { Start = t, End = t + 1 });
                    return result;
                }
                if (_doc.TokenRows[t].Pos == Upos.PRON && Pronoun(t) is { } pronoun)
                {
                    result.Add(pronoun);
                    return result;
                }
            }
            return result;
        }

        /// <summary>
        /// "Sierra Leonean and Liberian refugees", "Hungarian and Romanian officials", "pengungsi Sierra Leone dan
        /// Liberia", "menteri luar negeri Rusia dan Kazakhstan": two countries joined inside one phrase share its role
        /// noun, so the phrase names both parties, each with the role. Null when the mention is not such a pair.
        /// </summary>
        private List<ActorRef>? SharedRoleConjuncts(Mention first, Phrase phrase)
        {
            // The phrase may end at the conjunction ("scores of Sierra Leonean | and Liberian refugees"): the role noun
            // after it is still the head both countries modify.
            int joint = first.EndToken;
            if (joint > phrase.End || joint + 1 >= _end || WordKind(joint) != ClauseWordKind.Coordinator) return null;
            if (MentionAt(joint + 1) is not { } second || second.FirstToken != joint + 1) return null;
            // English writes the countries before the role (the role is on the second), Indonesian after it (on the first).
            var (bare, withRole) = _doc.Language == Languages.Language.English ? (first, second) : (second, first);
            if (bare.Kind is not (MentionKind.Country or MentionKind.Demonym) || bare.Actor.Role is not null) return null;
            if (withRole.Kind != MentionKind.Role || withRole.Actor is not { Country: { } roleCountry, Role: { } role }) return null;
            if (bare.Actor.Country is not { } bareCountry || bareCountry == roleCountry) return null;
            var shared = new ActorRef(Actor.Combine(bareCountry, bareCountry, role), bare.FirstToken, bare.EndToken)
                { Why = $"{bare.Why}; role from '{owner.TextOf(withRole)}'" };
            var named = new ActorRef(withRole.Actor, withRole.FirstToken, withRole.EndToken) { Why = withRole.Why };
            return first == bare ? [shared, named] : [named, shared];
        }

        // English only: Indonesian puts the head first, so a noun after a role there modifies the role.
        private bool IsModifyingRole(Mention m, Phrase phrase) =>
            _doc.Language == Languages.Language.English && m.Kind == MentionKind.Role && m.EndToken - m.FirstToken == 1 && m.Actor.Country is null && m.Actor.Code == m.Actor.Role
            && m.EndToken < phrase.End && _doc.TokenRows[m.EndToken].Pos == Upos.NOUN && MentionAt(m.EndToken) is null;

        /// <summary>The parties of the latest subject of several coordinated actors written before <paramref name="t"/> in this sentence.</summary>
        private List<ActorRef>? CoordinatedSubjectBefore(int t)
        {
            List<ActorRef>? latest = null;
            int latestStart = -1;
            foreach (var clause in _clauses)
            {
                if (clause.Subject.Count < 2 || clause.Subject[^1].End > t || clause.Subject[0].Start <= latestStart) continue;
                var parties = new List<ActorRef>(clause.Subject.Count);
                foreach (var phrase in clause.Subject)
                    if (ActorsIn(phrase) is { Count: 1 } one && one[0].Start >= 0 && !parties.Exists(p => p.Actor.Key == one[0].Actor.Key))
                        parties.Add(one[0]);
                if (parties.Count < 2) continue;
                latest = parties;
                latestStart = clause.Subject[0].Start;
            }
            return latest;
        }

        private List<ActorRef> ActorsFrom(int t)
        {
            if (t >= _end) return [];
            int stop = t;
            while (stop < _end && _doc.TokenRows[stop].Pos != Upos.PUNCT) stop++;
            return ActorsIn(new Phrase(t, stop, -1));
        }

        private int[]? _mentionAt;

        private Mention? MentionAt(int t)
        {
            if (t < _start || t >= _end) return null;
            if (_mentionAt is null)
            {
                _mentionAt = new int[_end - _start];
                Array.Fill(_mentionAt, -1);
                for (int m = 0; m < mentions.Count; m++)
                    for (int k = Math.Max(mentions[m].FirstToken, _start); k < Math.Min(mentions[m].EndToken, _end); k++)
                        if (_mentionAt[k - _start] < 0) _mentionAt[k - _start] = m;
            }
            int index = _mentionAt[t - _start];
            return index < 0 ? null : mentions[index];
        }

        private readonly Dictionary<int, PredicateMatch?> _verbMatches = [];

        /// <summary>The lexicon entry of a clause's verb, looked up once per clause; on a parsed sentence the verb patterns may
        /// refine it (<see cref="PatternPrecedence"/>).</summary>
        internal PredicateMatch? VerbMatch(Clause clause)
        {
            if (!_verbMatches.TryGetValue(clause.Predicate, out var match))
            {
                match = MatchClauseVerb(clause, clause.End);
                // An imported PETRARCH-2 noun cue is an object pattern ('- * WORDS'): found only in a prepositional phrase
                // after the object ("stopped work on the first day of a strike"), it names no object of the verb, so the
                // entry is matched again within the object (its of-phrases included: "launched ten days of war games").
                if (match is { HasCue: true, Entry.Import: not null } && clause.Voice != Voice.Passive
                    && _doc.TokenRows[match.CueStart].Pos is Upos.NOUN or Upos.PROPN or Upos.ADJ
                    && ObjectEnd(clause) is var objectEnd && match.CueStart >= objectEnd)
                    match = MatchClauseVerb(clause, objectEnd);
                // "launched a mediation effort", "continued their effort to overthrow …": an effort is the act it names (the
                // event noun compounded with it, coded on its own, or the clause after it); PETRARCH-2's cue on the bare
                // effort noun (launch + effort 020, continue + effort 060) names no act of its own.
                if (match is { HasCue: true, Entry.Import: not null } && match.CueEnd - match.CueStart == 1 && EffortWithContent(match.CueStart))
                    match = MatchClauseVerb(clause, match.CueStart);
                if (match is not { HasCue: true })
                    match = CueInGovernedClause(clause, match?.IsSpeech == true) ?? match;
                var verb = _doc[clause.Predicate];
                if (verb.Relation is not null && PatternPrecedence.MayRefine(match))
                    match = PatternPrecedence.Choose(match, _lang.Patterns.Value.Match(verb, _read!.Tree), verb, _lang.Patterns.Value.Lexicon);
                _verbMatches[clause.Predicate] = match;
            }
            return match;
        }

        /// <summary>
        /// "meminta Swedia membebaskan", "menolak berkomentar", "meninjau ulang": a verb's cue may be the verb of the clause
        /// it governs, which the clause builder made a clause of its own: a chain clause right after the verb (an untuk
        /// between them at most) or one whose subject is the verb's object. A purpose clause after the object ("mengirimkan
        /// usulan kepada X untuk memulihkan ekspor pangan") holds no cue. A speech verb's reported clause holds only its
        /// verdicts ("menyebut penangkapan itu tidak dapat diterima", <see cref="PredicateEntry.Verdict"/>), also when the
        /// verdict is quoted right after the object ("menyebut manuver tersebut \"tidak dapat diterima\""), which the clause
        /// builder leaves ungoverned. Only an entry with a cue is taken from the wider scope.
        /// </summary>
        private PredicateMatch? CueInGovernedClause(Clause clause, bool speech)
        {
            int end = clause.End;
            foreach (var governed in _clauses)
                if (!governed.IsNominal && (governed.Governor == clause.Index && (speech
                        ? governed.Opener is ClauseOpener.Complement or ClauseOpener.None
                        : governed.Opener is ClauseOpener.Chain or ClauseOpener.None
                          && (governed.Start <= clause.Predicate + 2 || clause.Objects.Count > 0 && governed.Start == clause.Objects[0].Start))
                    || speech && QuotedRightAfter(clause, governed)))
                    end = Math.Max(end, governed.End);
            if (end > clause.End && MatchClauseVerb(clause, end) is { HasCue: true } wider
                && (!speech || wider.Entry.Verdict))
                return wider;
            int verdictEnd = Math.Max(end, Math.Max(NonverbalComplementEnd(clause), QuotedVerdictEnd(clause)));
            if (verdictEnd > end && MatchClauseVerb(clause, verdictEnd) is { HasCue: true, Entry.Verdict: true } verdict)
                return verdict;
            // The quote stands before its attribution verb, so its cues count there, imported or not.
            int quoteStart = speech ? AttributedQuoteStart(clause) : -1;
            return quoteStart >= 0 && _lang.Lexicon.MatchVerb(_doc, clause.Predicate, clause.End, quoteStart) is { HasCue: true, Entry.Verdict: true } quoted
                ? quoted : null;
        }

        /// <summary>An effort noun with an event noun compounded before it ("mediation effort") or a "to" clause after it.</summary>
        private bool EffortWithContent(int t) =>
            IsEffortNoun(t)
            && (t > 0 && _lang.Lexicon.MatchNoun(_doc, t - 1, _end, t - 1) is not null
                || t + 2 < _end && WordKind(t + 1) == ClauseWordKind.Chain && _doc.TokenRows[t + 2].Pos == Upos.VERB);

        /// <summary>Where the clause's objects end, with the of-phrases right after them; right after the verb with no object.</summary>
        private int ObjectEnd(Clause clause)
        {
            int end = clause.Predicate + 1;
            foreach (var o in clause.Objects) end = Math.Max(end, o.End);
            for (bool grew = true; grew;)
            {
                grew = false;
                foreach (var p in clause.Obliques)
                    if (p.Start == end + 1 && HasRole(p.Preposition, WordRole.QuantityPreposition)) { end = p.End; grew = true; }
            }
            return end;
        }

        /// <summary>The clause's verb entry with cues up to <paramref name="end"/>; an imported cue before the verb only in a passive.</summary>
        private PredicateMatch? MatchClauseVerb(Clause clause, int end) =>
            _lang.Lexicon.MatchVerb(_doc, clause.Predicate, end, clause.Start, importedCuesBefore: clause.Voice == Voice.Passive);

        /// <summary>
        /// "\"Larangan itu sama sekali tidak berdasar,\" kata X": the attribution after a quote reports the whole quote, so
        /// a verdict said in it is the speaker's. The first token inside the quote that ends right before the verb (only a
        /// comma and quote marks between), or -1 when the verb attributes no quote.
        /// </summary>
        private int AttributedQuoteStart(Clause clause)
        {
            if (clause.InQuote) return -1;
            int t = clause.Predicate - 1;
            bool closed = false;
            for (; t >= _start && _doc.TokenRows[t].Kind == TokenKind.Punctuation; t--)
                closed |= IsQuoteMark(t);
            if (!closed) return -1;
            for (; t >= _start; t--)
                if (IsQuoteMark(t)) return t + 1;
            return -1;
        }

        /// <summary>
        /// "called the detention \"unacceptable\"", "said the raid was \"unacceptable\"": a verdict has no verb, so no clause
        /// of its own, and the tag reading's clause stops at the quote; the tree's nonverbal complement of the verb (an xcomp
        /// adjective or noun, or a ccomp one with its copula) is where the verdict cue stands. The end of that complement's
        /// head, or -1 without a tree.
        /// </summary>
        private int NonverbalComplementEnd(Clause clause)
        {
            if (_read!.Tree is not { } tree || clause.IsNominal) return -1;
            int end = -1;
            foreach (var c in tree.Children(clause.Predicate))
                if (c > clause.Predicate && _doc.TokenRows[c].Pos is not (Upos.VERB or Upos.AUX)
                    && (tree.Is(c, "xcomp") || tree.Is(c, "ccomp") && tree.Child(c, "cop") >= 0))
                    end = Math.Max(end, c + 1);
            return end;
        }

        /// <summary>
        /// "called the detention of U.N. personnel \"unacceptable\"": a quoted verdict right after the clause, which ends at
        /// the quote mark (the tree often hangs the adjective on the last noun instead). The end of the quoted adjectives,
        /// or -1.
        /// </summary>
        private int QuotedVerdictEnd(Clause clause)
        {
            int t = clause.End;
            if (t >= _end || !IsQuoteMark(t)) return -1;
            bool adjective = false;
            for (t++; t < _end && _doc.TokenRows[t].Pos is Upos.ADJ or Upos.ADV; t++)
                adjective |= _doc.TokenRows[t].Pos == Upos.ADJ;
            return adjective ? t : -1;
        }

        private bool IsQuoteMark(int t) =>
            _doc.TokenRows[t].Kind == TokenKind.Punctuation && _doc[t].Text is [var c] && TextChars.IsDoubleQuote(c);

        /// <summary>A quoted clause that opens with a quote mark right after an unquoted clause's last word.</summary>
        private bool QuotedRightAfter(Clause clause, Clause quoted)
        {
            if (clause.InQuote || !quoted.InQuote || quoted.Start <= clause.End) return false;
            for (int t = clause.End; t < quoted.Start; t++)
                if (!IsQuoteMark(t)) return false;
            return true;
        }

        /// <summary>A role noun without a country takes it from "-nya", a possessive, "di X" or the document's home country.</summary>
        /// <param name="countryFrom">Where a bare role took its country from, for <c>explain</c> (null when it needed none).</param>
        private Actor Resolve(Mention m, Actor? source, out bool homeDefault, out string? countryFrom)
        {
            homeDefault = false;
            countryFrom = null;
            var actor = m.Actor;
            // Only a bare role (polisi → COP) needs a country; an IGO official (IGOUNO) has none to find.
            if (actor.Country is not null || m.Kind is MentionKind.Igo || actor.Code != actor.Role) return actor;
            string? country = null;
            int after = m.EndToken;
            for (int t = m.FirstToken + 1; t <= after && t < _end && country is null; t++)
                if (_doc.TokenRows[t].IsClitic && Pronoun(t) is { } owner && (country = owner.Actor.Country) is not null) countryFrom = "-nya";
            // "China's foreign ministry said its coast guard …", "pemerintah mereka": a possessive pronoun (English before
            // the role, Indonesian after it, as the head comes last or first).
            int possessive = _doc.Language == Languages.Language.English ? m.FirstToken - 1 : m.EndToken;
            // (Not the source's own people as its target: "raised the alert level of its forces" is no act on itself.)
            if (country is null && PossessiveOwner(possessive) is { } possessor && possessor.Key != source?.Key
                && (country = possessor.Country) is not null)
                countryFrom = $"possessive '{_doc[possessive].Text}'";
            // "polisi di Jakarta", "opposition groups in Zimbabwe", "fishermen in the Tamil Nadu town of …": the place's
            // country (past an article: most English names of a place or country can take one).
            int placeAt = after + 1 < _end && WordKind(after + 1) == ClauseWordKind.Demonstrative ? after + 2 : after + 1;
            if (country is null && placeAt < _end && IsLocative(after) && MentionAt(placeAt) is { } place && (country = place.Actor.Country) is not null)
                countryFrom = $"place '{_doc[placeAt].Text}'";
            // An envoy with no country named is a foreigner: the home country is the one place he is not from.
            // "Para pekerja itu", "the workers": a role with a demonstrative points back at the people last named.
            if (country is null && IsDemonstrative(m) && _memory.LatestPeopleCountry(m.FirstToken, actor.Role) is { } earlier)
                (country, countryFrom) = (earlier, "the people named before");
            // "Kementerian Luar Negeri Yunani menyebut … Menteri Luar Negeri Giorgos Gerapetritis menelepon …": a titled
            // person of no country named is of the office that was the subject just before, before the story's home country.
            // (Where he is titled, not where he is named again: by then the story may have moved to the other side.)
            if (!m.IsEnvoy && country is null && m.IsIndividual && m.Rule != RememberedPersonRule && actor.Name is not null && actor.Role is { } role
                && _memory.LatestSubjectCountryOfRole(role, _previousStart, m.FirstToken) is { } office)
            {
                (country, countryFrom) = (office, "the office that was the subject just before");
                _memory.SettleCountry(Actor.Combine(office, office, role, actor.Name));
            }
            if (!m.IsEnvoy && country is null && _memory.HomeCountry is { } home)
            {
                (country, countryFrom) = (home, "the story's home country");
                homeDefault = true;
            }
            if (country is null) return actor;
            return Actor.Combine(country, country, actor.Role, actor.Name);
        }

        /// <summary>
        /// "its foreign ministry", "their police", "polisi mereka": the owner of a possessive pronoun next to a role. A party's
        /// pronoun ("its", "their") points, like "-nya", at the subject of the nearest earlier clause; "his"/"her" at the
        /// latest person; a first-person one ("our", "kami") at the sentence's speaker.
        /// </summary>
        private Actor? PossessiveOwner(int t)
        {
            if (t < _start || t >= _end || _doc.TokenRows[t].Pos != Upos.PRON || _doc.TokenRows[t].IsClitic) return null;
            // "“… arrested two of our activists,” said the Kenyan minister", "desa kami": the speaker's own.
            if (WordKind(t) == ClauseWordKind.FirstPerson) return _speaker.Count > 0 ? _speaker[0].Actor : null;
            if (WordKind(t) != ClauseWordKind.ThirdPerson) return null;
            var text = _doc[t].Text;
            bool party = _lang.Clauses.Words.Has(WordRole.CollectivePronoun, text) || _lang.Clauses.Words.IsPluralPerson(text);
            return (party ? ClauseSubjectBefore(t) : null) ?? Pronoun(t)?.Actor;
        }

        /// <summary>"dolar AS", "Singapore dollars": a country named in a currency is no party.</summary>
        private bool IsCurrency(Mention m) =>
            m.FirstToken - 1 >= _start && _lang.Clauses.Words[_doc[m.FirstToken - 1].Text] == ClauseWordKind.Currency
            || m.EndToken < _end && _lang.Clauses.Words[_doc[m.EndToken].Text] == ClauseWordKind.Currency;

        /// <summary>"the alliance", "badan itu": a demonstrative right before or after the word.</summary>
        private bool IsDefinite(int t) =>
            t - 1 >= _start && WordKind(t - 1) == ClauseWordKind.Demonstrative || t + 1 < _end && WordKind(t + 1) == ClauseWordKind.Demonstrative;

        /// <summary>"para pekerja itu", "the workers": a mention with a demonstrative right before or after it.</summary>
        private bool IsDemonstrative(Mention m) =>
            m.EndToken < _end && WordKind(m.EndToken) == ClauseWordKind.Demonstrative
            || m.FirstToken - 1 >= _start && WordKind(m.FirstToken - 1) == ClauseWordKind.Demonstrative;

        private ClauseWordKind WordKind(int t) => _lang.Clauses.Words[_doc[t].Text];

        private ActorRef? Pronoun(int t)
        {
            var kind = _lang.Clauses.Words[_doc[t].Text];
            if (kind == ClauseWordKind.FirstPerson)
                return _speaker.Count > 0 ? _speaker[0] with { Start = t, End = t + 1 }
                    : new ActorRef(new Actor(FirstPersonCode, null, null), t, t + 1) { IsFirstPerson = true };
            if (kind != ClauseWordKind.ThirdPerson) return null;
            var text = _doc[t].Text;
            Actor? actor;
            if (_doc.TokenRows[t].IsClitic)
                actor = ClauseSubjectBefore(t) ?? _memory.Latest(t);
            else if (_lang.Clauses.Words.Has(WordRole.CollectivePronoun, text))
                // "Its officers were attacked": a possessive opening its sentence and standing for its phrase is its owner,
                // found as for "Its coast guard" (after the verb, "cutting off its funding", the latest organisation stays).
                actor = (_lang.Clauses.Words.Has(WordRole.PossessiveDeterminer, text) && !HasVerbBefore(t) ? ClauseSubjectBefore(t) : null)
                    ?? _memory.LatestCollective(t);
            else if (_lang.Clauses.Words.IsPluralPerson(text))
                actor = _memory.LatestSubject(t) ?? _memory.Latest(t);
            else
                actor = _memory.LatestPerson(t);
            // A pronoun for a bare role ("the official … he") carries the country the role took.
            if (actor is { Country: null } bare && bare.Code == bare.Role && _memory.HomeCountry is { } home && !bare.Code.StartsWith("IGO"))
                actor = Actor.Combine(home, home, bare.Role, bare.Name);
            return actor is null ? null : new ActorRef(actor, t, t + 1);
        }

        /// <summary>"-nya" on a noun usually points at the subject of the sentence (duta besarnya, dukungannya).</summary>
        private Actor? ClauseSubjectBefore(int t)
        {
            // The nearest earlier clause that does not hold the pronoun itself: "dia merujuk pada pasukan Rusia yang
            // menyerang negaranya" → dia's country, not the attackers'. People whose country only the story's default
            // gave are passed over: "Taliban menyebut 46 orang tewas …, dan pasukannya membalas" are the Taliban's forces.
            for (int c = _clauses.Count - 1; c >= 0; c--)
            {
                var clause = _clauses[c];
                if (clause.Predicate >= t && clause.Start <= t) continue;
                if (clause.Start <= t && t < clause.End) continue;
                if (clause.Start > t) continue;
                if (c < _subjects.Length && _subjects[c] is { Count: > 0 } s && s[0].Start < t && s[0].Start >= 0 && !s[0].IsFirstPerson
                    && !(s[0].HomeDefault && s[0].Actor.IsPeople))
                    return s[0].Actor;
            }
            // "Vietnam protested to China. Its coast guard said …", "Penjaga pantainya …": a possessive before the first verb
            // of its sentence points at the subject of the previous sentence's last clause, before the latest actor named.
            // (After a verb it may be that clause's own subject's: "China menarik pasukannya".)
            return HasVerbBefore(t) ? null : _memory.LatestNamedSubjectSince(_previousStart, _start);
        }

        /// <summary>Whether a clause of this sentence has its verb before token <paramref name="t"/>.</summary>
        private bool HasVerbBefore(int t) => _clauses.Exists(c => c.Predicate >= _start && c.Predicate < t);

        /// <summary>
        /// Set while <see cref="PairInSentence"/> reads earlier phrases: a pair word found there is not looked up in its
        /// turn, since each lookup reads every earlier clause (a sentence of many "both sides" was exponential).
        /// </summary>
        private bool _findingPair;

        private List<Actor> PairInSentence(int t, Actor? exclude)
        {
            _findingPair = true;
            try { return FirstPairInSentence(t, exclude); }
            finally { _findingPair = false; }
        }

        /// <summary>How many earlier clauses "the two sides" may reach back over: a pair is named close by, and a
        /// sentence of hundreds of clauses would otherwise cost hundreds of phrase lookups per pair word.</summary>
        private const int PairClauseReach = 8;

        private List<Actor> FirstPairInSentence(int t, Actor? exclude)
        {
            int reached = 0;
            for (int c = _clauses.Count - 1; c >= 0 && reached < PairClauseReach; c--)
            {
                var clause = _clauses[c];
                if (clause.Predicate >= t) continue;
                reached++;
                if (clause.Index >= _subjects.Length || _subjects[clause.Index] is not { Count: > 0 } subject) continue;
                foreach (var phrase in clause.Objects.Concat(clause.Obliques))
                {
                    if (phrase.Contains(t)) continue;
                    var other = ActorsIn(phrase);
                    if (other.Count > 0 && other[0].Actor.Key != subject[0].Actor.Key && subject[0].Actor.Key != exclude?.Key)
                        return [subject[0].Actor, other[0].Actor];
                }
            }
            return [];
        }

        /// <summary>"kedua negara", "both sides" point back at parties; "kedua menteri", "both leaders" at people.</summary>
        private bool IsCollectiveNoun(int t)
        {
            if (t >= _end) return false;
            var words = _lang.Clauses.Words;
            return words[_doc[t].Text] == ClauseWordKind.Collective
                || _doc[t].Morph is { } morph && words[morph.Lemma] == ClauseWordKind.Collective;
        }

        /// <summary>"kedua", "both", "each", and "two" after a demonstrative ("the two sides").</summary>
        private bool IsPairWord(int t) =>
            WordKind(t) == ClauseWordKind.Pair
            || _doc.TokenRows[t].Pos == Upos.NUM && HasRole(t, WordRole.PairNumber) && t > _start && WordKind(t - 1) == ClauseWordKind.Demonstrative;

        internal bool IsLocative(int t) => t >= 0 && WordKind(t) == ClauseWordKind.Locative;

        /// <summary>"ke", "to": where someone is sent or brought.</summary>
        internal bool IsDestination(int t) => HasRole(t, WordRole.DestinationPreposition);

        /// <summary>Whether token <paramref name="t"/> (none when negative) has the role in the language's clause words.</summary>
        internal bool HasRole(int t, WordRole role) => t >= 0 && _lang.Clauses.Words.Has(role, _doc[t].Text);
    }
}
