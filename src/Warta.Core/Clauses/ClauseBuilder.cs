using Warta.Actors;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Clauses;

/// <summary>
/// Finds the clauses of a sentence: each verb with its subject, objects, prepositional phrases and passive agent,
/// from the tags alone (a shallow parse, no dependency model). Actor mentions are atomic noun phrases, so a
/// "Duta Besar Ukraina untuk Kazakhstan" is never cut at its preposition. Comma-delimited asides of 2–8 tokens
/// after a noun ("Majelis Rakyat Kazakhstan, sebuah badan …, juga mengutuk") are stepped over when looking for
/// a subject, the way PETRARCH drops short comma clauses, but still yield their own clauses.
/// </summary>
public sealed class ClauseBuilder(ClauseWords words)
{
    public ClauseWords Words { get; } = words;

    /// <summary>The verb clauses of sentence <paramref name="sentenceIndex"/>, in order.</summary>
    public List<Clause> Build(Document doc, int sentenceIndex, IReadOnlyList<Mention> mentions, bool startsInQuote = false,
        IReadOnlyList<Dates.DateMention>? dates = null) => Read(doc, sentenceIndex, mentions, startsInQuote, dates).Clauses;

    /// <summary>
    /// Reads sentence <paramref name="sentenceIndex"/> once: its verb clauses, whether a quote is still open at its end,
    /// and, from the same reading, the clause of any event noun (<see cref="SentenceClauses.BuildNominal"/>).
    /// </summary>
    public SentenceClauses Read(Document doc, int sentenceIndex, IReadOnlyList<Mention> mentions, bool startsInQuote = false,
        IReadOnlyList<Dates.DateMention>? dates = null) =>
        Read(doc, new SentenceScan(doc, sentenceIndex, mentions, Words, startsInQuote, dates));

    /// <summary>Reads the sentence <paramref name="scan"/> was made for (the tree reader shares the scan).</summary>
    internal SentenceClauses Read(Document doc, SentenceScan scan)
    {
        var clauses = new List<Clause>();
        for (int t = scan.Start; t < scan.End; t++)
        {
            if (!scan.IsPredicate(t)) continue;
            var clause = new Clause
            {
                Index = clauses.Count, Predicate = t, IsNominal = false, Voice = doc.TokenRows[t].Voice,
                InQuote = scan.InQuote(t),
            };
            FindLeft(scan, clause, clauses);
            FindRight(scan, clause, t + 1);
            // "a swap mediated by the UAE": an English participle with a by-phrase is a passive without its auxiliary
            // (not when an object follows the verb: in "rejected the accusation by Pakistan" the by-phrase is the noun's).
            if (clause.Voice != Voice.Passive && clause.Agent.Count > 0 && clause.Objects.Count == 0 && doc.Language == Languages.Language.English
                && scan.IsPastForm(t) && (clause.Subject.Count == 0 || t > 0 && doc.TokenRows[t - 1].Pos is Upos.NOUN or Upos.PROPN))
                clause.Voice = Voice.Passive;
            clauses.Add(clause);
        }
        FiniteConjuncts.Rejoin(clauses, scan);
        return new SentenceClauses(this, scan, clauses);
    }

