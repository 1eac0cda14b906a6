using Warta.Actors;
using Warta.Languages;
using Warta.Morphology;
using Warta.Parsing;
using Warta.Text;

namespace Warta.Clauses;

/// <summary>
/// Reads the clauses of a parsed sentence from its dependency tree instead of guessing them from tags: every verb the
/// tag reader would take for a predicate (the same test, so the lexicon sees the same words) gets its subject from
/// nsubj (its conjuncts as further subjects), objects from obj/iobj, obliques from obl and from the prepositional
/// modifiers of its objects, each with its case word, and the passive agent from obl:agent or a by/oleh oblique. How the
/// clause hangs on the rest is read from its own relation: ccomp is a complement, xcomp and a purpose advcl are chains
/// (a control verb's subject, or its object, is the subject of the chain), advcl with if/jika a condition and with
/// when/after a subordinate clause, conj of a verb a coordinated clause sharing the first conjunct's subject, acl a
/// relative clause whose antecedent is the noun it modifies (reduced relatives too: "talks mediated by the EU").
/// Governors and shared subjects always point up the tree, so they never form a cycle.
/// </summary>
internal sealed class TreeClauseReader(ClauseWords words)
{
    public List<Clause> Read(SentenceScan scan, DependencyTree tree, IReadOnlyList<Mention> mentions)
    {
        var doc = tree.Doc;
        var phrases = new TreePhrases(tree, scan, mentions);
        var clauseAt = new int[scan.End - scan.Start];
        Array.Fill(clauseAt, -1);
        var clauses = new List<Clause>();
        for (int t = scan.Start; t < scan.End; t++)
        {
            if (!scan.IsPredicate(t)) continue;
            clauseAt[t - scan.Start] = clauses.Count;
            var clause = new Clause
            {
                Index = clauses.Count, Predicate = t, IsNominal = false, Voice = doc.TokenRows[t].Voice, InQuote = scan.InQuote(t),
            };
            ReadArguments(scan, tree, phrases, doc, clause);
            clauses.Add(clause);
        }
        // Links need the governing clause read first: parents before children.
        foreach (var clause in clauses.OrderBy(c => Depth(tree, c.Predicate)))
            Link(scan, tree, phrases, clause, clauses, clauseAt);
        foreach (var clause in clauses) Span(tree, clause);
        return clauses;
    }

    private static int Depth(DependencyTree tree, int t)
    {
        int depth = 0;
        for (int h = tree.Head(t); h >= 0 && depth <= tree.End - tree.Start; h = tree.Head(h)) depth++;
        return depth;
    }

    private void ReadArguments(SentenceScan scan, DependencyTree tree, TreePhrases phrases, Document doc, Clause clause)
    {
        int p = clause.Predicate;
        bool english = doc.Language == Language.English;
        if (clause.Voice != Voice.Passive && (tree.Child(p, "nsubj:pass") >= 0 || tree.Child(p, "aux:pass") >= 0)) clause.Voice = Voice.Passive;
        clause.GroupStart = GroupStart(scan, tree, p);

        int subject = SubjectHead(scan, tree, phrases, p);
        if (subject >= 0)
        {
            clause.Subject.Add(phrases.Of(subject, -1, keepOf: true));
            foreach (var conj in Conjuncts(tree, subject)) clause.Subject.Add(phrases.Of(conj, -1, keepOf: true));
        }
        foreach (var c in tree.Children(p))
        {
            var relation = tree.Relation(c);
            if (relation is "obj" or "iobj")
            {
                if (IsRelativeWord(scan, c)) continue;
                AddNominal(tree, phrases, clause, clause.Objects, c, -1);
            }
            else if (relation == "obl:agent" || Token.RelationIs(relation, "obl") && c > p)
            {
                int caseWord = phrases.CaseWord(c);
                bool agent = (relation == "obl:agent" || caseWord >= 0 && words[doc[caseWord].Text] == ClauseWordKind.Agent)
                             && !words.Has(WordRole.MeansNoun, doc[c].Text);
                if (caseWord < 0 && !agent)
                {
                    // "ditangkap polisi": the bare noun right after a di- verb is its agent, which the coder reads from the
                    // first object of a passive; other bare obliques are times and measures, no parties.
                    if (!english && clause.Voice == Voice.Passive && phrases.Of(c, -1).Start == p + 1)
                        AddNominal(tree, phrases, clause, clause.Objects, c, -1);
                    continue;
                }
                AddNominal(tree, phrases, clause, agent ? clause.Agent : clause.Obliques, c, caseWord);
            }
        }
        // "a swap mediated by the UAE", "talks mediated by the EU": an English participle with a by-phrase and no object is
        // passive without its auxiliary.
        if (english && clause.Voice != Voice.Passive && clause.Agent.Count > 0 && clause.Objects.Count == 0
            && doc.TokenRows[p].Morph is { Tense: "Past" } && (clause.Subject.Count == 0 || tree.Is(p, "acl")))
            clause.Voice = Voice.Passive;
        // "the man detained on Monday": a reduced relative on a past participle is passive.
        if (english && clause.Voice != Voice.Passive && tree.Relation(p) == "acl" && clause.Subject.Count == 0 && clause.Objects.Count == 0
            && doc.TokenRows[p].Morph is { Tense: "Past" } && p > tree.Head(p))
            clause.Voice = Voice.Passive;
    }

