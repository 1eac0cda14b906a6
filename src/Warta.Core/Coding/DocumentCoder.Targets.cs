using Warta.Actors;
using Warta.Clauses;
using Warta.Coding.Rules;
using Warta.Events;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Coding;

internal sealed partial class DocumentCoder
{
    /// <summary>
    /// Finding the other party of an event: named targets (objects, prepositions, conjuncts, envoy postings), passive
    /// agents, and the parties a clause leaves implicit (discourse partners, complements, purposes, conditions, earlier
    /// events).
    /// </summary>
    internal sealed partial class SentenceCoder
    {
        /// <summary>
        /// "Jepang memprotes", "Hanoi membantah", "welcomed the decision": a reaction with no party named is aimed at
        /// the party the story last paired the source with (the other side of its latest event), else at the latest
        /// other actor of this or the previous sentence. Marked in the rule as an implicit target.
        /// </summary>
        /// <param name="homeFallback">
        /// Failing all that, foreign parties reacting with no one named in a story about one country react to that country.
        /// (Not for acts done with someone: "negotiated with the group" names a partner the text did not resolve.)
        /// </param>
        internal List<ActorRef> DiscoursePartner(List<ActorRef> sources, bool homeFallback = true)
        {
            var source = sources[0].Actor;
            bool IsOneOfSources(Actor actor) => sources.Exists(s => s.Actor.Key == actor.Key);
            for (int i = _candidates.Count - 1; i >= 0; i--)
                if (Partner(_candidates[i].Source.Actor, _candidates[i].Target?.Actor, source) is { } partner && !IsOneOfSources(partner))
                    return [Implicit(partner)];
            for (int i = owner._events.Count - 1; i >= 0 && owner._events[i].SentenceIndex >= sentenceIndex - 3; i--)
            {
                var e = owner._events[i];
                var s = new Actor(e.Source.Code, e.Source.Country, e.Source.Role, e.Source.Name);
                var t = e.Target is { } et ? new Actor(et.Code, et.Country, et.Role, et.Name) : null;
                if (Partner(s, t, source) is { } partner && !IsOneOfSources(partner)) return [Implicit(partner)];
            }
            // What the story named up to the source comes first; what this sentence names after it (in the clause's own
            // complements, relatives and obliques, which the rules before did not take as the target) only when nothing did.
            int split = sources[0].Start >= _start ? sources[0].Start : _end;
            foreach (var (actor, token) in _memory.RecentSince(_previousStart, split).Concat(_memory.RecentSince(split, _end)))
                if (!IsOneOfSources(actor) && actor.Country is not null && !IsAttribution(token) && !NamesBorderSide(token)) return [Implicit(actor)];
            if (homeFallback && _memory.HomeCountry is { } home && sources.TrueForAll(s => s.Actor.Country is { } c && c != home))
                return [Implicit(new Actor(home, home, null))];
            return [];
        }

        /// <summary>
        /// "…, the Israeli army said", "…, kata sumber militer Thailand": the speaker named in this sentence reports its
        /// events and takes no part in them, so it is no one's discourse partner.
        /// </summary>
        internal bool IsAttribution(int token) => _speaker.Exists(s => s.Start >= 0 && token >= s.Start && token < s.End);

        /// <summary>
        /// The phrase is (part of) the written subject of an active clause later in the sentence with no verb between
        /// them, which the clause reading also hung on the verb before as an object: no target of that verb
        /// (", relief officials in Nairobi said", "…, while Jamaica, Guatemala and El Salvador have contributed teams").
        /// The later subject must open after a comma or a subordinator or coordinator: not a chain, complement or relative
        /// clause, whose subject may be the object before ("urged Iran to stop", "memprotes keputusan Swedia memulangkan …").
        /// </summary>
        private bool IsLaterClauseSubject(Phrase phrase) =>
            _clauses.Exists(c => c.Predicate >= phrase.End && c.Voice != Voice.Passive
                && c.Opener is not (ClauseOpener.Chain or ClauseOpener.Complement or ClauseOpener.Relative)
                && c.Subject.Exists(p => p.Overlaps(phrase)) && OpensAfterBreak(c.Subject[0].Start)
                && !_clauses.Exists(o => o.Predicate >= phrase.End && o.Predicate < c.Predicate));

        private bool OpensAfterBreak(int t) =>
            t - 1 >= _start && (_doc[t - 1].Text is "," || WordKind(t - 1) is ClauseWordKind.Subordinator or ClauseWordKind.Coordinator);

