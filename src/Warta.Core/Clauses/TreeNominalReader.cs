using Warta.Parsing;

namespace Warta.Clauses;

/// <summary>
/// Reads the clause of an event noun from a parsed sentence's dependency tree: its possessor (an nmod:poss that names an
/// actor: "Russia's expulsion"; or, in Indonesian, a bare nominal modifier right after it that names an actor: "kunjungan
/// Presiden X") is the subject, a modifier with an agent word (by, oleh) the agent, the other prepositional modifiers
/// with their case words the obliques (each conjunct its own phrase: "talks between X and Y"), and the remaining bare
/// modifiers the objects ("pengusiran dua diplomat"). The tag reading of the noun (<see cref="ClauseBuilder"/>) stays
/// what the coder reads; <see cref="Fill"/> only adds the parts the tags left empty or missed (and takes a possessor the
/// tags read as the noun's first object for the possessor).
/// </summary>
internal sealed class TreeNominalReader(ClauseWords words, DependencyTree tree, TreePhrases phrases, SentenceScan scan)
{
    /// <summary>The tree's clause of event noun <paramref name="noun"/>, known by <paramref name="index"/>.</summary>
    public Clause Read(int noun, int index)
    {
        var clause = new Clause
        {
            Index = index, Predicate = noun, IsNominal = true, Voice = Morphology.Voice.None, InQuote = scan.InQuote(noun),
            Start = noun, GroupStart = noun, End = noun + 1,
        };
        foreach (var c in tree.Children(noun))
        {
            if (!tree.Is(c, "nmod") || scan.InQuote(c) != clause.InQuote) continue;
            // (A possessive pronoun is left to the tag reading, which knows which pronouns point at whom: "-nya".)
            if (tree.Relation(c) == "nmod:poss")
            {
                if (phrases.Of(c, -1) is var owner && scan.HasNamedMention(owner)) clause.Subject.Add(owner);
                continue;
            }
            int caseWord = phrases.CaseWord(c);
            if (caseWord < 0)
            {
                var bare = phrases.Of(c, -1);
                bool possessor = c > noun && clause.Subject.Count == 0 && words.TreeReadings.HasFlag(TreeReadings.BarePossessor)
                                 && OnlyModifiersBetween(noun, bare.Start) && scan.HasNamedMention(bare);
                (possessor ? clause.Subject : clause.Objects).Add(bare);
                continue;
            }
            bool agent = words[tree.Doc[caseWord].Text] == ClauseWordKind.Agent && !words.Has(WordRole.MeansNoun, tree.Doc[c].Text);
            var into = agent ? clause.Agent : clause.Obliques;
            into.Add(phrases.Of(c, caseWord));
            foreach (var conj in tree.Children(c))
                if (tree.Is(conj, "conj") && scan.IsNominal(conj))
                {
                    int own = phrases.CaseWord(conj);
                    into.Add(phrases.Of(conj, own >= 0 ? own : caseWord));
                }
        }
        foreach (var list in (List<Phrase>[])[clause.Subject, clause.Objects, clause.Obliques, clause.Agent])
            foreach (var phrase in list)
            {
                clause.Start = Math.Min(clause.Start, phrase.Start);
                clause.End = Math.Max(clause.End, phrase.End);
            }
        return clause;
    }

    /// <summary>
    /// True when every word between the noun and <paramref name="start"/> is a modifier of the noun that names no one
    /// ("kunjungan kenegaraan Presiden X": kenegaraan), so the phrase at <paramref name="start"/> is still its possessor.
    /// </summary>
    private bool OnlyModifiersBetween(int noun, int start)
    {
        for (int t = noun + 1; t < start; t++)
            if (tree.Head(t) != noun || scan.MentionAt(t) >= 0 || !(tree.Is(t, "amod") || tree.Is(t, "compound") || tree.Is(t, "nmod") && phrases.CaseWord(t) < 0))
                return false;
        return true;
    }

    /// <summary>
    /// The tag reading <paramref name="tagged"/> of an event noun with what the tree reading <paramref name="fromTree"/>
    /// adds: a possessor, an agent or objects where the tags found none, and the prepositional phrases they missed.
    /// </summary>
    public static Clause Fill(Clause tagged, Clause fromTree)
    {
        // A possessor the tags took for the first phrase after the noun ("kunjungan kenegaraan | Presiden X") is the possessor.
        if (tagged.Subject.Count == 0 && !Overlaps(fromTree.Subject, tagged.Obliques, tagged.Agent))
        {
            tagged.Objects.RemoveAll(o => fromTree.Subject.Exists(s => s.Overlaps(o)));
            tagged.Subject.AddRange(fromTree.Subject);
        }
        if (tagged.Agent.Count == 0 && !Overlaps(fromTree.Agent, tagged.Subject, tagged.Objects, tagged.Obliques)) tagged.Agent.AddRange(fromTree.Agent);
        if (tagged.Objects.Count == 0 && !Overlaps(fromTree.Objects, tagged.Subject, tagged.Obliques, tagged.Agent))
            tagged.Objects.AddRange(fromTree.Objects);
        foreach (var oblique in fromTree.Obliques)
            if (!Overlaps([oblique], tagged.Subject, tagged.Objects, tagged.Obliques, tagged.Agent)) tagged.Obliques.Add(oblique);
        tagged.Start = Math.Min(tagged.Start, fromTree.Start);
        tagged.End = Math.Max(tagged.End, fromTree.End);
        return tagged;
    }

    private static bool Overlaps(List<Phrase> phrases, params List<Phrase>[] others)
    {
        foreach (var p in phrases)
            foreach (var list in others)
                foreach (var o in list)
                    if (p.Overlaps(o)) return true;
        return false;
    }
}