    /// <summary>
    /// The head of the subject of predicate <paramref name="p"/>, or -1: its nsubj. Of several (the parser's reading of
    /// "Up to 2,000 Filipinos started" or "Bangladesh has outright rejected" as two), the one whose phrase names an actor,
    /// else a noun or pronoun, else the nearest before the verb. A relative pronoun is no subject.
    /// </summary>
    private int SubjectHead(SentenceScan scan, DependencyTree tree, TreePhrases phrases, int p)
    {
        int found = -1, best = -1;
        foreach (var c in tree.Children(p))
        {
            if (tree.Relation(c) is not ("nsubj" or "nsubj:pass") || IsRelativeWord(scan, c)) continue;
            int score = (NamesActor(scan, phrases.Of(c, -1)) ? 4 : 0) + (scan.Pos(c) is Upos.NOUN or Upos.PROPN or Upos.PRON ? 2 : 0) + (c < p ? 1 : 0);
            if (score >= best) (found, best) = (c, score);
        }
        return found;
    }

    /// <summary>A phrase with an actor mention or a pronoun in it: someone the coder can resolve.</summary>
    internal static bool NamesActor(SentenceScan scan, Phrase phrase)
    {
        for (int t = phrase.Start; t < phrase.End; t++)
            if (scan.MentionAt(t) >= 0 || scan.Pos(t) == Upos.PRON) return true;
        return false;
    }

    /// <summary>The phrase of nominal <paramref name="head"/> and of its conjuncts, with its prepositional modifiers as obliques.</summary>
    private static void AddNominal(DependencyTree tree, TreePhrases phrases, Clause clause, List<Phrase> into, int head, int caseWord)
    {
        into.Add(phrases.Of(head, caseWord));
        foreach (var conj in Conjuncts(tree, head))
        {
            int own = phrases.CaseWord(conj);
            into.Add(phrases.Of(conj, own >= 0 ? own : caseWord));
        }
        AddModifiers(tree, phrases, clause, head, depth: 0);
    }

    private static void AddModifiers(DependencyTree tree, TreePhrases phrases, Clause clause, int head, int depth)
    {
        if (depth > 3) return;
        foreach (var (modifier, caseWord) in phrases.CutModifiers(head))
        {
            var phrase = phrases.Of(modifier, caseWord);
            if (clause.Obliques.Contains(phrase) || clause.Objects.Exists(o => o.Contains(modifier))) continue;
            clause.Obliques.Add(phrase);
            AddModifiers(tree, phrases, clause, modifier, depth + 1);
        }
    }

    private static List<int> Conjuncts(DependencyTree tree, int head)
    {
        var found = new List<int>();
        foreach (var c in tree.Children(head))
            if (tree.Is(c, "conj")) found.Add(c);
        return found;
    }

    /// <summary>yang, who, which, that as the pronoun of a relative clause.</summary>
    private bool IsRelativeWord(SentenceScan scan, int t) =>
        scan.MentionAt(t) < 0 && scan.Kind(t) is ClauseWordKind.Relative || scan.Pos(t) == Upos.PRON && scan.Kind(t) == ClauseWordKind.Complementizer;

    /// <summary>The auxiliaries, negators and adverbs right before the predicate: by tag, or attached to it by the tree.</summary>
    private static int GroupStart(SentenceScan scan, DependencyTree tree, int p)
    {
        int i = p - 1;
        while (i >= scan.Start && scan.MentionAt(i) < 0
               && (scan.IsVerbGroupOrAdverb(i) || tree.Head(i) == p && tree.Relation(i) is "aux" or "aux:pass" or "advmod" or "cop"))
            i--;
        return i + 1;
    }