    /// <summary>
    /// A clause for an event noun (serangan, sanksi, attack): the phrases after it within its noun phrase and
    /// the prepositional phrases that follow.
    /// </summary>
    internal Clause BuildNominal(SentenceScan scan, int noun, int index)
    {
        var clause = new Clause
        {
            Index = index, Predicate = noun, IsNominal = true, Voice = Voice.None, InQuote = scan.InQuote(noun),
            Start = noun, GroupStart = noun,
        };
        // English possessor before the noun: "Russia's attack".
        int before = noun - 1;
        while (before >= scan.Start && scan.Pos(before) is Upos.ADJ) before--;
        if (before >= scan.Start && scan.IsPossessive(before) && before - 1 >= scan.Start && scan.IsNominal(before - 1))
            clause.Subject.Add(scan.PhraseEndingAt(before - 1));
        // Indonesian possessor after the noun, inside the same noun phrase: "serangan Rusia", "dukungannya".
        int next = noun + 1;
        if (next < scan.End && scan.IsNominal(next) && scan.MentionAt(next) >= 0 || next < scan.End && scan.IsThirdPersonClitic(next))
        {
            var possessor = scan.PhraseStartingAt(next, -1);
            clause.Subject.Add(possessor);
            next = possessor.End;
        }
        else
        {
            while (next < scan.End && scan.IsNominal(next) && scan.MentionAt(next) < 0) next++;
        }
        FindRight(scan, clause, next);
        return clause;
    }