        /// <summary>
        /// "near Macedonia's border with Bulgaria", "on the Thai border", "di perbatasan Thailand": a country of this
        /// sentence named with a border-noun (clause-words) says where, and is no party a guess may take.
        /// </summary>
        private bool NamesBorderSide(int token)
        {
            if (token < _start || token >= _end || MentionAt(token) is not { } m) return false;
            // Before it ("border with Bulgaria", "perbatasan Kosovo dengan Albania") or after it ("Macedonia's border"),
            // within the same stretch of words.
            for (int t = m.FirstToken - 1; t >= Math.Max(_start, m.FirstToken - 3) && _doc.TokenRows[t].Kind != TokenKind.Punctuation; t--)
                if (HasRole(t, WordRole.BorderNoun)) return true;
            for (int t = m.EndToken; t < Math.Min(_end, m.EndToken + 2) && _doc.TokenRows[t].Kind != TokenKind.Punctuation; t++)
                if (HasRole(t, WordRole.BorderNoun)) return true;
            return false;
        }

        internal static bool IsSingleParty(List<ActorRef> sources) => sources.Select(a => a.Actor.Key).Distinct().Count() == 1;

        internal ActorRef? HomeGovernment() =>
            _memory.HomeCountry is { } home ? Implicit(Actor.Combine(home, home, "GOV")) : null;

        /// <summary>"kerusuhan di penjara di Israel utara", "dipenjara di Moskow": the government of the country a locative
        /// phrase of the clause places it in, or null.</summary>
        internal ActorRef? PlaceGovernment(Clause clause)
        {
            foreach (var phrase in clause.Obliques)
                if (IsLocative(phrase.Preposition) && ActorsIn(phrase, places: true) is { Count: > 0 } place && place[0].Actor.Country is { } country)
                    return Implicit(Actor.Combine(country, country, "GOV"));
            return null;
        }

        private static Actor? Partner(Actor a, Actor? b, Actor source) =>
            b is null ? null : a.Key == source.Key && b.Key != source.Key ? b : b.Key == source.Key && a.Key != source.Key ? a : null;

        internal static ActorRef Implicit(Actor actor) => new(actor, -1, -1) { IsImplicit = true };

        /// <summary>
        /// "The Kremlin condemned the sanctions", "Jepang memprotes peluncuran itu": the object is an earlier event, so the
        /// target is whoever did it. The latest earlier event of the same root as the object noun, by another actor, supplies it.
        /// </summary>
        internal List<ActorRef> EventAnaphora(Clause clause, Actor source) =>
            EventAnaphora(clause.Voice == Voice.Passive ? clause.Subject.Concat(clause.Objects).Concat(clause.Obliques) : clause.Objects.Concat(clause.Obliques), source);

        /// <summary>The doers of the earlier event the first event noun of <paramref name="phrases"/> points back at.</summary>
        private List<ActorRef> EventAnaphora(IEnumerable<Phrase> phrases, Actor source)
        {
            foreach (var phrase in phrases)
            {
                for (int t = phrase.Start; t < phrase.End; t++)
                {
                    if (_doc.TokenRows[t].Pos != Upos.NOUN || _lang.Lexicon.MatchNoun(_doc, t, phrase.End, t) is not { } noun) continue;
                    if (NamesNoEarlierAct(phrase, t)) continue;
                    // "menyerukan penyelidikan independen atas pembantaian": the first noun that points back at something wins.
                    if ((EarlierDoers(noun.Code, source, sameRoot: true) ?? EarlierDoers(noun.Code, source, sameRoot: false)) is { } doers)
                        return doers;
                }
            }
            return [];
        }

        /// <summary>
        /// "Japan and Australia issued similar statements", "rejected any international mediation", "pernyataan serupa":
        /// the event noun is an act like an earlier one done anew, or no act in particular, so it points back at no one's
        /// earlier act. The word stands among the noun's own modifiers: up to three words before it, or the word after it.
        /// </summary>
        private bool NamesNoEarlierAct(Phrase phrase, int noun)
        {
            for (int t = Math.Max(phrase.Start, noun - 3); t <= Math.Min(phrase.End - 1, noun + 1); t++)
                if (t != noun && (HasRole(t, WordRole.LikenessWord) || HasRole(t, WordRole.NonspecificDeterminer))) return true;
            return false;
        }