    private void Link(SentenceScan scan, DependencyTree tree, TreePhrases phrases, Clause clause, List<Clause> clauses, int[] clauseAt)
    {
        int p = clause.Predicate;
        int head = tree.Head(p);
        var relation = tree.Relation(p);
        // The nearest clause above this one: its head's, or the first predicate further up (a noun's clause for acl).
        Clause? above = null;
        for (int h = head, guard = 0; h >= 0 && guard <= tree.End - tree.Start; h = tree.Head(h), guard++)
            if (clauseAt[h - scan.Start] is var k && k >= 0) { above = clauses[k]; break; }
        bool headIsPredicate = head >= 0 && clauseAt[head - scan.Start] >= 0;
        int mark = Mark(scan, tree, p);
        var markKind = mark >= 0 ? scan.Kind(mark) : ClauseWordKind.None;

        // "…Konuspayev, yang menyerahkan": a clause whose subject is yang/who is relative whatever relation the parser gave it.
        int relativeWord = RelativeWord(scan, tree, p);
        if (relativeWord >= 0 && BaseRelation(relation) != "acl")
        {
            clause.Opener = ClauseOpener.Relative;
            clause.OpenerToken = relativeWord;
            int a = relativeWord - 1;
            if (a >= scan.Start && scan.IsComma(a)) a--;
            if (a >= scan.Start && scan.IsNominal(a)) clause.Antecedent = scan.PhraseEndingAt(a);
            return;
        }
        switch (BaseRelation(relation))
        {
            case "conj" when headIsPredicate && above is not null:
                if (clause.Subject.Count == 0)
                {
                    clause.Opener = ClauseOpener.Coordinated;
                    clause.OpenerToken = tree.Child(p, "cc");
                    clause.SubjectFrom = above.Index;
                    // "agreed to resume talks and exchange prisoners": both verbs are what was agreed.
                    if (above.Opener == ClauseOpener.Chain) clause.Governor = above.Governor;
                }
                return;
            case "xcomp" when above is not null:
                Open(clause, ClauseOpener.Chain, mark, above);
                // "urged Tokyo to address": the governing verb's object is the subject; "agreed to resume": its subject is.
                if (clause.Subject.Count == 0 && above.Objects.Count > 0 && above.Objects[0].Start > above.Predicate)
                    clause.Subject.Add(above.Objects[0]);
                else if (clause.Subject.Count == 0) clause.SubjectFrom = above.Index;
                return;
            case "ccomp" or "csubj" when above is not null:
                Open(clause, OpenerFor(markKind, ClauseOpener.Complement), mark, above);
                if (clause.Subject.Count == 0) clause.SubjectFrom = above.Index;
                return;
            case "advcl" when above is not null:
                Open(clause, OpenerFor(markKind, mark >= 0 ? ClauseOpener.Subordinate : ClauseOpener.None), mark, above);
                if (clause.Subject.Count == 0) clause.SubjectFrom = above.Index;
                return;
            case "acl" when head >= 0:
                if (markKind is ClauseWordKind.Chain or ClauseWordKind.Complementizer or ClauseWordKind.Condition && above is not null)
                {
                    // "the decision to withdraw", "klaim bahwa …": a clause the noun introduces belongs to the noun's clause.
                    Open(clause, OpenerFor(markKind, ClauseOpener.Complement), mark, above);
                    if (clause.Subject.Count == 0) clause.SubjectFrom = above.Index;
                    return;
                }
                clause.Opener = ClauseOpener.Relative;
                clause.OpenerToken = RelativeWord(scan, tree, p);
                clause.Antecedent = phrases.Of(head, -1);
                return;
        }
        if (clause.Subject.Count == 0 && above is not null) clause.SubjectFrom = above.Index;
    }

    private static string BaseRelation(string relation)
    {
        int colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation[..colon];
    }

    private static ClauseOpener OpenerFor(ClauseWordKind markKind, ClauseOpener otherwise) => markKind switch
    {
        ClauseWordKind.Condition => ClauseOpener.Condition,
        ClauseWordKind.Subordinator => ClauseOpener.Subordinate,
        ClauseWordKind.Chain => ClauseOpener.Chain,
        ClauseWordKind.Complementizer => ClauseOpener.Complement,
        _ => otherwise,
    };

    private static void Open(Clause clause, ClauseOpener opener, int mark, Clause above)
    {
        clause.Opener = opener;
        clause.OpenerToken = mark;
        if (opener is ClauseOpener.Complement or ClauseOpener.Chain) clause.Governor = above.Index;
    }

    /// <summary>The subordinating word of a clause (mark, or an untuk/to the parser attached as case), or -1.</summary>
    private static int Mark(SentenceScan scan, DependencyTree tree, int p)
    {
        foreach (var c in tree.Children(p))
            if (c < p && (tree.Is(c, "mark") || tree.Is(c, "case") && scan.Kind(c) == ClauseWordKind.Chain)) return c;
        return -1;
    }

    private int RelativeWord(SentenceScan scan, DependencyTree tree, int p)
    {
        foreach (var c in tree.Children(p))
            if (c < p && IsRelativeWord(scan, c)) return c;
        return -1;
    }

    /// <summary>The clause's token range: from its opener, subject or verb group to its last argument.</summary>
    private static void Span(DependencyTree tree, Clause clause)
    {
        int start = clause.GroupStart, end = clause.Predicate + 1;
        if (clause.OpenerToken >= 0 && clause.OpenerToken < start) start = clause.OpenerToken;
        foreach (var phrase in clause.Subject) start = Math.Min(start, phrase.Start);
        foreach (var list in (List<Phrase>[])[clause.Objects, clause.Obliques, clause.Agent])
            foreach (var phrase in list)
                if (phrase.Start > clause.Predicate) end = Math.Max(end, phrase.End);
        foreach (var c in tree.Children(clause.Predicate))
            if (c >= end && tree.Relation(c) is "advmod" or "compound:prt" or "obl:tmod" or "obl" or "iobj" or "obj" or "nmod:tmod") end = c + 1;
        clause.Start = start;
        clause.End = end;
    }
}
