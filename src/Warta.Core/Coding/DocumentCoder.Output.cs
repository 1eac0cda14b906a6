using Warta.Actors;
using Warta.Clauses;
using Warta.Dates;

namespace Warta.Coding;

internal sealed partial class DocumentCoder
{
    /// <summary>Candidates to records: dedup, dates, places.</summary>
    internal sealed partial class SentenceCoder
    {
        private void Emit()
        {
            // "berupaya membunuh", "mencoba membunuh" (185): a verb whose own entry took the verb it governs as its cue codes
            // the two together, so the governed act read as intended (an intent or threat, 1383) is no event of its own.
            // (A cue noun in the governed clause is not enough: "berjanji akan melanjutkan bantuan militer kepada X" is coded
            // on the promised act, which names the party; a control verb's reading and an alleged act stay.)
            RemoveCandidates(o => !o.FromNoun && o.ControlRule is null && o.Modality.Intended
                                       && _candidates.Exists(c => c != o && IsCueVerbOf(o.Clause, c)));
            // "berjanji membantu", "sepakat memperkuat kerja sama": the promise is coded on the promised act (03x), so the
            // promising verb's own event goes when that act was coded.
            RemoveCandidates(c => !c.FromNoun && _lang.Lexicon.Modality.MatchIntent(_doc, c.Clause.Predicate, _end) is not null
                && _candidates.Exists(o => o != c && IsGovernedBy(o.Clause, c.Clause) && o.Modality.Label == "asserted"));
            // "agreed to resume talks", "refused to meet the envoy": where the governed act was coded in its control form
            // (036, 125), the control verb's own generic event (019, 120) for the same pair goes.
            RemoveCandidates(c => !c.FromNoun && c.ControlRule is null && _candidates.Exists(o => o.ControlRule is not null
                && o.Clause.Governor == c.Clause.Index && o.Source.Actor.Code == c.Source.Actor.Code && o.Target?.Actor.Code == c.Target?.Actor.Code));
            // "menyerang pelabuhan Izmail, merusak gudang gandum dan menewaskan dua orang": what the attack did is no act of its own.
            RemoveCandidates(IsResultOfAssault);
            // One event per (source, target, root) in a sentence: a verb beats the noun it governs, a longer code a shorter one.
            var kept = new List<Candidate>();
            // Kept first: a verb over a noun, a named target over an implicit one, a specific code over a generic x0.
            foreach (var c in _candidates.OrderBy(c => c.FromNoun).ThenBy(c => c.Target is { IsImplicit: true })
                         .ThenByDescending(c => c.Code.Length).ThenBy(c => c.Code.EndsWith('0')))
            {
                if (kept.Exists(k => k.Source.Actor.Code == c.Source.Actor.Code && k.Target?.Actor.Code == c.Target?.Actor.Code
                                     && SameRootAndModality(k, c))) continue;
                kept.Add(c);
            }
            foreach (var c in kept.OrderBy(c => c.Clause.Predicate))
                owner._events.Add(owner._records.Create(sentenceIndex, c.Match, c.Code, c.Source, c.Target, c.Modality, DateOf(c, kept),
                    PlaceOf(c.Clause), c.Rules, c.ConversionRule));
        }

        private static bool SameRootAndModality(Candidate a, Candidate b) =>
            a.Code.AsSpan(0, 2).SequenceEqual(b.Code.AsSpan(0, 2)) && a.Modality.Label == b.Modality.Label;

        /// <summary>
        /// Removes the candidates the test holds for, each judged against all the candidates as they were before any went:
        /// the tests look at the other candidates, which <see cref="List{T}.RemoveAll"/> moves while it runs.
        /// </summary>
        private void RemoveCandidates(Func<Candidate, bool> test)
        {
            var gone = new HashSet<Candidate>(_candidates.Where(test), ReferenceEqualityComparer.Instance);
            if (gone.Count > 0) _candidates.RemoveAll(gone.Contains);
        }