        /// <summary>
        /// The source of the latest earlier event of the same root as <paramref name="code"/> (or, failing that, of the
        /// same quad class: "the massacre" refers back to "killed 100 villagers") by someone other than <paramref name="source"/>.
        /// </summary>
        /// <remarks>
        /// An act done together ("the summit" after "Lee hosted Takaichi") points back at both of its parties:
        /// "denounced the summit" denounces each.
        /// </remarks>
        private List<ActorRef>? EarlierDoers(string code, Actor source, bool sameRoot)
        {
            if (!owner._resources.Codebook.TryGet(code, out var wanted)) return null;
            // (The quad fallback is for conflict only: "the massacre" after "killed 100 villagers"; an appeal for a
            // ceasefire does not point back at whoever last cooperated.)
            if (!sameRoot && wanted.Quad < 3) return null;
            bool Fits(string other) => sameRoot ? other.StartsWith(wanted.Root, StringComparison.Ordinal)
                : owner._resources.Codebook.TryGet(other, out var o) && o.Quad == wanted.Quad;
            List<ActorRef> Doers(Actor doer, Actor? partner, string doneCode)
            {
                List<ActorRef> doers = [new ActorRef(doer, -1, -1)];
                if (partner is not null && Behaviour(doneCode).Joint && partner.Code != source.Code && partner.Key != doer.Key)
                    doers.Add(new ActorRef(partner, -1, -1));
                return doers;
            }
            for (int i = _candidates.Count - 1; i >= 0; i--)
                if (Fits(_candidates[i].Code) && _candidates[i].Source.Actor.Code != source.Code)
                    return Doers(_candidates[i].Source.Actor, _candidates[i].Target?.Actor, _candidates[i].Code);
            for (int i = owner._events.Count - 1; i >= 0; i--)
            {
                var e = owner._events[i];
                if (Fits(e.Cameo) && e.Source.Code != source.Code)
                    return Doers(new Actor(e.Source.Code, e.Source.Country, e.Source.Role, e.Source.Name),
                        e.Target is { } t ? new Actor(t.Code, t.Country, t.Role, t.Name) : null, e.Cameo);
            }
            return null;
        }

        /// <summary>The agent of a passive clause, by the first of <see cref="ActorRules.PassiveSources"/> that finds one.</summary>
        internal SourceChoice PassiveAgent(Clause clause) => RuleRunner.FirstSource(ActorRules.PassiveSources, this, clause);

        /// <summary>"duta besar X untuk Moskow": the country an envoy is posted to.</summary>
        internal ActorRef? PostingCountry(Phrase patient)
        {
            for (int k = patient.Start; k < patient.End; k++)
                if (MentionAt(k) is { PostedTo: { } posted } envoy)
                    return new ActorRef(Actor.Combine(posted, posted, "GOV"), PostingWordsStart(envoy), envoy.EndToken);
            int t = patient.End;
            if (t + 1 >= _end || !HasRole(t, WordRole.PostingPreposition)) return null;
            if (MentionAt(t + 1) is not { } m || m.Actor.Country is not { } country) return null;
            if (m.Kind is not (MentionKind.Country or MentionKind.Seat)) return null;
            return new ActorRef(Actor.Combine(country, country, "GOV"), m.FirstToken, m.EndToken);
        }

        /// <summary>
        /// Where the words naming an envoy's posting start inside his mention ("duta besarnya untuk <b>Moskow</b>"), so the
        /// host country's event text is the host's name, not the envoy's; the whole mention when no posting word is in it.
        /// </summary>
        private int PostingWordsStart(Mention envoy)
        {
            for (int t = envoy.EndToken - 2; t >= envoy.FirstToken; t--)
                if (HasRole(t, WordRole.PostingPreposition)) return t + 1;
            return envoy.FirstToken;
        }

        private bool IsTargetPreposition(int t) => t >= 0 && _lang.Clauses.Words.IsTargetPreposition(_doc[t].Text);

        private bool IsDirectionPreposition(int t) => t >= 0 && _lang.Clauses.Words.IsDirectionPreposition(_doc[t].Text);

        /// <summary>
        /// The actors of the prepositional phrase between a passive's last subject phrase and its verb group ("A camp
        /// <b>for Congolese refugees</b> was attacked"), places included; none when no preposition follows the subject.
        /// </summary>
        internal List<ActorRef> PatientModifierActors(Clause clause, Actor? source)
        {
            if (clause.Voice != Voice.Passive || clause.Subject.Count == 0) return [];
            int preposition = clause.Subject[^1].End;
            if (preposition >= clause.Predicate || _doc.TokenRows[preposition].Pos != Upos.ADP) return [];
            int end = preposition + 1;
            while (end < clause.Predicate && _doc.TokenRows[end].Pos is not (Upos.AUX or Upos.VERB or Upos.ADV or Upos.PART or Upos.PUNCT or Upos.SCONJ or Upos.PRON))
                end++;
            return end > preposition + 1 ? ActorsIn(new Phrase(preposition + 1, end, preposition), source, places: true) : [];
        }

