using Warta.Actors;
using Warta.Clauses;
using Warta.Coding.Stages;
using Warta.Dates;
using Warta.Events;
using Warta.Parsing;
using Warta.Text;

namespace Warta.Coding;

/// <summary>
/// Codes one analysed document, sentence by sentence, carrying what the document has said about its actors
/// (<see cref="ActorMemory"/>) and its dates from one sentence to the next. Created per document; not thread-safe.
/// </summary>
internal sealed partial class DocumentCoder
{
    private readonly CodingResources _resources;
    private readonly LanguageCoding _language;
    private readonly NewsDocument _input;
    private readonly Document _doc;
    internal readonly DateOnly _published;
    private readonly ActorMemory _memory = new();
    private readonly EventRecordFactory _records;
    private readonly List<EventRecord> _events = [];
    private readonly List<ClauseTrace>? _trace;
    /// <summary>The latest date the text gave, which later sentences of the same story inherit when they name none.</summary>
    private DateMention? _storyDate;
    private int _storyDateSentence = -100;
    /// <summary>Event nouns named with a day ("a phone call on Tuesday"), by lemma, so "during the call" later finds its day.</summary>
    private readonly Dictionary<string, DateMention> _eventNounDates = new(StringComparer.OrdinalIgnoreCase);

    public DocumentCoder(CodingResources resources, NewsDocument input, Document doc, List<ClauseTrace>? trace = null)
    {
        _resources = resources;
        _language = resources.For(doc.Language);
        _input = input;
        _doc = doc;
        _published = input.Published ?? DateOnly.FromDateTime(DateTime.UtcNow);
        _records = new EventRecordFactory(resources.Codebook, input, doc, _published);
        _trace = trace;
        _recorded = new SentenceRecord?[doc.SentenceCount];
    }

    /// <summary>What the stages recorded for each sentence, for <c>explain</c> (kept when the run is traced).</summary>
    private readonly SentenceRecord?[] _recorded;
    /// <summary>The mentions the mention finder gave each sentence, before the per-sentence mention stage.</summary>
    private IReadOnlyList<Mention>[] _found = [];
    private string? _datelineCountry;
    /// <summary>The date relative dates of the next sentence are read against ("sehari kemudian").</summary>
    private DateOnly? _anchor;

    public CodingRecord Record => new(_memory.HomeCountry, _recorded, _trace ?? []);

