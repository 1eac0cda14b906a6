using Warta.Actors;
using Warta.Clauses;
using Warta.Dates;
using Warta.Events;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Coding;

/// <summary>
/// Codes one analysed document, sentence by sentence, carrying what the document has said about its actors
/// (<see cref="ActorMemory"/>) and its dates from one sentence to the next. Created per document; not thread-safe.
/// </summary>
internal sealed class DocumentCoder
{
    private readonly CodingResources _resources;
    private readonly LanguageCoding _language;
    private readonly NewsDocument _input;
    private readonly Document _doc;
    private readonly DateOnly _published;
    private readonly ActorMemory _memory = new();
    private readonly EventRecordFactory _records;
    private readonly List<EventRecord> _events = [];
    private readonly List<ClauseTrace>? _trace;
    /// <summary>The latest date the text gave, which later sentences of the same story inherit when they name none.</summary>
    private DateMention? _storyDate;
    private int _storyDateSentence = -100;

    public DocumentCoder(CodingResources resources, NewsDocument input, Document doc, List<ClauseTrace>? trace = null)
    {
        _resources = resources;
        _language = resources.For(doc.Language);
        _input = input;
        _doc = doc;
        _published = input.Published ?? DateOnly.FromDateTime(DateTime.UtcNow);
        _records = new EventRecordFactory(resources.Codebook, input, doc);
        _trace = trace;
    }

    public List<EventRecord> Run(CancellationToken cancellationToken = default)
    {
        var mentions = new IReadOnlyList<Mention>[_doc.SentenceCount];
        string? datelineCountry = null;
        for (int s = 0; s < _doc.SentenceCount; s++)
        {
            var found = _resources.Mentions.Find(_doc, s, _published);
            if (_doc.SentenceRows[s].IsDateline)
            {
                // "JAKARTA, WARTA –": the dateline says where the story is from, and so whose a bare "polisi" is.
                datelineCountry ??= found.FirstOrDefault(m => m.Actor.Country is not null).Actor?.Country;
                found = [];
            }
            mentions[s] = found;
        }
        _memory.HomeCountry = HomeCountry(mentions, datelineCountry);

        DateOnly? anchor = null;
        bool inQuote = false;
        for (int s = 0; s < _doc.SentenceCount; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = _doc.SentenceRows[s];
            if (row.IsDateline) continue;
            var sentenceMentions = WithOwnerCountries(WithRememberedPeople(s, mentions[s]));
            foreach (var mention in sentenceMentions)
                if (mention.Kind != MentionKind.Place) _memory.Observe(mention.Actor, mention.Head, mention.IsIndividual);
            var dates = _language.Dates.Find(_doc, s, _published, anchor);
            anchor = DateSelection.NextAnchor(dates, anchor);
            var sentence = new SentenceCoder(this, s, sentenceMentions, dates, inQuote);
            sentence.Code();
            inQuote = sentence.EndsInQuote;
            // Only a day-precise date carries on to the next sentence: "a year ago" or "in May" date nothing after them.
            var latest = dates.Where(d => d.Precision == DatePrecision.Day).LastOrDefault();
            if (latest.EndToken > 0) (_storyDate, _storyDateSentence) = (latest, s);
        }
        return _events;
    }