        /// <summary>
        /// The actors of the first oblique opened by one of the lexicon entry's target prepositions (with
        /// <paramref name="passSource"/>, past a phrase naming only the source itself).
        /// </summary>
        internal List<ActorRef> EntryPrepositionTarget(Clause clause, IReadOnlyList<string> prepositions, Actor? source, bool passSource = true)
        {
            foreach (var phrase in clause.Obliques)
                if (IsWordIn(phrase.Preposition, prepositions) && ActorsIn(phrase, source) is { Count: > 0 } targets
                    && !(passSource && IsSame(targets[0], source)))
                    return SamePrepositionConjuncts(clause.Obliques, phrase, targets, source);
            return [];
        }

        internal List<ActorRef> TargetOf(Clause clause, IReadOnlyList<string> prepositions, Actor? source = null, bool anyPreposition = true)
        {
            if (prepositions.Count > 0 && EntryPrepositionTarget(clause, prepositions, source, passSource: false) is { Count: > 0 } named)
                return named;
            // "arrested dozens of demonstrators", "freed hundreds of prisoners": a quantity's people are in its of-phrase.
            // (Not an event: in "avenge the killing of its commander" the of-phrase is the killing's patient.)
            if (clause.Objects.Count > 0 && ActorsIn(clause.Objects[0], source).Count == 0
                && _lang.Lexicon.MatchNoun(_doc, clause.Objects[0].End - 1, _end, clause.Objects[0].End - 1) is null
                && clause.Obliques.Find(p => p.Start == clause.Objects[0].End + 1 && HasRole(p.Preposition, WordRole.QuantityPreposition)) is { End: > 0 } ofPhrase
                && ActorsIn(ofPhrase, source) is { Count: > 0 } quantified && !IsSame(quantified[0], source))
                return quantified;
            foreach (var phrase in clause.Objects)
            {
                if (ActorsIn(phrase, source) is not { Count: > 0 } objects) continue;
                // "shelled the capital Juba …, relief officials in Nairobi said": the subject of a later clause is no object.
                if (IsLaterClauseSubject(phrase)) continue;
                // "menarik duta besarnya untuk Australia": one's own envoy, recalled from a posting, stands for the host country.
                if (source is not null && objects[0].Actor.Key == source.Key && PostingCountry(phrase) is { } posting
                    && posting.Actor.Key != source.Key)
                    return [posting];
                if (!IsSame(objects[0], source)) return Conjuncts(clause.Objects, phrase, objects);
            }
            // A reciprocal act (bertemu dengan, membahas) takes its partner only from its own preposition or object:
            // "membahas sanksi terhadap Rusia" is no meeting with Russia.
            if (!anyPreposition) return [];
            foreach (var phrase in clause.Obliques)
                if (IsTargetPreposition(phrase.Preposition) && ActorsIn(phrase, source) is { Count: > 0 } obliques
                    && !IsSame(obliques[0], source))
                    return SamePrepositionConjuncts(clause.Obliques, phrase, obliques, source);
            // "kepada sejumlah negara Asia, termasuk India dan China": the examples stand for the phrase that has no actor.
            if (IncludedActors(clause, source) is { Count: > 0 } included) return included;
            // "serangan udara ke Jalur Gaza": a place the act is aimed at stands for its country.
            foreach (var phrase in clause.Obliques)
                if (IsDirectionPreposition(phrase.Preposition) && ActorsIn(phrase, source, places: true) is { Count: > 0 } place
                    && !IsSame(place[0], source))
                    return place;
            return [];
        }