        /// <summary>
        /// "Pasukan Rusia menyerang pelabuhan Izmail, merusak fasilitas gandum dan menewaskan dua orang", "militants stormed the
        /// town, killing dozens", "melancarkan tembakan artileri ke kamp-kamp gerilyawan, menewaskan 50 orang": a verb coordinated
        /// after an asserted assault whose subject it shares (the assault's verb, or the light verb that carries an assault
        /// noun), and whose code is a result of force (the behaviour column <c>consequence</c>: killing, wounding, destroying),
        /// tells what that assault did. CAMEO codes the assault once. A result whose victims are of another country than
        /// the assault's target stays: one of the two targets is wrong, and which one the coder cannot tell. In a clash both
        /// ways (a reciprocal entry: "terlibat baku tembak …, menewaskan satu tentara Pakistan") the dead of either side are its result.
        /// </summary>
        private bool IsResultOfAssault(Candidate c) =>
            !c.FromNoun && c.Clause.Opener == ClauseOpener.Coordinated && Behaviour(c.Code).Consequence
            && _candidates.Exists(o => o != c && Behaviour(o.Code).Assault && !Behaviour(o.Code).Consequence
                && o.Source.Actor.Code == c.Source.Actor.Code && o.Modality.Label == c.Modality.Label
                && AssaultClause(o) is { } assault && SharesSubjectOf(c.Clause, assault)
                && (c.Target is null or { IsImplicit: true } || o.Target?.Actor.Country == c.Target?.Actor.Country
                    || o.Match.Reciprocal && o.Source.Actor.Country == c.Target?.Actor.Country));

        /// <summary>The verb clause an assault was done in: its own, or the host verb's of an assault noun ("melancarkan serangan").</summary>
        private Clause? AssaultClause(Candidate assault) => assault.FromNoun ? HostClause(assault.Clause.Predicate) : assault.Clause;

        private bool IsCueVerbOf(Clause clause, Candidate governing) =>
            !governing.FromNoun && governing.Match.HasCue && governing.Match.CueStart == clause.Predicate && IsGovernedBy(clause, governing.Clause);

        /// <summary>Whether <paramref name="clause"/>'s unwritten subject is, through the clauses it shares it with, <paramref name="earlier"/>'s.</summary>
        private bool SharesSubjectOf(Clause clause, Clause earlier)
        {
            for (int from = clause.SubjectFrom, steps = 0; from >= 0 && steps < _clauses.Count; from = _clauses[from].SubjectFrom, steps++)
                if (from == earlier.Index) return true;
            return false;
        }

        /// <summary>The event's date and the rule that chose it, in this order (docs/dates.md, "Which date an event takes").</summary>
        private EventDate DateOf(Candidate c, List<Candidate> kept)
        {
            if (c.ControlRule is not null)
                return (StatedDate(c) ?? Dateline()?.For(false)) is { } stated ? new(stated, DateRule.ControlVerb) : Undated(_clauses[c.Clause.Governor]);
            bool future = c.Modality.Intended;
            // A date that starts inside the clause belongs to it even where the clause stops early: "pada Selasa (14/3)".
            int clauseEnd = c.Clause.End;
            var own = OwnDates(c.Clause);
            foreach (var d in own)
                if (d.FirstToken >= c.Clause.Start && d.FirstToken < clauseEnd && d.EndToken > clauseEnd) clauseEnd = d.EndToken;
            if (DateSelection.ForClause(own, c.Clause.Start, clauseEnd, c.Clause.Predicate) is { } inClause)
                return UnlessReported(c, inClause, DateRule.Clause);
            if (LaterDate(c, kept) is { } later) return UnlessReported(c, later, DateRule.LaterInSentence);
            if (AttributionDate(c.Clause) is { } attributed) return new(attributed.For(future), DateRule.QuoteAttribution);
            return Undated(c.Clause);
        }

        private EventDate UnlessReported(Candidate c, DateMention date, DateRule rule) =>
            DayBeforeReport(c, date) is { } before ? new(before, DateRule.BeforeReport) : new(date.For(c.Modality.Intended), rule);

        /// <summary>A clause the sentence gives no date: an event noun's earlier day, else the story's, else the published date.</summary>
        private EventDate Undated(Clause clause) =>
            NamedEventDate(clause) is { } named ? new(named, DateRule.EventNoun)
            : StoryDate() is { } story ? new(story, DateRule.Story) : new(null, DateRule.Published);