    private static void FindLeft(SentenceScan scan, Clause clause, List<Clause> previous)
    {
        int v = clause.Predicate;
        int i = v - 1;
        while (i >= scan.Start && scan.IsVerbGroupOrAdverb(i)) i--;
        // "adalah untuk “membunuh …": a quote that opens right before the verb continues the clause around it.
        if (i > scan.Start && scan.IsOpeningQuote(i)) i--;
        clause.GroupStart = i + 1;
        clause.Start = i + 1;
        bool stepped = false;
        (int Open, int Close) firstAside = (-1, -1);
        while (i >= scan.Start)
        {
            // "pada Rabu (16/11) menyerukan": a date is an adjunct, stepped over like a prepositional phrase.
            if (scan.DateStart(i) is var dateStart && dateStart >= 0)
            {
                i = dateStart - 1;
                continue;
            }
            // "Kementerian Kelautan dan Perikanan (KKP) menangkap": a bracketed acronym or gloss is stepped over.
            if (scan.BracketOpening(i) is var bracket && bracket > scan.Start)
            {
                i = bracket - 1;
                continue;
            }
            if (scan.IsPredicate(i))
            {
                // Two verbs in a row (mencoba menarik): the second is governed by the first.
                Inherit(clause, previous, ClauseOpener.Chain, -1);
                return;
            }
            var kind = scan.Kind(i);
            switch (kind)
            {
                case ClauseWordKind.Chain when !stepped:
                    clause.Start = i;
                    Inherit(clause, previous, ClauseOpener.Chain, i);
                    return;
                case ClauseWordKind.Relative:
                    OpenRelative(scan, clause, i);
                    return;
                // "a resolution that aims to …": a complementizer the tagger calls a pronoun, after a noun, is a relative
                // pronoun (the complementizer of "said that Peru must …" is tagged SCONJ).
                case ClauseWordKind.Complementizer when scan.Pos(i) == Upos.PRON && i > scan.Start && scan.IsNominal(i - 1):
                    OpenRelative(scan, clause, i);
                    return;
                case ClauseWordKind.Complementizer:
                    Open(clause, previous, ClauseOpener.Complement, i);
                    return;
                case ClauseWordKind.Subordinator:
                    Open(clause, previous, ClauseOpener.Subordinate, i);
                    return;
                case ClauseWordKind.Condition:
                    Open(clause, previous, ClauseOpener.Condition, i);
                    return;
                case ClauseWordKind.Coordinator when !stepped && !scan.IsNominal(i):
                    clause.Start = i;
                    if (previous.Count > 0) Inherit(clause, previous, ClauseOpener.Coordinated, i);
                    return;
            }
            if (scan.IsComma(i))
            {
                int open = scan.AsideOpening(i);
                if (open >= 0 && !stepped && i == clause.GroupStart - 1 && ParentheticalAfterClause(scan, previous, open, i) is var before && before >= 0)
                {
                    // "handed a note to the embassy, she told a news briefing, asking Beijing to …": a clause aside (not a
                    // relative one) between a clause and the verb is a parenthesis; the verb phrase after it continues the
                    // clause before it and shares its subject (the aside's nouns and that clause's object are not its subject).
                    clause.Start = i;
                    Inherit(clause, previous[..(before + 1)], ClauseOpener.Coordinated, i);
                    return;
                }
                if (open >= 0)
                {
                    if (firstAside.Open < 0) firstAside = (open, i);
                    i = open - 1;
                    continue;
                }
                if (!stepped && previous.Count > 0)
                {
                    // ", mengkritiknya": a verb phrase after a comma shares the previous clause's subject.
                    clause.Start = i;
                    Inherit(clause, previous[..(OutermostRelative(previous) + 1)], ClauseOpener.Coordinated, i);
                    return;
                }
                i--;
                continue;
            }
            if (scan.IsNominal(i))
            {
                var phrase = scan.PhraseEndingAt(i);
                if (phrase.IsGoverned && scan.IsOf(phrase.Preposition) && phrase.Preposition - 1 >= scan.Start && scan.IsNominal(phrase.Preposition - 1))
                {
                    // "Thousands of students protested": the quantity and its "of" phrase are one subject.
                    var head = scan.PhraseEndingAt(phrase.Preposition - 1);
                    var whole = new Phrase(head.Start, phrase.End, head.Preposition);
                    if (!whole.IsGoverned)
                    {
                        clause.Subject.Add(whole);
                        clause.Start = whole.Start;
                        AddCoordinatedSubjects(scan, clause, whole.Start - 1);
                        return;
                    }
                }
                if (phrase.IsGoverned && scan.Kind(phrase.Preposition) == ClauseWordKind.Chain && scan.Pos(phrase.Preposition) != Upos.ADP
                    && phrase.End == clause.GroupStart)
                {
                    // "agar pemerintah mengusir": the chain word opens a clause whose subject is the phrase.
                    clause.Subject.Add(phrase with { Preposition = -1 });
                    clause.Start = phrase.Preposition;
                    clause.Opener = ClauseOpener.Chain;
                    clause.OpenerToken = phrase.Preposition;
                    if (previous.Count > 0) clause.Governor = previous[^1].Index;
                    return;
                }
                if (phrase.IsGoverned)
                {
                    // A prepositional phrase before the verb (Pada 4 Oktober, Menurut laporan media, di Rusia) modifies
                    // the clause or the subject; the subject is further left.
                    i = phrase.Preposition - 1;
                    stepped = true;
                    continue;
                }
                // "Dua belas nelayan yang telah menjalani pemeriksaan dideportasi": a phrase that is the object of a
                // relative clause is not the subject; the relative clause's antecedent is.
                if (previous.Find(p => p.Opener == ClauseOpener.Relative && p.Antecedent is not null && p.Objects.Contains(phrase)) is { } relative)
                    phrase = relative.Antecedent!.Value;
                phrase = AntecedentOfDescribingRelative(scan, phrase) ?? phrase;
                clause.Subject.Add(phrase);
                clause.Start = phrase.Start;
                AddCoordinatedSubjects(scan, clause, phrase.Start - 1);
                MarkOpenerBefore(scan, clause, previous);
                // "menuduh Pakistan melancarkan", "urged Tokyo to address": the subject is the previous verb's object,
                // and the clause is that verb's complement.
                if (clause.Opener == ClauseOpener.None && previous.Count > 0 && previous[^1].Objects.Count > 0
                    && previous[^1].Objects[0].Start == clause.Start)
                    clause.Governor = previous[^1].Index;
                return;
            }
            if (scan.Pos(i) is Upos.ADV or Upos.AUX or Upos.PART) { i--; continue; }
            if ((scan.Pos(i) == Upos.ADP || scan.Pos(i) == Upos.SCONJ && kind == ClauseWordKind.None)
                && !stepped && i + 1 == clause.GroupStart && previous.Count > 0 && (previous[^1].End == clause.GroupStart || previous[^1].End == i))
            {
                // "accused Kyiv of mistreating", "atas tindakan": a verb as the complement of a preposition is governed by
                // the verb before, and its subject is that verb's object when it has one (Kyiv mistreated, not the accuser).
                clause.Start = i;
                Inherit(clause, previous, ClauseOpener.Chain, i);
                if (previous[^1].Objects.Count > 0 && scan.HasMention(previous[^1].Objects[0]))
                {
                    clause.Subject.Add(previous[^1].Objects[0]);
                    clause.SubjectFrom = -1;
                }
                return;
            }
            break; // a quote, a bracket, a colon, an unknown conjunction: the clause starts here
        }
        // "Pada 4 Oktober, duta besar Astana untuk Rusia, …, dipanggil": what looked like an aside was the subject.
        if (clause.Subject.Count == 0 && firstAside.Open >= 0 && SubjectInside(scan, firstAside.Open, firstAside.Close) is { } inside)
        {
            clause.Subject.Add(inside);
            clause.Start = inside.Start;
            return;
        }
        if (clause.Subject.Count == 0 && previous.Count > 0 && clause.SubjectFrom < 0)
            clause.SubjectFrom = previous[^1].Index;
    }

