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
            // "berjanji membantu", "sepakat memperkuat kerja sama": the promise is coded on the promised act (03x), so the
            // promising verb's own event goes when that act was coded.
            _candidates.RemoveAll(c => !c.FromNoun && _lang.Lexicon.Modality.MatchIntent(_doc, c.Clause.Predicate, _end) is not null
                && _candidates.Exists(o => o != c && IsGovernedBy(o.Clause, c.Clause) && o.Modality.Label == "asserted"));
            // "agreed to resume talks", "refused to meet the envoy": where the governed act was coded in its control form
            // (036, 125), the control verb's own generic event (019, 120) for the same pair goes.
            _candidates.RemoveAll(c => !c.FromNoun && c.ControlRule is null && _candidates.Exists(o => o.ControlRule is not null
                && o.Clause.Governor == c.Clause.Index && o.Source.Actor.Code == c.Source.Actor.Code && o.Target?.Actor.Code == c.Target?.Actor.Code));
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
                var date = c.ControlRule is not null ? StatedDate(c)
                    : DateSelection.ForClause(own, c.Clause.Start, clauseEnd, c.Clause.Predicate)?.For(c.Modality.Intended)
                      ?? LaterDate(c, kept)?.For(c.Modality.Intended)
                      ?? AttributionDate(c.Clause)?.For(c.Modality.Intended)
                      ?? StoryDate();
                var place = PlaceOf(c.Clause);
                owner._events.Add(owner._records.Create(sentenceIndex, c.Match, c.Code, c.Source, c.Target, c.Modality, date, place, c.Rules, c.ControlRule));
            }
        }

        /// <summary>
        /// An intent, threat or refusal a control verb states happens when it is stated: "agreed on Monday to hold talks
        /// early next year" is Monday's, not next year's. The control verb's own clause, up to where the governed one opens,
        /// dates it; else the story's date.
        /// </summary>
        private DateMention? StatedDate(Candidate c)
        {
            var governor = _clauses[c.Clause.Governor];
            int end = c.Clause.OpenerToken >= 0 ? c.Clause.OpenerToken : c.Clause.GroupStart;
            return DateSelection.ForClause(OwnDates(governor), governor.Start, end, governor.Predicate)?.For(false) ?? StoryDate();
        }

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
        /// "exchanged fire near a disputed temple on the border on Tuesday": a date later in the sentence that no other
        /// coded clause holds is this event's, wherever the clause builder ended the clause. A coordinated verb that shares
        /// this clause's subject shares its date too: "arrested 14 fishermen and seized two trawlers early on Sunday".
        /// </summary>
        private DateMention? LaterDate(Candidate candidate, List<Candidate> kept)
        {
            foreach (var d in EventDates)
            {
                if (d.FirstToken < candidate.Clause.Predicate) continue;
                bool other = kept.Exists(k => k.Clause != candidate.Clause && k.Clause.Predicate > candidate.Clause.Predicate
                    && k.Clause.Predicate < d.FirstToken && k.Clause.SubjectFrom != candidate.Clause.Index);
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