    /// <summary>The country a document is mostly about: its bare role nouns ("polisi", "the government") belong to it.</summary>
    private static string? HomeCountry(IReadOnlyList<Mention>[] mentions, string? datelineCountry)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in mentions)
            foreach (var m in sentence)
                if (m.Actor.Country is { } country)
                    counts[country] = counts.GetValueOrDefault(country) + 1;
        if (counts.Count == 0) return datelineCountry;
        var top = counts.MaxBy(kv => kv.Value);
        // The dateline's country wins when the story is also about it (JAKARTA on a Jakarta–Canberra row), not when it
        // is only where the talks were held (GENEVA on Armenia and Azerbaijan).
        return datelineCountry is not null && counts.GetValueOrDefault(datelineCountry) * 2 >= top.Value ? datelineCountry : top.Key;
    }

    /// <summary>
    /// "Indonesia's culture minister Fadli Zon": a titled person with no country takes the country named just before
    /// the title (at most two words earlier), so the name carries it for the rest of the document.
    /// </summary>
    private IReadOnlyList<Mention> WithOwnerCountries(IReadOnlyList<Mention> found)
    {
        List<Mention>? changed = null;
        for (int i = 1; i < found.Count; i++)
        {
            var m = found[i];
            var before = found[i - 1];
            if (m.Kind != MentionKind.Person || m.Actor.Country is not null || m.Actor.Role is null || m.Actor.Code.StartsWith("IGO")) continue;
            if (before.Kind is not (MentionKind.Country or MentionKind.Demonym or MentionKind.Seat) || before.Actor.Country is not { } country) continue;
            if (m.FirstToken - before.EndToken > 2) continue;
            (changed ??= [.. found])[i] = m with { Actor = Actor.Combine(country, country, m.Actor.Role, m.Actor.Name) };
        }
        return changed ?? found;
    }

    /// <summary>Adds mentions of people named earlier in the document by surname alone ("Vrublevsky", "Zakharova").</summary>
    private IReadOnlyList<Mention> WithRememberedPeople(int s, IReadOnlyList<Mention> found)
    {
        if (_memory.People.Count == 0) return found;
        var row = _doc.SentenceRows[s];
        List<Mention>? added = null;
        int next = 0;
        for (int t = row.FirstToken; t < row.EndToken; t++)
        {
            while (next < found.Count && found[next].EndToken <= t) next++;
            if (next < found.Count && found[next].FirstToken <= t) continue;
            var token = _doc.TokenRows[t];
            if (token.Pos != Upos.PROPN) continue;
            int end = t;
            while (end + 1 < row.EndToken && _doc.TokenRows[end + 1].Pos == Upos.PROPN
                   && (next >= found.Count || found[next].FirstToken > end + 1)) end++;
            for (int last = end; last >= t; last--)
            {
                var span = _doc.Text.AsSpan(_doc.TokenRows[t].Start, _doc.TokenRows[last].End - _doc.TokenRows[t].Start);
                if (_memory.TryGetPerson(span, out var person) || last == t && _memory.TryGetPerson(_doc[last].Text, out person))
                {
                    (added ??= [.. found]).Add(new Mention(t, last + 1, last, MentionKind.Person, person, "memory:person") { IsIndividual = true });
                    t = last;
                    break;
                }
            }
        }
        if (added is null) return found;
        added.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return added;
    }

    /// <summary>Everything a sentence needs from its document.</summary>
    private sealed class SentenceCoder(DocumentCoder owner, int sentenceIndex, IReadOnlyList<Mention> mentions,
        IReadOnlyList<DateMention> dates, bool startsInQuote)
    {
        private readonly Document _doc = owner._doc;
        private readonly LanguageCoding _lang = owner._language;
        private readonly ActorMemory _memory = owner._memory;
        private readonly int _start = owner._doc.SentenceRows[sentenceIndex].FirstToken;
        private readonly int _end = owner._doc.SentenceRows[sentenceIndex].EndToken;
        private List<Clause> _clauses = [];
        private List<ActorRef>[] _subjects = [];
        private readonly List<Candidate> _candidates = [];
        private List<ActorRef> _speaker = [];

        public bool EndsInQuote { get; private set; }

        public void Code()
        {
            _clauses = _lang.Clauses.Build(_doc, sentenceIndex, mentions, startsInQuote, dates);
            EndsInQuote = _end > _start && QuoteOpenAtEnd();
            _subjects = new List<ActorRef>[_clauses.Count];
            var speechClauses = FindSpeakers();
            for (int c = 0; c < _clauses.Count; c++)
            {
                _subjects[c] = ResolveSubject(_clauses[c]);
                foreach (var subject in _subjects[c])
                    if (subject.Start >= 0 && !subject.IsFirstPerson) _memory.ObserveSubject(subject.Actor, subject.Start);
            }

            foreach (var clause in _clauses)
            {
                if (speechClauses.Contains(clause.Index)) continue;
                CodeVerbClause(clause);
            }
            CodeNominalClauses();
            foreach (var c in speechClauses) CodeStatement(_clauses[c]);
            Emit();
        }

        // ---- speakers ------------------------------------------------------------------------------------------

        /// <summary>Finds speech clauses (kata X, X mengatakan, menurut X) and the sentence's speaker.</summary>
        private HashSet<int> FindSpeakers()
        {
            var speech = new HashSet<int>();
            foreach (var clause in _clauses)
            {
                if (!IsSpeech(clause)) continue;
                speech.Add(clause.Index);
                var speaker = SpeakerOf(clause);
                if (speaker.Count > 0 && _speaker.Count == 0) _speaker = speaker;
            }
            if (_speaker.Count == 0)
            {
                // "Menurut X, …", "According to X, …"
                for (int t = _start; t < _end; t++)
                {
                    if (_doc.TokenRows[t].Pos != Upos.ADP && _doc.TokenRows[t].Pos != Upos.VERB) continue;
                    if (_lang.Lexicon.Modality.MatchSpeech(_doc, t, _end) is not { } cue) continue;
                    var actors = ActorsFrom(cue.End);
                    if (actors.Count > 0) { _speaker = actors; break; }
                }
            }
            if (_speaker.Count > 0)
            {
                _memory.LastSpeaker = _speaker[0].Actor;
                _memory.LastSpeakerSentence = sentenceIndex;
            }
            else if (startsInQuote || _clauses.Exists(c => c.InQuote))
            {
                // A quote with no attribution in its own sentence continues the latest speaker's.
                if (_memory.LastSpeaker is { } last && sentenceIndex - _memory.LastSpeakerSentence <= 2)
                    _speaker = [new ActorRef(last, -1, -1)];
            }
            return speech;
        }

        private bool IsSpeech(Clause clause)
        {
            if (VerbMatch(clause) is { IsSpeech: true }) return true;
            return _lang.Lexicon.Modality.MatchSpeech(_doc, clause.Predicate, _end) is not null;
        }

        private List<ActorRef> SpeakerOf(Clause clause)
        {
            // "…,” kata Zakharova" / "katanya": the speaker follows the verb.
            int next = clause.Predicate + 1;
            if (next < _end && _doc.TokenRows[next].IsClitic)
            {
                // "katanya": the person who spoke last, else the latest person who acted, else the latest person named.
                var person = sentenceIndex - _memory.LastSpeakerSentence <= 2 ? _memory.LastSpeaker : null;
                person ??= _memory.LatestSubjectPerson(next) ?? _memory.LatestPerson(next);
                return person is null ? [] : [new ActorRef(person, next, next + 1)];
            }
            if (clause.Subject.Count == 0 && clause.Objects.Count > 0 && clause.Objects[0].Start == next)
            {
                var inverted = ActorsIn(clause.Objects[0]);
                if (inverted.Count > 0) return inverted;
            }
            var subject = ResolveSubject(clause);
            return subject;
        }

        // ---- actors --------------------------------------------------------------------------------------------

        private List<ActorRef> ResolveSubject(Clause clause)
        {
            if (clause.Index < _subjects.Length && _subjects[clause.Index] is { } known) return known;
            List<ActorRef> actors = [];
            foreach (var phrase in clause.Subject) actors.AddRange(ActorsIn(phrase));
            if (clause.Subject.Count == 0 && clause.Antecedent is { } antecedent) actors = ActorsIn(antecedent);
            if (clause.Subject.Count == 0 && clause.Antecedent is null && clause.SubjectFrom >= 0)
                actors = ResolveSubject(_clauses[clause.SubjectFrom]);
            // In a quote or a reported clause, "we"/"I" or no subject at all is the speaker.
            // In a quote or a reported clause, "we"/"I" is the speaker; so is a missing subject when nothing before it in the sentence supplies one.
            bool reported = clause.InQuote || GovernedBySpeech(clause);
            bool firstPerson = actors.Count > 0 && actors.TrueForAll(a => a.IsFirstPerson);
            if (reported && _speaker.Count > 0 && (firstPerson || actors.Count == 0 && clause.SubjectFrom < 0 && clause.Antecedent is null))
                actors = _speaker;
            actors.RemoveAll(a => a.IsFirstPerson && a.Actor.Code == FirstPersonCode);
            if (clause.Index < _subjects.Length) _subjects[clause.Index] = actors;
            return actors;
        }

        private bool GovernedBySpeech(Clause clause)
        {
            for (int g = clause.Governor, guard = 0; g >= 0 && guard < 8; g = _clauses[g].Governor, guard++)
                if (IsSpeech(_clauses[g])) return true;
            return false;
        }

        private const string FirstPersonCode = "?first-person";

        /// <summary>The actors a phrase names: its first mention, a resolved pronoun, or "kedua menteri"/"both sides".</summary>
        private List<ActorRef> ActorsIn(Phrase phrase, Actor? exclude = null, bool places = false)
        {
            var result = new List<ActorRef>(1);
            for (int t = phrase.Start; t < phrase.End; t++)
            {
                if (MentionAt(t) is { } m)
                {
                    if (m.Kind == MentionKind.Place && !places) { t = m.EndToken - 1; continue; }
                    if (m.Kind == MentionKind.Place)
                    {
                        result.Add(new ActorRef(m.Actor, m.FirstToken, m.EndToken) { FromPlace = true });
                        return result;
                    }
                    var resolved = Resolve(m, out bool homeDefault);
                    result.Add(new ActorRef(resolved, m.FirstToken, m.EndToken) { HomeDefault = homeDefault });
                    return result;
                }
                if (IsPairWord(t))
                {
                    // "He met Wang Yi, and the two sides discussed …": the two parties of an earlier clause of the sentence;
                    // else, like "kedua menteri", the pair before the sentence, past any apposition next to the words.
                    var pair = PairInSentence(t, exclude);
                    if (pair.Count < 2) pair = _memory.LatestPair(_start, people: !IsCollectiveNoun(t + 1), exclude?.Key);
                    foreach (var actor in pair)
                        result.Add(new ActorRef(actor, t, Math.Min(t + 2, phrase.End)) { FromPair = true });
                    if (result.Count > 0) return result;
                }
                if (_doc.TokenRows[t].Pos == Upos.PRON && Pronoun(t) is { } pronoun)
                {
                    result.Add(pronoun);
                    return result;
                }
            }
            return result;
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

        /// <summary>The lexicon entry of a clause's verb, looked up once per clause.</summary>
        private PredicateMatch? VerbMatch(Clause clause)
        {
            if (!_verbMatches.TryGetValue(clause.Predicate, out var match))
                _verbMatches[clause.Predicate] = match = _lang.Lexicon.MatchVerb(_doc, clause.Predicate, clause.End, clause.Start);
            return match;
        }

        /// <summary>A role noun without a country takes it from "-nya", "di X" or the document's home country.</summary>
        private Actor Resolve(Mention m) => Resolve(m, out _);

        private Actor Resolve(Mention m, out bool homeDefault)
        {
            homeDefault = false;
            var actor = m.Actor;
            // Only a bare role (polisi → COP) needs a country; an IGO official (IGOUNO) has none to find.
            if (actor.Country is not null || m.Kind is MentionKind.Igo || actor.Code != actor.Role) return actor;
            string? country = null;
            int after = m.EndToken;
            for (int t = m.FirstToken + 1; t <= after && t < _end && country is null; t++)
                if (_doc.TokenRows[t].IsClitic && Pronoun(t) is { } owner) country = owner.Actor.Country;
            if (country is null && after + 1 < _end && IsLocative(after) && MentionAt(after + 1) is { } place) country = place.Actor.Country;
            // An envoy with no country named is a foreigner: the home country is the one place he is not from.
            // "Para pekerja itu", "the workers": a role with a demonstrative points back at the people last named.
            if (country is null && IsDemonstrative(m) && _memory.LatestPeopleCountry(m.FirstToken, actor.Role) is { } earlier)
                country = earlier;
            if (!m.IsEnvoy && country is null && _memory.HomeCountry is { } home)
            {
                country = home;
                homeDefault = true;
            }
            if (country is null) return actor;
            return Actor.Combine(country, country, actor.Role, actor.Name);
        }

        private bool IsDemonstrative(Mention m) =>
            m.EndToken < _end && IsWord(m.EndToken, "itu", "tersebut", "ini")
            || m.FirstToken - 1 >= _start && IsWord(m.FirstToken - 1, "the", "those", "these")
            || m.FirstToken - 2 >= _start && IsWord(m.FirstToken - 2, "the") && IsWord(m.FirstToken - 1, "para");

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
            else if (text.Equals("it", StringComparison.OrdinalIgnoreCase) || text.Equals("its", StringComparison.OrdinalIgnoreCase))
                actor = _memory.LatestCollective(t);
            else if (text.Equals("mereka", StringComparison.OrdinalIgnoreCase) || text.StartsWith("the", StringComparison.OrdinalIgnoreCase))
                actor = _memory.LatestSubject(t) ?? _memory.Latest(t);
            else
                actor = _memory.LatestPerson(t);
            return actor is null ? null : new ActorRef(actor, t, t + 1);
        }

        /// <summary>"-nya" on a noun usually points at the subject of the sentence (duta besarnya, dukungannya).</summary>
        private Actor? ClauseSubjectBefore(int t)
        {
            // The nearest earlier clause that does not hold the pronoun itself: "dia merujuk pada pasukan Rusia yang
            // menyerang negaranya" → dia's country, not the attackers'.
            for (int c = _clauses.Count - 1; c >= 0; c--)
            {
                var clause = _clauses[c];
                if (clause.Predicate >= t && clause.Start <= t) continue;
                if (clause.Start <= t && t < clause.End) continue;
                if (clause.Start > t) continue;
                if (c < _subjects.Length && _subjects[c] is { Count: > 0 } s && s[0].Start < t && s[0].Start >= 0 && !s[0].IsFirstPerson)
                    return s[0].Actor;
            }
            return null;
        }

        private List<Actor> PairInSentence(int t, Actor? exclude)
        {
            for (int c = _clauses.Count - 1; c >= 0; c--)
            {
                var clause = _clauses[c];
                if (clause.Predicate >= t || clause.Index >= _subjects.Length || _subjects[clause.Index] is not { Count: > 0 } subject) continue;
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
            var lemma = _doc[t].Morph?.Lemma ?? _doc[t].Form;
            return lemma.ToLowerInvariant() is "negara" or "pihak" or "pemerintah" or "country" or "countries" or "side" or "sides"
                or "government" or "governments" or "nation" or "nations" or "party" or "parties" or "military" or "militaries" or "army" or "armies";
        }

        private bool IsPairWord(int t)
        {
            var text = _doc[t].Text;
            return text.Equals("kedua", StringComparison.OrdinalIgnoreCase) || text.Equals("both", StringComparison.OrdinalIgnoreCase)
                || text.Equals("each", StringComparison.OrdinalIgnoreCase) || text.Equals("masing-masing", StringComparison.OrdinalIgnoreCase)
                || text.Equals("two", StringComparison.OrdinalIgnoreCase) && t > _start && _doc[t - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
        }

        private bool IsLocative(int t)
        {
            var text = _doc[t].Text;
            return text.Equals("di", StringComparison.OrdinalIgnoreCase) || text.Equals("in", StringComparison.OrdinalIgnoreCase);
        }

        // ---- events --------------------------------------------------------------------------------------------

        private void CodeVerbClause(Clause clause)
        {
            var match = VerbMatch(clause);
            if (_lang.Lexicon.Modality.MatchRefusal(_doc, clause.Predicate, clause.End) is { Kind: "abstain" or "fail" } refusal)
            {
                // "menahan diri dari kritik", "failed to": the verb marks what did not happen; it is no event of its own.
                // (A refusal or denial is: "menolak", "reject" are CAMEO 12; what they govern is negated below.)
                Trace(clause, match, null, $"refusal cue '{refusal.Phrase}': what it governs is negated");
                return;
            }
            var trace = Trace(clause, match, null, match is null ? "no lexicon entry for this predicate" : "");
            if (match is null) return;
            var modality = ModalityOf(clause);
            var subject = _subjects[clause.Index];
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
                if (targets.Count == 0 && sources.Count > 0) targets = ComplementSubject(clause, sources[0].Actor);
                if (targets.Count == 0 && sources.Count > 0) targets = PurposeTarget(clause, sources[0].Actor);
                if (targets.Count == 0 && sources.Count > 0) targets = EventAnaphora(clause, sources[0].Actor);
                if (targets.Count == 0 && sources.Count > 0 && !match.IsSpeech) targets = DiscoursePartner(sources[0].Actor);
            }
            // "Russia and Ukraine exchanged prisoners": a reciprocal act of coordinated subjects is between them, whatever its object.
            if (match.Reciprocal && sources.Select(a => a.Actor.Key).Distinct().Count() >= 2) targets = sources;
            Add(clause, match, sources, targets, modality, trace: trace);
            if (match.Reciprocal && targets.Count > 0 && targets != sources) Add(clause, match, targets, sources, modality, trace: trace);
        }

        private ClauseTrace? Trace(Clause clause, PredicateMatch? match, int? host, string outcome)
        {
            if (owner._trace is null) return null;
            var trace = new ClauseTrace(sentenceIndex, clause, match, host) { Outcome = outcome };
            owner._trace.Add(trace);
            return trace;
        }

        /// <summary>
        /// "Jepang memprotes", "Hanoi membantah", "welcomed the decision": a reaction with no party named is aimed at
        /// the party the story last paired the source with (the other side of its latest event), else at the latest
        /// other actor of this or the previous sentence. Marked in the rule as an implicit target.
        /// </summary>
        private List<ActorRef> DiscoursePartner(Actor source)
        {
            for (int i = _candidates.Count - 1; i >= 0; i--)
                if (Partner(_candidates[i].Source.Actor, _candidates[i].Target?.Actor, source) is { } partner) return [Implicit(partner)];
            for (int i = owner._events.Count - 1; i >= 0 && owner._events[i].SentenceIndex >= sentenceIndex - 3; i--)
            {
                var e = owner._events[i];
                var s = new Actor(e.Source.Code, e.Source.Country, e.Source.Role, e.Source.Name);
                var t = e.Target is { } et ? new Actor(et.Code, et.Country, et.Role, et.Name) : null;
                if (Partner(s, t, source) is { } partner) return [Implicit(partner)];
            }
            int firstToken = sentenceIndex > 0 ? _doc.SentenceRows[sentenceIndex - 1].FirstToken : _start;
            foreach (var actor in _memory.RecentSince(firstToken, _end))
                if (actor.Key != source.Key && actor.Country is not null) return [Implicit(actor)];
            return [];
        }

        private ActorRef? HomeGovernment() =>
            _memory.HomeCountry is { } home ? Implicit(Actor.Combine(home, home, "GOV")) : null;

        private static Actor? Partner(Actor a, Actor? b, Actor source) =>
            b is null ? null : a.Key == source.Key && b.Key != source.Key ? b : b.Key == source.Key && a.Key != source.Key ? a : null;

        private static ActorRef Implicit(Actor actor) => new(actor, -1, -1) { IsImplicit = true };

        /// <summary>"menembakkan gas air mata untuk membubarkan massa": the act's target is the one its purpose is aimed at.</summary>
        private List<ActorRef> PurposeTarget(Clause clause, Actor source)
        {
            foreach (var other in _clauses)
                if (other.Governor == clause.Index && other.Opener == ClauseOpener.Chain && other.SubjectFrom == clause.Index
                    && TargetOf(other, [], source) is { Count: > 0 } aimed)
                    return aimed;
            return [];
        }

        /// <summary>"demanded that Tehran explain", "mendesak agar Israel menghentikan": the one asked is the complement's subject.</summary>
        private List<ActorRef> ComplementSubject(Clause clause, Actor source)
        {
            foreach (var other in _clauses)
            {
                if (other.Governor != clause.Index || other.Subject.Count == 0) continue;
                var subject = _subjects[other.Index];
                if (subject.Count > 0 && !subject[0].IsFirstPerson && !IsSame(subject[0], source)) return subject;
            }
            return [];
        }

        /// <summary>
        /// "The Kremlin condemned the sanctions", "Jepang memprotes peluncuran itu": the object is an earlier event, so the
        /// target is whoever did it. The latest earlier event of the same root as the object noun, by another actor, supplies it.
        /// </summary>
        private List<ActorRef> EventAnaphora(Clause clause, Actor source)
        {
            var phrases = clause.Voice == Voice.Passive ? clause.Subject.Concat(clause.Objects).Concat(clause.Obliques) : clause.Objects.Concat(clause.Obliques);
            foreach (var phrase in phrases)
            {
                for (int t = phrase.Start; t < phrase.End; t++)
                {
                    if (_doc.TokenRows[t].Pos != Upos.NOUN || _lang.Lexicon.MatchNoun(_doc, t, phrase.End, t) is not { } noun) continue;
                    return EarlierDoer(noun.Code, source, sameRoot: true) is { } same ? [same]
                        : EarlierDoer(noun.Code, source, sameRoot: false) is { } similar ? [similar] : [];
                }
            }
            return [];
        }

        /// <summary>
        /// The source of the latest earlier event of the same root as <paramref name="code"/> (or, failing that, of the
        /// same quad class: "the massacre" refers back to "killed 100 villagers") by someone other than <paramref name="source"/>.
        /// </summary>
        private ActorRef? EarlierDoer(string code, Actor source, bool sameRoot)
        {
            if (!owner._resources.Codebook.TryGet(code, out var wanted)) return null;
            bool Fits(string other) => sameRoot ? other.StartsWith(wanted.Root, StringComparison.Ordinal)
                : owner._resources.Codebook.TryGet(other, out var o) && o.Quad == wanted.Quad;
            for (int i = _candidates.Count - 1; i >= 0; i--)
                if (Fits(_candidates[i].Code) && _candidates[i].Source.Actor.Key != source.Key)
                    return _candidates[i].Source with { Start = -1, End = -1 };
            for (int i = owner._events.Count - 1; i >= 0; i--)
            {
                var e = owner._events[i];
                if (Fits(e.Cameo) && (e.Source.Country ?? e.Source.Code) != source.Key)
                    return new ActorRef(new Actor(e.Source.Code, e.Source.Country, e.Source.Role, e.Source.Name), -1, -1);
            }
            return null;
        }

        private List<ActorRef> PassiveAgent(Clause clause)
        {
            foreach (var phrase in clause.Agent)
                if (ActorsIn(phrase) is { Count: > 0 } agent) return agent;
            // Indonesian: a noun phrase right after a di- verb is its agent ("ditangkap polisi").
            if (_doc.Language == Languages.Language.Indonesian && clause.Objects.Count > 0 && clause.Objects[0].Start == clause.Predicate + 1
                && ActorsIn(clause.Objects[0]) is { Count: > 0 } direct && !IsBareRole(direct[0].Actor)) return direct;
            // "dipanggil ke Kementerian Luar Negeri di Moskow": the government the patient was brought to.
            foreach (var phrase in clause.Obliques)
                if (IsWord(phrase.Preposition, "ke", "to") && ActorsIn(phrase) is { Count: > 0 } host && host[0].Actor.Role == "GOV")
                    return host;
            // An envoy summoned without a named agent is summoned by the country he is posted to.
            foreach (var phrase in clause.Subject)
                if (PostingCountry(phrase) is { } posting) return [posting];
            // "27 awak kapal diamankan", "he was detained": arrests, detentions, deportations and releases with no agent
            // named are the state's where they happen (a place in the clause, else the story's home country).
            if (VerbMatch(clause) is { } match && match.Code[..2] is "17" or "08")
            {
                foreach (var phrase in clause.Obliques)
                    if (IsLocative(phrase.Preposition) && ActorsIn(phrase, places: true) is { Count: > 0 } place && place[0].Actor.Country is { } country)
                        return [Implicit(Actor.Combine(country, country, "GOV"))];
                if (HomeGovernment() is { } home) return [home];
            }
            return [];
        }

        /// <summary>"duta besar X untuk Moskow": the country an envoy is posted to.</summary>
        private ActorRef? PostingCountry(Phrase patient)
        {
            for (int k = patient.Start; k < patient.End; k++)
                if (MentionAt(k) is { PostedTo: { } posted } envoy)
                    return new ActorRef(Actor.Combine(posted, posted, "GOV"), envoy.FirstToken, envoy.EndToken);
            int t = patient.End;
            if (t + 1 >= _end || !IsWord(t, "untuk", "to", "di", "in")) return null;
            if (MentionAt(t + 1) is not { } m || m.Actor.Country is not { } country) return null;
            if (m.Kind is not (MentionKind.Country or MentionKind.Seat)) return null;
            return new ActorRef(Actor.Combine(country, country, "GOV"), m.FirstToken, m.EndToken);
        }

        private static readonly string[] DirectionalPrepositions = ["ke", "terhadap", "atas", "on", "against", "into", "at"];

        private static readonly string[] DefaultTargetPrepositions =
            ["kepada", "terhadap", "ke", "atas", "dengan", "untuk", "bagi", "to", "against", "with", "on", "toward", "towards", "at", "for"];

        private List<ActorRef> TargetOf(Clause clause, IReadOnlyList<string> prepositions, Actor? source = null, bool anyPreposition = true)
        {
            if (prepositions.Count > 0)
                foreach (var phrase in clause.Obliques)
                    if (IsWordIn(phrase.Preposition, prepositions) && ActorsIn(phrase, source) is { Count: > 0 } targets) return targets;
            foreach (var phrase in clause.Objects)
                if (ActorsIn(phrase, source) is { Count: > 0 } objects && !IsSame(objects[0], source))
                    return Conjuncts(clause.Objects, phrase, objects);
            // A reciprocal act (bertemu dengan, membahas) takes its partner only from its own preposition or object:
            // "membahas sanksi terhadap Rusia" is no meeting with Russia.
            if (!anyPreposition) return [];
            foreach (var phrase in clause.Obliques)
                if (IsWordIn(phrase.Preposition, DefaultTargetPrepositions) && ActorsIn(phrase, source) is { Count: > 0 } obliques
                    && !IsSame(obliques[0], source))
                    return obliques;
            // "serangan udara ke Jalur Gaza": a place the act is aimed at stands for its country.
            foreach (var phrase in clause.Obliques)
                if (IsWordIn(phrase.Preposition, DirectionalPrepositions) && ActorsIn(phrase, source, places: true) is { Count: > 0 } place
                    && !IsSame(place[0], source))
                    return place;
            return [];
        }

        private static bool IsSame(ActorRef actor, Actor? source) => source is not null && actor.Actor.Code == source.Code;

        /// <summary>"mengecam Rusia dan Belarus": the object phrases after the first with an actor, each its own target.</summary>
        private List<ActorRef> Conjuncts(List<Phrase> phrases, Phrase first, List<ActorRef> firstActors)
        {
            var all = new List<ActorRef>(firstActors);
            int i = phrases.IndexOf(first);
            for (int k = i + 1; k < phrases.Count; k++)
            {
                if (!IsConjunctionBetween(phrases[k - 1].End, phrases[k].Start)) break;
                all.AddRange(ActorsIn(phrases[k]));
            }
            return all;
        }

        private bool IsConjunctionBetween(int a, int b)
        {
            for (int t = a; t < b; t++)
                if (_lang.Clauses.Words[_doc[t].Text] == ClauseWordKind.Coordinator || _doc[t].Text is ",") return true;
            return false;
        }

        private void CodeNominalClauses()
        {
            for (int t = _start; t < _end; t++)
            {
                if (_doc.TokenRows[t].Pos != Upos.NOUN || MentionAt(t) is not null) continue;
                var match = _lang.Lexicon.MatchNoun(_doc, t, _end, t);
                if (match is null) continue;
                var nominal = _lang.Clauses.BuildNominal(_doc, sentenceIndex, mentions, t, _clauses.Count, startsInQuote, dates);
                var host = HostClause(t);
                var trace = Trace(nominal, match, host?.Index, "");
                List<ActorRef> sources = [];
                List<ActorRef> possessed = [];
                foreach (var phrase in nominal.Subject) possessed.AddRange(ActorsIn(phrase));
                // "serangan Rusia" is Russia's attack, but "penangkapan aktivis" is the arrest of activists: a peN-…-an
                // noun's possessor is its patient.
                bool patientPossessor = IsProcessNoun(t);
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
                if (host is not null)
                {
                    var hostKind = HostKind(host);
                    // "menerima permintaan dari Kiev": the request is Kiev's, made to the receiver.
                    if (hostKind == ClauseWordKind.Receive) targets = _subjects[host.Index];
                    // "melancarkan serangan", "menegaskan dukungannya": the verb's subject is the noun's agent.
                    else if (sources.Count == 0 && (hostKind == ClauseWordKind.Light || IsSpeech(host)))
                        sources = host.Voice == Voice.Passive ? PassiveAgent(host) : _subjects[host.Index];
                    // "Russian drones entered Romanian airspace during an attack on Ukrainian ports": an attack with no
                    // owner of its own is the acting side's.
                    else if (sources.Count == 0 && IsCoercive(match.Code) && host.Voice != Voice.Passive)
                        sources = _subjects[host.Index];
                }
                var modality = host is null ? Modality.Asserted : ModalityOf(host, nominalUnder: true);
                if (host is null && IsNegatedNoun(t)) modality = modality with { Negated = true };
                Add(nominal, match, sources, targets, modality, fromNoun: true, trace: trace);
            }
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

        private List<ActorRef> TargetOrPlace(Clause clause, Actor? source)
        {
            var targets = TargetOf(clause, [], source);
            if (targets.Count > 0) return targets;
            foreach (var phrase in clause.Obliques)
                if (IsLocative(phrase.Preposition) && ActorsIn(phrase, source, places: true) is { Count: > 0 } place && !IsSame(place[0], source))
                    return place;
            return [];
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
                if (targets.Count == 0) targets = DiscoursePartner(speaker[0].Actor);
            }
            Add(clause, match, speaker, targets.Count > 0 && targets[0].Actor.Key != speaker[0].Actor.Key ? targets : [], ModalityOf(clause), trace: trace);
        }

        private void Add(Clause clause, PredicateMatch match, List<ActorRef> sources, List<ActorRef> targets, Modality modality,
            bool fromNoun = false, ClauseTrace? trace = null)
        {
            if (trace is not null)
                trace.Outcome = sources.Count == 0 ? "matched, but no source actor was found"
                    : $"coded {modality.Label}: {string.Join(", ", sources.Select(s => s.Actor.Code))} → {(targets.Count == 0 ? "no target" : string.Join(", ", targets.Select(t => t.Actor.Code)))}";
            var code = match.Code;
            // A protest with no one named is aimed at the government of the country it happens in (below, per source).
            // A statement is about someone only when it says so: an implicit target of a 01x code is no target, except for a
            // denial (016), which answers whoever made the charge.
            if (code.StartsWith("01", StringComparison.Ordinal) && code != "016" && targets.Count > 0 && targets.TrueForAll(t => t.IsImplicit))
                targets = [];
            var lexicon = _lang.Lexicon.Modality;
            // "would respond with force", "mengancam akan menutup": a coercive act stated as what one would or will do is a
            // threat (13x), which is itself asserted; a condition clause ("if Iran failed to …") stays hypothetical.
            if (!modality.Negated && (modality.Threat || modality.Modal && modality.Hypothetical && IsCoercive(code)) && lexicon.ThreatCode(code) is { } threat)
            {
                code = threat;
                modality = Modality.Asserted;
            }
            else if (modality.Intended)
            {
                var intent = lexicon.IntentCode(code) ?? lexicon.ThreatCode(code);
                if (intent is null) modality = modality with { Hypothetical = true };
                else code = intent;
            }
            // "Kedua menteri menandatangani nota kesepahaman", "Indonesia dan Malaysia bekerja sama": a joint cooperative act
            // with no other party is an event between the partners, each way.
            // "Each side accused the other", "kedua pihak saling menuduh": a pair with no other party acts on itself, each way.
            if (targets.Count == 0 && sources.Count >= 2 && (IsJointAct(code) || sources.TrueForAll(a => a.FromPair))
                && sources.Select(a => a.Actor.Key).Distinct().Count() >= 2)
                targets = sources;
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
                    var target = candidate.HomeDefault && IsCoercive(code) && source.Actor.Country is { } own && candidate.Actor.Role is { } role
                        ? candidate with { Actor = Actor.Combine(own, own, role, candidate.Actor.Name), HomeDefault = false }
                        : candidate;
                    if (target.IsFirstPerson || IsBareRole(target.Actor)) continue;
                    // A place of the actor's own country is a domestic target (an air strike on one's own village).
                    if (IsSelf(source.Actor, target.Actor) && !(target.FromPlace && source.Actor.Code != target.Actor.Code)) continue;
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

        /// <summary>Conflict and coercion (roots 11–20): where a domestic act of a state on its own people is common.</summary>
        private static bool IsCoercive(string code) => string.CompareOrdinal(code, 0, "11", 0, 2) >= 0;

        private static bool IsBareRole(Actor actor) => actor.Country is null && actor.Code == actor.Role;

        /// <summary>
        /// An actor acting on itself: the same code, or a country and one of its own parts ("Moskow" and "RUSGOV").
        /// Two different parts of one country (IDNCOP against IDNOPP) are a domestic dyad and stay.
        /// </summary>
        private static bool IsSelf(Actor source, Actor target) =>
            source.Code == target.Code
            || source.Key == target.Key && !IsPeople(source) && !IsPeople(target)
               && (source.Code == source.Country || target.Code == target.Country || source.Role == target.Role);

        /// <summary>Roles of people rather than of the state: a state acting on them is a domestic dyad.</summary>
        private static bool IsPeople(Actor actor) => actor.Role is "CVL" or "OPP" or "EDU" or "LAB" or "REB" or "INS" or "CRM"
            or "MED" or "REF" or "HRI" or "SEP" or "BUS" or "PTY";

        /// <summary>Consultations, diplomatic and material cooperation and yielding are acts two parties do together.</summary>
        private static bool IsJointAct(string code) => code[..2] is "04" or "05" or "06" or "08";

        /// <summary>
        /// Events need a target, as PETRARCH's require_dyad does, except statements, protests and shows of force,
        /// which are often aimed at nobody in particular: a one-sided "attack" or "arrest" is usually a misread clause.
        /// </summary>
        private static bool AllowsNoTarget(string code) => code.StartsWith("01") || code.StartsWith("14") || code.StartsWith("15");

        // ---- modality ------------------------------------------------------------------------------------------

        private Modality ModalityOf(Clause clause, bool nominalUnder = false)
        {
            var m = Modality.Asserted;
            var lexicon = _lang.Lexicon.Modality;
            for (int t = clause.GroupStart; t < clause.Predicate; t++)
            {
                if (lexicon.IsNegator(_doc, t)) m = m with { Negated = true };
                // "said that Japan would send aid": in reported speech "would" is the future of the past, not a condition.
                else if (lexicon.IsCondition(_doc, t) && IsWord(t, "would") && GovernedBySpeech(clause)) m = m with { Intended = true };
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
                if (lexicon.MatchRefusal(_doc, governor.Predicate, governor.End) is not null) m = m with { Negated = true };
                if (lexicon.MatchIntent(_doc, governor.Predicate, governor.End) is { } governing)
                    m = m with { Intended = true, Threat = m.Threat || governing.Kind == "threat" };
                // "accused Kyiv of mistreating prisoners": the alleged act is the accuser's claim, not a fact the text asserts.
                if (VerbMatch(governor) is { } said && (said.Code.StartsWith("112") || said.Code.StartsWith("111"))
                    && (current == governor && !IsPurposeOpener(clause)))
                    m = m with { Alleged = true };
                // "menuntut pemerintah menarik pasukan", "urged Tokyo to address": what is asked for has not happened.
                if (VerbMatch(governor) is { } asked && asked.Code[..2] is "02" or "10" or "13")
                    m = m with { Hypothetical = true };
                var outer = ModalityOf(governor);
                if (outer.Negated) m = m with { Negated = true };
                if (outer.Hypothetical) m = m with { Hypothetical = true };
            }
            if (IsQuestion()) m = m with { Question = true };
            return m;
        }

        /// <summary>
        /// Saying, asking, demanding, criticising and protesting happen in the act of the purpose clause itself:
        /// "rallied to demand", "dipanggil untuk menyampaikan protes" did demand and protest.
        /// </summary>
        private bool IsVerbalAct(Clause clause) =>
            !clause.IsNominal && VerbMatch(clause) is { } match && match.Code[..2] is "01" or "02" or "10" or "11" or "12" or "13" or "14";

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

        // ---- output --------------------------------------------------------------------------------------------

        private void Emit()
        {
            // "berjanji membantu", "sepakat memperkuat kerja sama": the promise is coded on the promised act (03x), so the
            // promising verb's own event goes when that act was coded.
            _candidates.RemoveAll(c => !c.FromNoun && _lang.Lexicon.Modality.MatchIntent(_doc, c.Clause.Predicate, _end) is not null
                && _candidates.Exists(o => o != c && IsGovernedBy(o.Clause, c.Clause)));
            // One event per (source, target, root) in a sentence: a verb beats the noun it governs, a longer code a shorter one.
            var kept = new List<Candidate>();
            // Kept first: a verb over a noun, a named target over an implicit one, a specific code over a generic x0.
            foreach (var c in _candidates.OrderBy(c => c.FromNoun).ThenBy(c => c.Target is { IsImplicit: true })
                         .ThenByDescending(c => c.Code.Length).ThenBy(c => c.Code.EndsWith('0')))
            {
                if (kept.Exists(k => k.Source.Actor.Code == c.Source.Actor.Code && k.Target?.Actor.Code == c.Target?.Actor.Code
                                     && k.Code.AsSpan(0, 2).SequenceEqual(c.Code.AsSpan(0, 2)) && k.Modality.Label == c.Modality.Label)) continue;
                kept.Add(c);
            }
            foreach (var c in kept.OrderBy(c => c.Clause.Predicate))
            {
                // A date that starts inside the clause belongs to it even where the clause stops early: "pada Selasa (14/3)".
                int clauseEnd = c.Clause.End;
                var own = OwnDates(c.Clause);
                foreach (var d in own)
                    if (d.FirstToken >= c.Clause.Start && d.FirstToken < clauseEnd && d.EndToken > clauseEnd) clauseEnd = d.EndToken;
                var date = DateSelection.ForClause(own, c.Clause.Start, clauseEnd, c.Clause.Predicate)?.For(c.Modality.Intended)
                    ?? StoryDate();
                var place = PlaceOf(c.Clause);
                owner._events.Add(owner._records.Create(sentenceIndex, c.Match, c.Code, c.Source, c.Target, c.Modality, date, place));
            }
        }

        /// <summary>
        /// The dates that can date an event: "this year" or "in 2025" in the published year says less than the published date.
        /// </summary>
        /// <summary>
        /// The dates a clause may take: not those inside another verb's own stretch ("X, who met Y on Monday, condemned Z"
        /// is not dated Monday).
        /// </summary>
        private List<DateMention> OwnDates(Clause clause)
        {
            var own = new List<DateMention>(EventDates.Count);
            foreach (var d in EventDates)
            {
                bool other = false;
                foreach (var c in _clauses)
                    if (c.Index != clause.Index && !c.IsNominal && c.GroupStart <= d.FirstToken && d.EndToken <= c.End
                        && !(clause.GroupStart <= d.FirstToken && d.EndToken <= clause.End) && c.Predicate > clause.Start && c.Predicate < clause.Predicate)
                        other = true;
                if (!other) own.Add(d);
            }
            return own;
        }

        /// <summary>A sentence that names no date continues the story of the sentence before that did.</summary>
        private DateMention? StoryDate() =>
            owner._storyDate is { } story && sentenceIndex - owner._storyDateSentence <= StoryDateReach ? story : null;

        private const int StoryDateReach = 100;

        private IReadOnlyList<DateMention> EventDates => _eventDates ??=
            dates.Where(d => !(d.Precision == DatePrecision.Year && d.Date.Year == owner._published.Year)).ToList();
        private List<DateMention>? _eventDates;

        private EventPlace? PlaceOf(Clause clause)
        {
            foreach (var phrase in clause.Obliques)
            {
                if (!IsLocative(phrase.Preposition) && !IsWord(phrase.Preposition, "at")) continue;
                for (int t = phrase.Start; t < phrase.End; t++)
                    if (MentionAt(t) is { } m && m.Kind is MentionKind.Place or MentionKind.Seat or MentionKind.Country)
                        return new EventPlace(_doc.Text[_doc.TokenRows[m.FirstToken].Start.._doc.TokenRows[m.EndToken - 1].End], m.Actor.Country);
            }
            return null;
        }

        private bool QuoteOpenAtEnd()
        {
            bool open = startsInQuote;
            for (int t = _start; t < _end; t++)
            {
                var text = _doc[t].Text;
                if (text is "“" or "«") open = true;
                else if (text is "”" or "»") open = false;
                else if (text is "\"") open = !open;
            }
            return open;
        }

        private bool IsWord(int t, params string[] words)
        {
            if (t < 0) return false;
            var text = _doc[t].Text;
            foreach (var w in words) if (text.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private bool IsWordIn(int t, IReadOnlyList<string> words)
        {
            if (t < 0) return false;
            var text = _doc[t].Text;
            foreach (var w in words) if (text.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }

    private sealed record Candidate(Clause Clause, PredicateMatch Match, string Code, ActorRef Source, ActorRef? Target,
        Modality Modality, bool FromNoun);
}

/// <summary>An actor as found in the text: the actor and the tokens that named it (-1 when it came from memory).</summary>
internal readonly record struct ActorRef(Actor Actor, int Start, int End)
{
    public bool IsFirstPerson { get; init; }
    /// <summary>Not named in the clause: taken from the story around it (see DiscoursePartner).</summary>
    public bool IsImplicit { get; init; }
    /// <summary>A place standing for its country ("ke Jalur Gaza").</summary>
    public bool FromPlace { get; init; }
    /// <summary>One of a pair named together: "kedua menteri", "both sides", "each side".</summary>
    public bool FromPair { get; init; }
    /// <summary>A role whose country is only the story's home country, not named with it.</summary>
    public bool HomeDefault { get; init; }
}

/// <summary>What a clause asserts: negated, hypothetical (condition), a question, or an intention.</summary>
internal readonly record struct Modality(bool Negated, bool Hypothetical, bool Question, bool Intended, bool Alleged = false)
{
    /// <summary>The hypothesis comes from a modal in the verb group (would, could, bisa), not from an "if" clause.</summary>
    public bool Modal { get; init; }
    /// <summary>The intention is a threat (mengancam akan, threaten to).</summary>
    public bool Threat { get; init; }

    public static readonly Modality Asserted = default;

    public string Label => Negated ? "negated" : Hypothetical ? "hypothetical" : Question ? "question" : Alleged ? "alleged" : "asserted";
}

/// <summary>
/// One clause as the coder saw it, for <c>explain</c>: the lexicon match (or none), the clause that hosts a noun,
/// and what came of it (coded, or why not).
/// </summary>
public sealed record ClauseTrace(int Sentence, Clause Clause, PredicateMatch? Match, int? Host)
{
    public string Outcome { get; set; } = "";
}