    /// <summary>
    /// The previous clause, or, when it is a relative clause on a noun of an earlier relative clause ("Saudi Arabia, which
    /// leads a coalition that intervened in Yemen, welcomed …"), the outermost relative of that nest: the comma after the
    /// nest closes the outer one, and the verb after it shares the outer one's antecedent, not the inner one's.
    /// </summary>
    private static int OutermostRelative(List<Clause> previous)
    {
        int k = previous.Count - 1;
        while (k > 0 && previous[k].Opener == ClauseOpener.Relative && previous[k].Antecedent is { } antecedent)
        {
            int outer = previous.FindLastIndex(k - 1, p => p.Opener == ClauseOpener.Relative
                && (p.Objects.Exists(o => o.Overlaps(antecedent)) || p.Obliques.Exists(o => o.Overlaps(antecedent))));
            if (outer < 0) break;
            k = outer;
        }
        return k;
    }

    private static void OpenRelative(SentenceScan scan, Clause clause, int relative)
    {
        clause.Start = relative;
        clause.Opener = ClauseOpener.Relative;
        clause.OpenerToken = relative;
        int a = relative - 1;
        if (a >= scan.Start && scan.IsComma(a)) a--;
        if (a >= scan.Start && scan.IsNominal(a)) clause.Antecedent = scan.PhraseEndingAt(a);
    }

    /// <summary>"Para pekerja yang marah memblokir": a relative of adjectives only (no verb of its own, so no clause)
    /// describes the noun before it; that noun, not the adjective, is the subject.</summary>
    private static Phrase? AntecedentOfDescribingRelative(SentenceScan scan, Phrase phrase)
    {
        int relative = phrase.Start - 1;
        if (relative - 1 < scan.Start || scan.Kind(relative) != ClauseWordKind.Relative || !scan.IsNominal(relative - 1)) return null;
        for (int t = phrase.Start; t < phrase.End; t++)
            if (scan.Pos(t) is not (Upos.ADJ or Upos.ADV) || scan.MentionAt(t) >= 0) return null;
        var antecedent = scan.PhraseEndingAt(relative - 1);
        return antecedent.IsGoverned ? null : antecedent;
    }

    private static Phrase? SubjectInside(SentenceScan scan, int open, int close)
    {
        for (int t = open + 1; t < close; t++)
        {
            if (!scan.IsNominal(t)) continue;
            var phrase = scan.PhraseStartingAt(t, -1);
            if (phrase.End > close) return null;
            if (scan.HasMention(phrase) && !(t - 1 > open && scan.Pos(t - 1) == Upos.ADP)) return phrase;
            t = phrase.End - 1;
        }
        return null;
    }