        /// <summary>
        /// "mengerahkan tentara ke perbatasan dengan Finlandia", "halted imports from Japan": the other party of the first
        /// relational noun (clause-words <c>relational-noun</c>) among the clause's objects and obliques is the one its own
        /// with- or from-phrase names, a phrase the tree hangs on the noun (nmod), before any phrase further right.
        /// Nothing when a phrase up to the noun's already names a party other than the source's side (that one is the
        /// target), or in an unparsed sentence.
        /// </summary>
        internal List<ActorRef> RelationalPartner(Clause clause, Actor? source)
        {
            if (_read!.Tree is not { } tree || clause.IsNominal) return [];
            // (Most clauses have no such noun: they are let go before any list is made.)
            if (!clause.Objects.Exists(p => RelationalNounIn(p) >= 0) && !clause.Obliques.Exists(p => RelationalNounIn(p) >= 0)) return [];
            var phrases = clause.Objects.Concat(clause.Obliques).OrderBy(p => p.Start).ToList();
            int at = phrases.FindIndex(p => RelationalNounIn(p) >= 0);
            if (at < 0) return [];
            // (Reading a phrase's actors can note a pair in the story's memory: only a clause with such a noun reads them here.)
            for (int i = 0; i <= at; i++)
                if (NamesOtherParty(phrases[i], source)) return [];
            var phrase = phrases[at];
            int noun = RelationalNounIn(phrase);
            foreach (var partner in clause.Obliques)
            {
                if (partner.Start < phrase.End || !HasRole(partner.Preposition, WordRole.PartnerPreposition)
                    || !HangsOn(tree, partner, noun, phrase.End)) continue;
                return ActorsIn(partner, source) is { Count: > 0 } found && !NamesOwnSide(found[0], source) && !IsBareRole(found[0].Actor)
                    ? SamePrepositionConjuncts(clause.Obliques, partner, found, source)
                    : [];
            }
            return [];
        }

        private int RelationalNounIn(Phrase phrase)
        {
            for (int t = phrase.Start; t < phrase.End; t++)
                if (_doc.TokenRows[t].Pos == Upos.NOUN && HasRole(t, WordRole.RelationalNoun)) return t;
            return -1;
        }

        /// <summary>A token of <paramref name="partner"/> is a noun modifier (nmod) of the noun or of a word after it in its phrase.</summary>
        private static bool HangsOn(Parsing.DependencyTree tree, Phrase partner, int noun, int before)
        {
            for (int t = partner.Start; t < partner.End; t++)
                if (tree.Is(t, "nmod") && tree.Head(t) is var head && head >= noun && head < before) return true;
            return false;
        }

        private bool NamesOtherParty(Phrase phrase, Actor? source) =>
            ActorsIn(phrase, source) is { Count: > 0 } named && !NamesOwnSide(named[0], source) && !IsBareRole(named[0].Actor);

        private static bool NamesOwnSide(ActorRef actor, Actor? source) =>
            source is not null && (actor.Actor.Code == source.Code || actor.Actor.Country is { } c && c == source.Country);

        private List<ActorRef> IncludedActors(Clause clause, Actor? source)
        {
            if (clause.IsNominal) return [];
            foreach (var other in _clauses)
            {
                if (other.Predicate < clause.End || other.Predicate > clause.End + 1) continue;
                if (_lang.Clauses.Words[_doc[other.Predicate].Text] != ClauseWordKind.Inclusive) continue;
                var all = new List<ActorRef>();
                foreach (var phrase in other.Objects)
                    foreach (var actor in ActorsIn(phrase, source))
                        if (!IsSame(actor, source)) all.Add(actor);
                return all;
            }
            return [];
        }

        internal static bool IsSame(ActorRef actor, Actor? source) => source is not null && actor.Actor.Code == source.Code;

        /// <summary>"mengecam Rusia dan Belarus": the object phrases after the first with an actor, each its own target.</summary>
        private List<ActorRef> Conjuncts(List<Phrase> phrases, Phrase first, List<ActorRef> firstActors)
        {
            var all = new List<ActorRef>(firstActors);
            int i = phrases.IndexOf(first);
            for (int k = i + 1; k < phrases.Count; k++)
            {
                if (!IsConjunctionBetween(phrases[k - 1].End, phrases[k].Start) || IsLaterClauseSubject(phrases[k])) break;
                AddConjunct(all, ActorsIn(phrases[k]));
            }
            return all;
        }

        /// <summary>
        /// "menengahi antara Uni Emirat Arab dan Arab Saudi", "pukulan terhadap Amerika Serikat dan Israel": the clause
        /// builder gives each conjunct of a prepositional phrase the same preposition; each is a target of its own.
        /// </summary>
        private List<ActorRef> SamePrepositionConjuncts(List<Phrase> obliques, Phrase first, List<ActorRef> firstActors, Actor? source)
        {
            var all = new List<ActorRef>(firstActors);
            for (int k = obliques.IndexOf(first) + 1; k < obliques.Count && obliques[k].Preposition == first.Preposition; k++)
                AddConjunct(all, ActorsIn(obliques[k], source));
            return all;
        }