        /// <summary>
        /// An intent, threat or refusal a control verb states happens when it is stated: "agreed on Monday to hold talks
        /// early next year" is Monday's, not next year's. The control verb's own clause, up to where the governed one opens,
        /// dates it.
        /// </summary>
        private DateMention? StatedDate(Candidate c)
        {
            var governor = _clauses[c.Clause.Governor];
            int end = c.Clause.OpenerToken >= 0 ? c.Clause.OpenerToken : c.Clause.GroupStart;
            return DateSelection.ForClause(OwnDates(governor), governor.Start, end, governor.Predicate)?.For(false);
        }

        /// <summary>
        /// "Insurgents beheaded 11 villagers, local officials said on Thursday", "Polisi menangkap dua orang, kata juru bicara
        /// itu, Senin": the later date belongs to the speech verb that reports the act, not to the act, which happened no
        /// later than the report and, in wire copy, mostly the day before. A day-precise report date gives the day before it
        /// (null: the date is no report's, or the event is <see cref="SaidWhenReported"/>).
        /// </summary>
        private DateMention? DayBeforeReport(Candidate c, DateMention later)
        {
            if (later.Precision != DatePrecision.Day || later.FirstToken <= c.Clause.Predicate || SaidWhenReported(c)) return null;
            // The verb the date hangs on: the last verb between the act and the date, else the one right after the date
            // ("officials on Thursday said"; not "seized a boat on Thursday, said officials").
            Clause? holder = null;
            foreach (var k in _clauses)
            {
                if (k.IsNominal || k.Index == c.Clause.Index || k.Predicate <= c.Clause.Predicate) continue;
                if (k.Predicate < later.FirstToken) holder = k;
                else if (holder is null && k.Predicate == later.EndToken) holder = k;
            }
            if (holder is null || !_speechClauses.Contains(holder.Index) || holder.InQuote) return null;
            return later with { Date = later.Date.AddDays(-1), Forward = null };
        }

        /// <summary>
        /// What the report itself says keeps the report's day: a quote (the words said that day), a statement (a speech
        /// verb's event, or any 01x), an intended, hypothetical or questioned act, and a speaker's own verbal act reported by
        /// himself ("China protested, its ministry said on Thursday": the statement is the protest).
        /// </summary>
        private bool SaidWhenReported(Candidate c) =>
            c.Clause.InQuote || _speechClauses.Contains(c.Clause.Index) || c.Code.StartsWith("01", StringComparison.Ordinal)
            || c.Modality.Intended || c.Modality.Hypothetical || c.Modality.Question
            || IsVerbal(c.Code) && _speaker.Exists(s => s.Actor.Key == c.Source.Actor.Key);

        /// <summary>Verbal cooperation or conflict (GDELT quad 1 or 3): an act done by saying something.</summary>
        private bool IsVerbal(string code) => owner._resources.Codebook.TryGet(code, out var cameo) && cameo.Quad is 1 or 3;

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

        /// <summary>
        /// "Qatar meminta Ethiopia menerima tawaran mediasi, Senin (12/5).", "Rusia mengancam akan menutup perbatasan,
        /// Selasa (13/5).": a day set off by a comma at the very end of the sentence is the wire report's dateline, the day
        /// of the sentence's act as a whole; an act the main verb governs (what was asked, threatened or promised) does not
        /// hold it away from that verb.
        /// </summary>
        private bool IsDateline(DateMention d)
        {
            if (d.Precision != DatePrecision.Day || d.FirstToken <= _start || _doc[d.FirstToken - 1].Text is not ",") return false;
            for (int t = d.EndToken; t < _end; t++)
                if (_doc.TokenRows[t].Pos != Warta.Text.Upos.PUNCT) return false;
            return true;
        }

        private DateMention? Dateline()
        {
            foreach (var d in EventDates)
                if (IsDateline(d)) return d;
            return null;
        }

        /// <summary>
        /// "exchanged fire near a disputed temple on the border on Tuesday": a date later in the sentence that no other
        /// coded clause holds is this event's, wherever the clause builder ended the clause. A coordinated verb that shares
        /// this clause's subject shares its date too: "arrested 14 fishermen and seized two trawlers early on Sunday".
        /// </summary>
        private DateMention? LaterDate(Candidate candidate, List<Candidate> kept)
        {
            foreach (var d in EventDates)
            {
                if (d.FirstToken < candidate.Clause.Predicate) continue;
                bool dateline = IsDateline(d);
                bool other = kept.Exists(k => k.Clause != candidate.Clause && k.Clause.Predicate > candidate.Clause.Predicate
                    && k.Clause.Predicate < d.FirstToken && k.Clause.SubjectFrom != candidate.Clause.Index
                    && !(dateline && IsGovernedBy(k.Clause, candidate.Clause)));
                if (!other) return d;
            }
            return null;
        }