    /// <summary>"Jika Rusia menyerang …", "bahwa Indonesia akan …": the word before a written subject opens the clause.</summary>
    private static void MarkOpenerBefore(SentenceScan scan, Clause clause, List<Clause> previous)
    {
        int i = clause.Start - 1;
        if (i < scan.Start) return;
        var opener = scan.Kind(i) switch
        {
            ClauseWordKind.Condition => ClauseOpener.Condition,
            ClauseWordKind.Complementizer => ClauseOpener.Complement,
            ClauseWordKind.Subordinator => ClauseOpener.Subordinate,
            // "menuntut agar pemerintah mengusir": the demand governs what it asks for.
            ClauseWordKind.Chain when scan.Pos(i) != Upos.ADP => ClauseOpener.Chain,
            _ => ClauseOpener.None,
        };
        if (opener == ClauseOpener.None) return;
        clause.Opener = opener;
        clause.OpenerToken = i;
        clause.Start = i;
        if (opener is ClauseOpener.Complement or ClauseOpener.Chain && previous.Count > 0) clause.Governor = previous[^1].Index;
    }

    private static void Open(Clause clause, List<Clause> previous, ClauseOpener opener, int token)
    {
        clause.Start = token;
        clause.Opener = opener;
        clause.OpenerToken = token;
        if (previous.Count == 0) return;
        if (opener == ClauseOpener.Complement) clause.Governor = previous[^1].Index;
        // "X mengatakan bahwa akan …": a complement or adverbial clause without a subject shares the main clause's.
        clause.SubjectFrom = previous[^1].Index;
    }

    private static void Inherit(Clause clause, List<Clause> previous, ClauseOpener opener, int token)
    {
        clause.Opener = opener;
        clause.OpenerToken = token;
        if (previous.Count == 0) return;
        var from = previous[^1];
        clause.SubjectFrom = from.Index;
        if (opener == ClauseOpener.Chain) clause.Governor = from.Index;
    }

    private static void AddCoordinatedSubjects(SentenceScan scan, Clause clause, int i)
    {
        // "Indonesia dan Malaysia mengecam", "Indonesia, Malaysia dan Singapura mengecam": the link next to the verb's
        // subject is a conjunction; commas only continue the list.
        if (i <= scan.Start || scan.Kind(i) != ClauseWordKind.Coordinator) return;
        while (i > scan.Start && (scan.Kind(i) == ClauseWordKind.Coordinator || scan.IsComma(i)) && scan.IsNominal(i - 1))
        {
            var phrase = scan.PhraseEndingAt(i - 1);
            if (phrase.IsGoverned || !scan.HasMention(phrase)) break;
            clause.Subject.Insert(0, phrase);
            clause.Start = phrase.Start;
            i = phrase.Start - 1;
        }
    }