    /// <summary>Runs the document stages, then the sentence stages on each sentence in reading order (<see cref="CodingStages"/>).</summary>
    public List<EventRecord> Run(CancellationToken cancellationToken = default)
    {
        foreach (var stage in CodingStages.Document) stage.Run(this);
        bool inQuote = false;
        for (int s = 0; s < _doc.SentenceCount; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_doc.SentenceRows[s].IsDateline) continue;
            var sentence = new SentenceCoder(this, s, inQuote);
            foreach (var stage in CodingStages.Sentence) stage.Run(sentence);
            inQuote = sentence.EndsInQuote;
            // What explain prints; a plain run keeps only the events.
            if (_trace is not null) _recorded[s] = sentence.Recorded();
        }
        return _events;
    }

    /// <summary>Document stage: every sentence's actor mentions; a dateline's only say where the story is from.</summary>
    internal void FindMentions()
    {
        _found = new IReadOnlyList<Mention>[_doc.SentenceCount];
        for (int s = 0; s < _doc.SentenceCount; s++)
        {
            var found = _resources.Mentions.Find(_doc, s, _published);
            if (_doc.SentenceRows[s].IsDateline)
            {
                // "JAKARTA, WARTA –": the dateline says where the story is from, and so whose a bare "polisi" is.
                _datelineCountry ??= found.FirstOrDefault(m => m.Actor.Country is not null).Actor?.Country;
                _recorded[s] = SentenceRecord.Dateline(s, found);
                found = [];
            }
            _found[s] = WithOrigins(found);
        }
        ChooseReadings();
    }

    /// <summary>
    /// "Tripoli" in a story about Lebanon is the Lebanese port, in one about Libya its capital: a place name the dictionary
    /// gives several countries takes the reading whose country the story names nearest to it (by tokens, before or after;
    /// other such names do not count), else keeps the dictionary's first reading.
    /// </summary>
    private void ChooseReadings()
    {
        for (int s = 0; s < _found.Length; s++)
        {
            List<Mention>? changed = null;
            for (int k = 0; k < _found[s].Count; k++)
            {
                var m = _found[s][k];
                if (m.OtherReadings is not { } others || NearestNamedCountry(m, others) is not { } country || country == m.Actor.Country) continue;
                var (kind, actor) = others.First(o => o.Actor.Country == country);
                (changed ??= [.. _found[s]])[k] = m with { Kind = kind, Actor = actor, Rule = $"{m.Rule}+story" };
            }
            if (changed is not null) _found[s] = changed;
        }
    }

    /// <summary>Of the countries <paramref name="place"/> may be in, the one another mention of the document names nearest to it.</summary>
    private string? NearestNamedCountry(Mention place, IReadOnlyList<(MentionKind Kind, Actor Actor)> others)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var list in _found)
            foreach (var m in list)
            {
                if (m.OtherReadings is not null || m.Actor.Country is not { } c || c != place.Actor.Country && !others.Any(o => o.Actor.Country == c)) continue;
                int distance = Math.Abs(m.FirstToken - place.FirstToken);
                if (distance < bestDistance) (best, bestDistance) = (c, distance);
            }
        return best;
    }

    /// <summary>
    /// "instructors from Rwanda", "militants operating from Afghanistan", "instruktur dari Rwanda": a role with no country
    /// of its own on which the parse tree hangs a from-phrase naming a country (an nmod of the noun, or an obl of a verb
    /// modifying it) is of that country. Not "withdrew troops from Syria", where the tree makes the phrase the verb's
    /// (obl): the troops leave Syria, they are not Syrian. An unparsed sentence is left as found.
    /// </summary>
    private IReadOnlyList<Mention> WithOrigins(IReadOnlyList<Mention> found)
    {
        List<Mention>? changed = null;
        var words = _resources.Actors.Words(_doc.Language);
        for (int i = 0; i + 1 < found.Count; i++)
        {
            var m = found[i];
            if (m.Kind != MentionKind.Role || m.Actor.Country is not null || m.Actor.Role is not { } role || m.Actor.Code.StartsWith("IGO", StringComparison.Ordinal)) continue;
            for (int j = i + 1; j < found.Count && found[j].FirstToken - m.EndToken <= 3; j++)
            {
                var origin = found[j];
                if (origin.Kind is not (MentionKind.Country or MentionKind.Seat or MentionKind.Place) || origin.Actor.Country is not { } country
                    || origin.Actor.Code != country || PrepositionBefore(origin.FirstToken, words) is not { } preposition
                    || !words.Has(ActorWordKind.OriginPreposition, _doc[preposition].Text)) continue;
                if (IsOriginPhraseOf(origin, m))
                    (changed ??= [.. found])[i] = m with { Actor = Actor.Combine(country, country, role, m.Actor.Name), Rule = $"{m.Rule}+origin '{TextOf(origin)}'" };
                break;
            }
        }
        return changed ?? found;
    }

    /// <summary>Whether the tree hangs the phrase of <paramref name="origin"/> on the noun of <paramref name="people"/>: as
    /// its nmod, or as the obl of a verb that modifies the noun (acl).</summary>
    private bool IsOriginPhraseOf(Mention origin, Mention people)
    {
        var rows = _doc.TokenRows;
        int phrase = -1;
        for (int t = origin.FirstToken; t < origin.EndToken; t++)
            if (rows[t].Relation is not null && DependencyTree.HeadOf(_doc, t) is var h && (h < origin.FirstToken || h >= origin.EndToken)) { phrase = t; break; }
        if (phrase < 0) return false;
        bool OnPeople(int t) => t >= people.FirstToken && t < people.EndToken;
        int head = DependencyTree.HeadOf(_doc, phrase);
        if (head < 0) return false;
        if (Token.RelationIs(rows[phrase].Relation!, "nmod")) return OnPeople(head);
        return Token.RelationIs(rows[phrase].Relation!, "obl") && rows[head].Relation is { } verbRelation && Token.RelationIs(verbRelation, "acl")
               && DependencyTree.HeadOf(_doc, head) is var noun && noun >= 0 && OnPeople(noun);
    }

    /// <summary>The token before <paramref name="first"/>, past an article ("from the United States"), or null.</summary>
    private int? PrepositionBefore(int first, ActorWords words)
    {
        int t = first - 1;
        if (t >= 0 && words.Has(ActorWordKind.Article, _doc[t].Text)) t--;
        return t >= 0 ? t : null;
    }

    /// <summary>Document stage: the country the story is about.</summary>
    internal void FindHomeCountry() => _memory.HomeCountry = HomeCountry(_found, _datelineCountry);

    /// <summary>The country a document is mostly about: its bare role nouns ("polisi", "the government") belong to it.</summary>
    private static string? HomeCountry(IReadOnlyList<Mention>[] mentions, string? datelineCountry)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var asActor = new Dictionary<string, int>(StringComparer.Ordinal);
        bool lead = true;
        foreach (var sentence in mentions)
        {
            if (sentence.Count == 0) continue;
            // The lead sentence says what the story is about: its countries count three times; a place says where it
            // happens ("di perairan Natuna"), so it counts twice what a name does.
            foreach (var m in sentence)
            {
                if (m.Actor.Country is { } country)
                {
                    counts[country] = counts.GetValueOrDefault(country) + (lead ? 3 : 1) * (m.Kind == MentionKind.Place ? 2 : 1);
                    if (m.Kind != MentionKind.Place) asActor[country] = asActor.GetValueOrDefault(country) + 1;
                }
                // "Kedutaan Besar Amerika Serikat di Jakarta": a foreign mission or envoy is in the host country, where the
                // story's protesters and police are; the posting counts like a place, and as a party of the story.
                if (m.PostedTo is { } host && host != m.Actor.Country)
                {
                    counts[host] = counts.GetValueOrDefault(host) + (lead ? 3 : 1) * 2;
                    asActor[host] = asActor.GetValueOrDefault(host) + 1;
                }
            }
            lead = false;
        }
        if (counts.Count == 0) return datelineCountry;
        var top = counts.MaxBy(kv => kv.Value);
        // The dateline's country wins when the story is also about it (JAKARTA on a Jakarta–Canberra row), not when it
        // is only where the talks were held (GENEVA on Armenia and Azerbaijan).
        // A country that is only a venue, named by its places and no actor of its own, is no home either.
        if (datelineCountry is not null && asActor.ContainsKey(datelineCountry) && counts.GetValueOrDefault(datelineCountry) * 2 >= top.Value)
            return datelineCountry;
        var actors = counts.Where(kv => asActor.ContainsKey(kv.Key)).ToList();
        return actors.Count > 0 && !asActor.ContainsKey(top.Key) ? actors.MaxBy(kv => kv.Value).Key : top.Key;
    }

    /// <summary>
    /// "Indonesia's culture minister Fadli Zon": a titled person with no country takes the country named just before
    /// the title (at most two words earlier), so the name carries it for the rest of the document.
    /// </summary>
    internal IReadOnlyList<Mention> WithOwnerCountries(IReadOnlyList<Mention> found)
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

    /// <summary>
    /// "Serb forces killed three ethnic Albanians in southeastern Serbia", "warga etnis Turki memprotes keputusan
    /// Swedia": an ethnic group named by its kin state lives, and is coded, in the sentence's other country (the first
    /// one named), else in the story's home country; without either it keeps the kin state.
    /// </summary>
    internal IReadOnlyList<Mention> WithResidentCountries(IReadOnlyList<Mention> found)
    {
        List<Mention>? changed = null;
        for (int i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (KinBeforeResidence(found, i) is { } livesIn)
            {
                var place = livesIn.Actor.Country!;
                (changed ??= [.. found])[i] = m with
                {
                    Actor = Actor.Combine(place, place, m.Actor.Role, m.Actor.Name),
                    Rule = $"{m.Rule}+ethnic; lives in '{TextOf(livesIn)}'",
                };
                continue;
            }
            if (m.FirstToken == 0 || !_language.Clauses.Words.Has(WordRole.EthnicMarker, _doc[m.FirstToken - 1].Text)) continue;
            if (m.Kind is not (MentionKind.Country or MentionKind.Demonym or MentionKind.Role) || m.Actor.Country is not { } kin) continue;
            var residence = found.FirstOrDefault(o => o.Actor.Country is { } c && c != kin && o.Kind != MentionKind.Person);
            string? country = residence.EndToken > 0 ? residence.Actor.Country : _memory.HomeCountry is { } home && home != kin ? home : null;
            if (country is null) continue;
            string from = residence.EndToken > 0 ? $"'{TextOf(residence)}'" : "the story's home country";
            changed ??= [.. found];
            changed[i] = m with { Actor = Actor.Combine(country, country, m.Actor.Role ?? "CVL"), Rule = $"{m.Rule}+ethnic; lives in {from}" };
            // "warga etnis Turki": the people noun before the marker is the same group.
            if (i > 0 && found[i - 1] is { Kind: MentionKind.Role, Actor: { Country: null, Role: { } role } } people && people.EndToken == m.FirstToken - 1)
                changed[i - 1] = people with { Actor = Actor.Combine(country, country, role), Rule = $"{people.Rule}+ethnic; lives in {from}" };
        }
        return changed ?? found;
    }

    /// <summary>
    /// "Pihak Serbia Bosnia", "pasukan Serbia Bosnia": Indonesian puts the modifier after the head, so a people noun of
    /// one country followed at once by another country's name is that people living there (the Bosnian Serbs). The
    /// country mention, or null.
    /// </summary>
    private Mention? KinBeforeResidence(IReadOnlyList<Mention> found, int i)
    {
        if (_doc.Language != Languages.Language.Indonesian || i + 1 >= found.Count) return null;
        var (m, next) = (found[i], found[i + 1]);
        return m is { Kind: MentionKind.Role, Actor: { Country: { } kin, Role: not null } } && next.FirstToken == m.EndToken
               && next is { Kind: MentionKind.Country, Actor: { Country: { } home, Role: null } } && home != kin
            ? next
            : null;
    }

    internal string TextOf(Mention m) => _doc.Text[_doc.TokenRows[m.FirstToken].Start.._doc.TokenRows[m.EndToken - 1].End];

    /// <summary>Adds mentions of people named earlier in the document by surname alone ("Vrublevsky", "Zakharova").</summary>
    private const int MaxRememberedNameTokens = 6;

    internal IReadOnlyList<Mention> WithRememberedPeople(int s, IReadOnlyList<Mention> found)
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
            // A remembered name is a few words; a run of proper nouns is only tried that far (a hostile run of thousands
            // would otherwise be tried from every start at every length).
            int end = t;
            while (end + 1 < row.EndToken && end + 1 - t < MaxRememberedNameTokens && _doc.TokenRows[end + 1].Pos == Upos.PROPN
                   && (next >= found.Count || found[next].FirstToken > end + 1)) end++;
            for (int last = end; last >= t; last--)
            {
                var span = _doc.Text.AsSpan(_doc.TokenRows[t].Start, _doc.TokenRows[last].End - _doc.TokenRows[t].Start);
                if (_memory.TryGetPerson(span, out var person) || last == t && _memory.TryGetPerson(_doc[last].Text, out person))
                {
                    (added ??= [.. found]).Add(new Mention(t, last + 1, last, MentionKind.Person, person, RememberedPersonRule) { IsIndividual = true });
                    t = last;
                    break;
                }
            }
        }
        if (added is null) return found;
        added.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return added;
    }

    /// <summary>The mention rule of a person named again by name alone ("Mitsotakis" after "Prime Minister Kyriakos Mitsotakis").</summary>
    private const string RememberedPersonRule = "memory:person";

    /// <summary>Everything a sentence needs from its document.</summary>
    internal sealed partial class SentenceCoder(DocumentCoder owner, int sentenceIndex, bool startsInQuote)
    {
        private IReadOnlyList<Mention> mentions = [];
        private IReadOnlyList<DateMention> dates = [];
        private readonly Document _doc = owner._doc;
        private readonly LanguageCoding _lang = owner._language;
        private readonly ActorMemory _memory = owner._memory;
        private readonly int _start = owner._doc.SentenceRows[sentenceIndex].FirstToken;
        private readonly int _end = owner._doc.SentenceRows[sentenceIndex].EndToken;
        /// <summary>Where the sentence before this one starts (this one's start for the first): "this or the previous sentence".</summary>
        private readonly int _previousStart = sentenceIndex > 0 ? owner._doc.SentenceRows[sentenceIndex - 1].FirstToken : owner._doc.SentenceRows[sentenceIndex].FirstToken;
        private SentenceClauses? _read;
        private List<Clause> _clauses = [];
        private List<ActorRef>[] _subjects = [];
        private readonly List<Candidate> _candidates = [];
        private List<ActorRef> _speaker = [];

        public bool EndsInQuote { get; private set; }

        // What the actor rules (Coding/Rules) read of the sentence.
        internal Document Document => _doc;
        internal IReadOnlyList<Mention> Mentions => mentions;
        internal List<Clause> Clauses => _clauses;
        internal List<ActorRef> SubjectsOf(int clause) => _subjects[clause];
        internal CameoBehaviour Behaviour(string code) => owner._resources.Codebook.Behaviour(code);
        /// <summary>The targets named for an earlier coded verb clause of the sentence, or null.</summary>
        internal List<ActorRef>? TargetsOfClause(int clause) => _clauseTargets.TryGetValue(clause, out var targets) ? targets : null;

        /// <summary>Mention stage: the finder's mentions, with remembered people and owners' countries; each is remembered.</summary>
        internal void FindMentions()
        {
            mentions = owner.WithResidentCountries(owner.WithOwnerCountries(owner.WithRememberedPeople(sentenceIndex, owner._found[sentenceIndex])));
            foreach (var mention in mentions)
                if (mention.Kind != MentionKind.Place && !owner.IsVenue(mention) && !IsCurrency(mention))
                    _memory.Observe(mention.Actor, mention.Head, mention.IsIndividual);
        }

        /// <summary>Date stage: the sentence's dates, read against the previous sentence's.</summary>
        internal void FindDates()
        {
            dates = _lang.Dates.Find(_doc, sentenceIndex, owner._published, owner._anchor);
            owner._anchor = DateSelection.NextAnchor(dates, owner._anchor);
        }

        /// <summary>Clause stage: verbs with their subject, objects, obliques and agent.</summary>
        internal void ReadClauses()
        {
            _read = _lang.Clauses.Read(_doc, sentenceIndex, mentions, startsInQuote, dates);
            _clauses = _read.Clauses;
            EndsInQuote = _read.EndsInQuote;
            _subjects = new List<ActorRef>[_clauses.Count];
        }

        private HashSet<int> _speechClauses = [];

        /// <summary>Speaker stage: the speech clauses and the sentence's speaker.</summary>
        internal void FindSpeech() => _speechClauses = FindSpeakers();

        /// <summary>Actor resolution stage: each clause's subject as actors, remembered for pronouns and pairs later.</summary>
        internal void ResolveSubjects()
        {
            for (int c = 0; c < _clauses.Count; c++)
            {
                _subjects[c] = ResolveSubject(_clauses[c]);
                foreach (var subject in _subjects[c])
                    if (subject.Start >= 0 && !subject.IsFirstPerson) _memory.ObserveSubject(subject.Actor, subject.Start, !subject.HomeDefault);
                if (_clauses[c].Subject.Count >= 2 && _subjects[c] is { Count: >= 2 } both && both[0].Actor.Key != both[1].Actor.Key && !both[0].FromPair)
                    _memory.ObserveCoordinated(both[0].Actor, both[1].Actor, both[0].Start);
            }
        }

        /// <summary>
        /// Event match stage: the lexicon entry (or built-in rule) of each verb clause that is not speech, then the event
        /// nouns that are events of their own.
        /// </summary>
        internal void MatchEvents()
        {
            foreach (var clause in _clauses)
                if (!_speechClauses.Contains(clause.Index) && !IsParticleOfMatched(clause) && MatchVerbClause(clause) is { } matched) _matched.Add(matched);
            MatchNouns();
        }

        /// <summary>Modality stage: what each matched verb clause asserts.</summary>
        internal void WorkOutModalities()
        {
            for (int i = 0; i < _matched.Count; i++) _matched[i] = _matched[i] with { Modality = ModalityOf(_matched[i].Clause) };
        }

        /// <summary>
        /// Target stage: the actor rules on each matched verb clause, then on each matched event noun (whose modality is
        /// worked out here, since it depends on whether the noun has a doer of its own), then statements; each gives
        /// candidate events.
        /// </summary>
        internal void CodeCandidates()
        {
            foreach (var matched in _matched) CodeVerbClause(matched);
            CodeNominalClauses();
            foreach (var c in _speechClauses) CodeStatement(_clauses[c]);
        }

        /// <summary>
        /// Event stage: candidates to records; then the sentence's first day date becomes the story's: the main clause
        /// comes first, and a later date is mostly an act it recalls ("lodged a protest on Thursday after police detained
        /// four fishermen on Monday": the story goes on on Thursday).
        /// </summary>
        internal void EmitEvents()
        {
            _firstEvent = owner._events.Count;
            Emit();
            // Only a day-precise date carries on to the next sentence: "a year ago" or "in May" date nothing after them.
            var first = dates.FirstOrDefault(d => d.Precision == DatePrecision.Day);
            if (first.EndToken > 0) (owner._storyDate, owner._storyDateSentence) = (first, sentenceIndex);
            RememberEventNounDates();
        }

        private int _firstEvent;

        /// <summary>What the stages found in this sentence, as <c>explain</c> prints it.</summary>
        internal SentenceRecord Recorded() => new(
            sentenceIndex, false, mentions, dates, _clauses,
            _speaker.Select(a => a.Actor.Code).ToList(),
            _subjects.Select(list => (IReadOnlyList<string>)(list ?? []).Select(a => a.Actor.Code).ToList()).ToList(),
            _matched.Select(m => new MatchedClause(m.Clause.Index, m.Match.RuleName, m.Modality.Label)).ToList(),
            owner._events.Skip(_firstEvent).ToList());
    }

    /// <summary>
    /// "di Den Haag", "in Geneva": a capital named as where something happened is a venue, not a party the story
    /// can later point back at.
    /// </summary>
    internal bool IsVenue(Mention mention) =>
        mention.Kind == MentionKind.Seat && mention.FirstToken > 0
        && _language.Clauses.Words[_doc[mention.FirstToken - 1].Text] == ClauseWordKind.Locative;

    /// <param name="Rules">The names of the rules that chose the source and the target (see <see cref="Rules.ActorRules"/>).</param>
    /// <param name="ControlRule">Set when a control verb governing the clause turned its code into the intent, threat or
    /// refusal form ("+control-intent(agree to)→036").</param>
    private sealed record Candidate(Clause Clause, PredicateMatch Match, string Code, ActorRef Source, ActorRef? Target,
        Modality Modality, bool FromNoun, EventActorRule Rules, string? ControlRule = null)
    {
        /// <summary>Set when the entry's code for an act aimed at no party named replaced its own ("+untargeted→150").</summary>
        public string? UntargetedRule { get; init; }

        /// <summary>What turned the matched code into <see cref="Code"/>, for the event's rule name.</summary>
        public string? ConversionRule => UntargetedRule is null ? ControlRule : ControlRule is null ? UntargetedRule : UntargetedRule + " " + ControlRule;
    }
}