        /// <summary>
        /// "“Kami sangat menyesalkan …,” kata juru bicara itu, kemarin": a quoted clause with no date of its own was said when
        /// its attribution (the first unquoted verb after it) says.
        /// </summary>
        private DateMention? AttributionDate(Clause quoted)
        {
            if (!quoted.InQuote) return null;
            var attribution = _clauses.Find(a => !a.InQuote && !a.IsNominal && a.Predicate > quoted.Predicate);
            if (attribution is null) return null;
            foreach (var d in EventDates)
                if (d.FirstToken > attribution.Predicate) return d;
            return null;
        }

        /// <summary>
        /// "Kamikawa raised the seizure in a phone call on Tuesday. … They agreed during the call to keep communicating":
        /// an event noun with a demonstrative (the call, pertemuan itu) in a clause with no date of its own points back at
        /// the same noun named earlier in the story with a day, and the clause happened then, not on the story's latest day.
        /// </summary>
        private DateMention? NamedEventDate(Clause clause)
        {
            foreach (var noun in _nouns)
                if ((noun.Nominal == clause || IsOwnNoun(clause, noun.Token))
                    && IsDefinite(noun.Token) && owner._eventNounDates.TryGetValue(EventNounKey(noun.Token), out var date))
                    return date;
            return null;
        }

        /// <summary>A noun with no other verb between it and the clause's verb: "agreed during the call", "Dalam pertemuan itu, X sepakat".</summary>
        private bool IsOwnNoun(Clause clause, int noun)
        {
            if (clause.IsNominal) return false;
            int from = Math.Min(noun, clause.Predicate), to = Math.Max(noun, clause.Predicate);
            return !_clauses.Exists(k => !k.IsNominal && k.Predicate > from && k.Predicate < to);
        }

        /// <summary>After the sentence is coded: each event noun followed closely by a day ("talks on Tuesday") is remembered with it.</summary>
        private void RememberEventNounDates()
        {
            foreach (int noun in _nouns.Select(n => n.Token).Concat(_carriedNouns))
                foreach (var d in EventDates)
                {
                    if (d.FirstToken <= noun || d.FirstToken - noun > EventNounDateReach) continue;
                    if (d.Precision == DatePrecision.Day && !_clauses.Exists(k => !k.IsNominal && k.Predicate > noun && k.Predicate < d.FirstToken))
                        owner._eventNounDates[EventNounKey(noun)] = d;
                    break;
                }
        }

        /// <summary>"a phone call on Tuesday", "perundingan di Beijing, Selasa (21/5)": how far after its noun a day still names its day.</summary>
        private const int EventNounDateReach = 4;

        private string EventNounKey(int t) => _doc[t].Morph?.Lemma ?? _doc[t].Form;

        /// <summary>A sentence that names no date continues the story of the sentence before that did.</summary>
        private DateMention? StoryDate() =>
            owner._storyDate is { } story && sentenceIndex - owner._storyDateSentence <= StoryDateReach ? story : null;

        private const int StoryDateReach = 100;

        /// <summary>
        /// The dates that can date an event: "this year" or "in 2025" in the published year says less than the published date.
        /// </summary>
        private IReadOnlyList<DateMention> EventDates => _eventDates ??=
            dates.Where(d => !(d.Precision == DatePrecision.Year && d.Date.Year == owner._published.Year)).ToList();
        private List<DateMention>? _eventDates;

        private EventPlace? PlaceOf(Clause clause)
        {
            foreach (var phrase in clause.Obliques)
            {
                if (!IsLocative(phrase.Preposition) && !HasRole(phrase.Preposition, WordRole.VenuePreposition)) continue;
                for (int t = phrase.Start; t < phrase.End; t++)
                    if (MentionAt(t) is { } m && m.Kind is MentionKind.Place or MentionKind.Seat or MentionKind.Country)
                        return new EventPlace(owner.TextOf(m), m.Actor.Country);
            }
            return null;
        }

        private bool IsWordIn(int t, IReadOnlyList<string> words)
        {
            if (t < 0) return false;
            var text = _doc[t].Text;
            foreach (var w in words) if (text.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }
}