    private static void FindRight(SentenceScan scan, Clause clause, int j)
    {
        int end = scan.End;
        while (j < end)
        {
            if (scan.IsPredicate(j)) break;
            var kind = scan.Kind(j);
            if (kind is ClauseWordKind.Relative or ClauseWordKind.Complementizer or ClauseWordKind.Subordinator
                or ClauseWordKind.Condition) break;
            // "untuk menjelaskan", "agar pemerintah mengusir": a chain word before a verb (or a subject and a verb) ends the clause.
            if (kind == ClauseWordKind.Chain && (!scan.StartsPhraseAfter(j) || scan.Pos(j) != Upos.ADP && scan.VerbFollowsPhrase(j))) break;
            var pos = scan.Pos(j);
            if (pos == Upos.PUNCT)
            {
                if (scan.IsComma(j))
                {
                    // An aside right after an argument ("mengutuk Vrublevsky, utusan Ukraina, pada …") is stepped over; one
                    // that opens with a word joining clauses is the next clause's start ("has deployed 750 officers, while
                    // Jamaica, Guatemala and El Salvador have contributed …"), and its nouns are no arguments of this verb.
                    int close = scan.AsideClosing(j);
                    if (close > j && (clause.Objects.Count > 0 || clause.Obliques.Count > 0) && !OpensClause(scan.Kind(j + 1))) { j = close + 1; continue; }
                }
                break;
            }
            if (clause.IsNominal && kind == ClauseWordKind.Coordinator && SkipCoordinatedModifier(scan, j) is var skip && skip > j)
            {
                // "pemahaman penuh dan saling menguntungkan dengan X": a second modifier of the noun, then its phrase.
                j = skip;
                continue;
            }
            if (kind == ClauseWordKind.Coordinator && scan.IsNominal(j + 1 < end ? j + 1 : j) && j + 1 < end)
            {
                // "mengecam Rusia dan Belarus": the conjunct takes the role of the phrase before it.
                var conjunct = scan.PhraseStartingAt(j + 1, -1);
                AddConjunct(clause, conjunct);
                j = conjunct.End;
                continue;
            }
            if ((pos == Upos.ADP || kind == ClauseWordKind.Chain || kind == ClauseWordKind.Agent) && j + 1 < end && scan.IsNominal(j + 1))
            {
                var phrase = scan.PhraseStartingAt(j + 1, j);
                (kind == ClauseWordKind.Agent && !scan.NamesMeans(phrase) ? clause.Agent : clause.Obliques).Add(phrase);
                j = phrase.End;
                continue;
            }
            if (scan.IsNominal(j))
            {
                var phrase = scan.PhraseStartingAt(j, -1);
                clause.Objects.Add(phrase);
                j = phrase.End;
                continue;
            }
            if (pos is Upos.ADV or Upos.PART or Upos.AUX or Upos.ADP) { j++; continue; }
            break;
        }
        clause.End = j;
    }

    /// <summary>
    /// For an aside [<paramref name="open"/>, <paramref name="close"/>] with a verb of its own and no relative word at its
    /// start, the index in <paramref name="previous"/> of the clause that runs up to its opening comma; else -1.
    /// </summary>
    private static int ParentheticalAfterClause(SentenceScan scan, List<Clause> previous, int open, int close)
    {
        if (scan.Kind(open + 1) is ClauseWordKind.Relative or ClauseWordKind.Complementizer) return -1;
        bool hasVerb = false;
        for (int t = open + 1; t < close && !hasVerb; t++) hasVerb = scan.IsPredicate(t);
        if (!hasVerb) return -1;
        return previous.FindLastIndex(p => p.Predicate < open && p.End >= open);
    }

    /// <summary>
    /// A coordinator right after a comma starts a clause, never an aside. (Not a subordinator: "…, setelah para diplomat
    /// bertemu di Beijing, Rabu (26/2)" keeps the date after the subordinate clause in the main one.)
    /// </summary>
    private static bool OpensClause(ClauseWordKind kind) => kind == ClauseWordKind.Coordinator;

    /// <summary>After "dan": adverbs, one verb or adjective, then a preposition; returns the preposition's index, else -1.</summary>
    private static int SkipCoordinatedModifier(SentenceScan scan, int coordinator)
    {
        int k = coordinator + 1;
        while (k < scan.End && scan.Pos(k) == Upos.ADV) k++;
        if (k >= scan.End || scan.Pos(k) is not (Upos.VERB or Upos.ADJ)) return -1;
        k++;
        return k < scan.End && scan.Pos(k) == Upos.ADP ? k : -1;
    }

    private static void AddConjunct(Clause clause, Phrase conjunct)
    {
        if (clause.Agent.Count > 0 && clause.Obliques.Count == 0) { clause.Agent.Add(conjunct with { Preposition = clause.Agent[^1].Preposition }); return; }
        if (clause.Obliques.Count > 0) { clause.Obliques.Add(conjunct with { Preposition = clause.Obliques[^1].Preposition }); return; }
        clause.Objects.Add(conjunct);
    }
}
