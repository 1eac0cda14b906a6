using Warta.Actors;
using Warta.Clauses;
using Warta.Parsing;
using Warta.Text;

namespace Warta.Coding;

internal sealed partial class DocumentCoder
{
    /// <summary>The sentence's speakers: speech clauses, "menurut X", quotes that continue a speaker.</summary>
    internal sealed partial class SentenceCoder
    {
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

        /// <summary>
        /// The speech clause that reports <paramref name="clause"/> ("said that police arrested …", "mengatakan tentara
        /// menembaki …"), or -1: the first speech verb up its governors, the tag reading's or, where the tags left a clause
        /// unlinked, the verb the tree hangs it on (a ccomp or xcomp: <see cref="ModalityGovernor"/>); at the top, an
        /// attribution after it (<see cref="TrailingAttribution"/>). Only the statement
        /// reads it; who a reported clause's missing subject and "would" are stays with the tag governors
        /// (<see cref="GovernedBySpeech"/>): read through the tree frames they lowered articles-dev.en.
        /// </summary>
        private int ReportingClause(Clause clause)
        {
            // Asked for every candidate of every speech clause: the walk is done once per clause of the sentence (stored
            // plus one, 0 for not yet); a clause built apart (an event noun's) is walked each time.
            if (clause.Index >= _clauses.Count || _clauses[clause.Index] != clause) return FindReportingClause(clause);
            _reportingClauses ??= new int[_clauses.Count];
            ref int known = ref _reportingClauses[clause.Index];
            if (known == 0) known = FindReportingClause(clause) + 1;
            return known - 1;
        }

        private int[]? _reportingClauses;

        private int FindReportingClause(Clause clause)
        {
            var current = clause;
            for (int guard = 0; guard < 8; guard++)
            {
                var (g, _) = ModalityGovernor(current, TreeModalityOf(current));
                if (g < 0) return TrailingAttribution(current);
                if (g == clause.Index) return -1;
                if (IsSpeech(_clauses[g])) return g;
                current = _clauses[g];
            }
            return -1;
        }

        /// <summary>
        /// "Malaysia criticised Indonesia over the dispute, the ministry said on Thursday": an attribution set off by a comma
        /// after the act, which the tree hangs on the act (parataxis, or conj where the parser took it for a second verb)
        /// instead of above it. It reports the act when it has a subject of its own and no reported clause, object or
        /// coordinating word of its own ("…, and the minister said the arrests were lawful" reports something else). -1 for none.
        /// </summary>
        private int TrailingAttribution(Clause clause)
        {
            if (_read!.Tree is not { } tree || clause.IsNominal) return -1;
            foreach (int verb in tree.Children(clause.Predicate))
            {
                if (verb <= clause.Predicate || !(tree.Is(verb, "parataxis") || tree.Is(verb, "conj"))) continue;
                int k = _clauses.FindIndex(c => c.Predicate == verb);
                if (k < 0 || !IsSpeech(_clauses[k]) || !IsBareAttribution(tree, verb)) continue;
                return k;
            }
            return -1;
        }

        private static bool IsBareAttribution(DependencyTree tree, int verb)
        {
            bool subject = false, comma = false;
            foreach (int c in tree.Children(verb))
            {
                if (tree.Is(c, "ccomp") || tree.Is(c, "obj") || tree.Is(c, "cc")) return false;
                if (tree.Is(c, "nsubj")) subject = true;
                else if (c < verb && tree.Is(c, "punct") && tree.Doc[c].Text.SequenceEqual(",")) comma = true;
            }
            return subject && comma;
        }

        /// <summary>
        /// "The minister said that police arrested two activists", "“…,” kata X": a speech verb whose reported clause (or,
        /// for a quote's attribution, a clause of the quote) was coded as an asserted event said that event, no bare statement.
        /// </summary>
        private bool ReportsCodedEvent(Clause speech) =>
            _candidates.Exists(c => c.Modality == Modality.Asserted
                && ((c.Clause.IsNominal ? HostClause(c.Clause.Predicate) : c.Clause) is { } reported
                    && ReportingClause(reported) == speech.Index
                    || c.Clause.InQuote && !speech.InQuote));

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
    }
}