        private bool IsConjunctionBetween(int a, int b)
        {
            for (int t = a; t < b; t++)
                if (_lang.Clauses.Words[_doc[t].Text] == ClauseWordKind.Coordinator || _doc[t].Text is ",") return true;
            return false;
        }

        /// <summary>
        /// "occupied the town of Bakhmut", "shelled the port of Odesa": the place a phrase right after the object names,
        /// when the tree makes that phrase the object's own modifier (nmod), not the verb's; the clause reader splits
        /// such a phrase off as an oblique. Null for an unparsed sentence.
        /// </summary>
        private ActorRef? NamingPlace(Clause clause, Phrase obj, Actor? source)
        {
            if (_read!.Tree is not { } tree) return null;
            foreach (var phrase in clause.Obliques)
            {
                if (phrase.Preposition != obj.End) continue;
                for (int t = phrase.Start; t < phrase.End; t++)
                    if (tree.Is(t, "nmod") && obj.Contains(tree.Head(t)))
                        return ActorsIn(phrase, source, places: true) is [{ FromPlace: true } place, ..] ? place : null;
                return null;
            }
            return null;
        }

        private ActorRef? StruckPlace(Clause clause, Phrase obj, Actor? source) =>
            ActorsIn(obj, source, places: true) is [{ FromPlace: true } place, ..] ? place : NamingPlace(clause, obj, source);

        internal List<ActorRef> TargetOrPlace(Clause clause, Actor? source)
        {
            var targets = TargetOf(clause, [], source);
            if (targets.Count > 0) return targets;
            // "shelled Kharkiv", "menggempur Jalur Gaza": a place struck outright stands for its country.
            foreach (var phrase in clause.Objects)
                if (!IsLaterClauseSubject(phrase) && StruckPlace(clause, phrase, source) is { } place && !IsSame(place, source))
                    return [place];
            foreach (var phrase in clause.Obliques)
                if (IsLocative(phrase.Preposition) && ActorsIn(phrase, source, places: true) is { Count: > 0 } place && !IsSame(place[0], source))
                    return place;
            // "attacked the town of Mueda", "menyerang desa Xyz": a settlement the gazetteer lacks is in the country the story
            // was last placed in (a story placed nowhere leaves it to the guess of the story's other side).
            return UnknownSettlement(clause, clause.Predicate) is { } settlement ? [settlement] : [];
        }

        /// <summary>
        /// "attacked the town of Mueda", "an insurgent raid on the town of Palma": the clause's object or a phrase of a
        /// direction preposition (on, against, ke, terhadap) is headed by a settlement noun (clause-words
        /// <c>settlement-noun</c>: town, village, kota, desa) and names no party or place the dictionaries know, a place
        /// struck whose country the text does not say: the country the story was last placed in before
        /// <paramref name="token"/>, or null when it was placed nowhere.
        /// </summary>
        internal ActorRef? UnknownSettlement(Clause clause, int token)
        {
            bool Unknown(Phrase p) => ActorsIn(p, places: true).Count == 0 && HasSettlementNoun(p);
            bool struck = clause.Objects.Exists(o => !IsLaterClauseSubject(o) && Unknown(o))
                || clause.Obliques.Exists(o => HasRole(o.Preposition, WordRole.DirectionPreposition) && Unknown(o));
            return struck && StoryPlaceCountry(token) is { } country ? Implicit(new Actor(country, country, null)) with { FromPlace = true } : null;
        }

        private bool HasSettlementNoun(Phrase phrase)
        {
            for (int t = phrase.Start; t < phrase.End; t++)
                if (HasRole(t, WordRole.SettlementNoun)) return true;
            return false;
        }

        /// <summary>
        /// The country of the place the story was last placed in before <paramref name="token"/>: the nearest place, or a
        /// seat or country after a locative preposition ("in Mozambique", "di Kabul"), in this sentence or the ones before.
        /// </summary>
        private string? StoryPlaceCountry(int token)
        {
            for (int s = sentenceIndex; s >= 0; s--)
            {
                var list = owner._found[s];
                for (int k = list.Count - 1; k >= 0; k--)
                {
                    var m = list[k];
                    if (m.FirstToken >= token || m.Actor.Country is not { } country || m.Actor.Code != country && m.Kind != MentionKind.Place) continue;
                    if (m.Kind == MentionKind.Place || m.Kind is MentionKind.Seat or MentionKind.Country && IsLocative(m.FirstToken - 1))
                        return country;
                }
            }
            return null;
        }
    }
}
