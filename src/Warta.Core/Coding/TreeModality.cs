using Warta.Clauses;
using Warta.Events;
using Warta.Parsing;

namespace Warta.Coding;

/// <summary>
/// What the dependency tree says about one predicate: the words that modify it (<see cref="Modifiers"/>: its
/// auxiliaries, negators and adverbs wherever they stand), whether its own mark makes it a condition or an embedded
/// question, whether a negative determiner cancels it ("made no progress on pulling back"), whether an allegation adverb
/// modifies it ("allegedly"), and the verb it depends on for its modality (<see cref="Frame"/>: what that verb says
/// about it, negation, intent, denial, accusation, is the coder's to read).
/// </summary>
internal sealed record TreeModality(IReadOnlyList<int> Modifiers, bool Negated, bool Conditional, bool Question, bool Alleged,
    int Frame, bool FrameIsComplement)
{
    public static readonly TreeModality None = new([], false, false, false, false, -1, false);
}

/// <summary>
/// Reads <see cref="TreeModality"/> off a parsed sentence, with the language's modality words
/// (<c>data/LANG/events/negators.txt</c>, <c>conditions.txt</c>, <c>questions.txt</c>, <c>allegations.txt</c>) and
/// clause words (which marks are subordinators). Nothing here is a word of a language.
/// </summary>
internal sealed class TreeModalityReader(ModalityLexicon lexicon, ClauseWords words)
{
    public TreeModality Read(DependencyTree tree, int predicate)
    {
        var doc = tree.Doc;
        var modifiers = new List<int>();
        bool negated = false, conditional = false, question = false, alleged = false;
        foreach (var c in tree.Children(predicate))
        {
            if (IsModifier(tree, c))
            {
                modifiers.Add(c);
                if (lexicon.IsAllegation(doc, c)) alleged = true;
            }
            else if (tree.Is(c, "mark") && c < predicate)
            {
                // "if Tehran refuses", "jika Rusia menyerang", "whether Tokyo would take": the clause's own mark. A wh-word
                // that is a subordinator ("asked why China retaliated") presupposes the act: no question of whether it happened.
                if (lexicon.IsCondition(doc, c)) conditional = true;
                else if (lexicon.IsQuestionCue(doc, c) && words[doc[c].Text] != ClauseWordKind.Subordinator) question = true;
            }
            // "made no progress", "gave no warning": a negated object cancels the act.
            else if (tree.Is(c, "obj") && HasNegativeDeterminer(tree, c)) negated = true;
        }
        var (frame, complement) = FrameOf(tree, predicate);
        // "made no progress on pulling back": a clause on a negated noun did not happen.
        if (tree.Is(predicate, "acl") && tree.Head(predicate) is var noun and >= 0 && HasNegativeDeterminer(tree, noun)) negated = true;
        return new TreeModality(modifiers, negated, conditional, question, alleged, frame, complement);
    }

    /// <summary>Auxiliaries, negators, adverbs and copulas of the predicate: the words a verb group holds.</summary>
    private static bool IsModifier(DependencyTree tree, int t) =>
        tree.Is(t, "aux") || tree.Is(t, "advmod") || tree.Is(t, "neg") || tree.Is(t, "cop");

    private bool HasNegativeDeterminer(DependencyTree tree, int noun)
    {
        foreach (var c in tree.Children(noun))
            if (c < noun && (tree.Is(c, "det") || tree.Is(c, "advmod")) && lexicon.IsNegator(tree.Doc, c)) return true;
        return false;
    }

    /// <summary>
    /// The verb whose modality this predicate's follows, and whether it is a complement (ccomp) of it: the head of an
    /// xcomp or ccomp; of an advcl opened by a word that is no subordinator or condition ("accused Kyiv of mistreating",
    /// "sought to"); of an acl on that verb's object or oblique ("made no progress on pulling back"). -1 for none.
    /// </summary>
    private (int Frame, bool Complement) FrameOf(DependencyTree tree, int predicate)
    {
        int head = tree.Head(predicate);
        if (head < 0) return (-1, false);
        if (tree.Is(predicate, "xcomp")) return (head, false);
        if (tree.Is(predicate, "ccomp")) return (head, true);
        if (tree.Is(predicate, "advcl")) return IsLinkingMark(tree, predicate) ? (head, false) : (-1, false);
        if (tree.Is(predicate, "acl") && IsLinkingMark(tree, predicate)
            && (tree.Is(head, "obj") || tree.Is(head, "obl")) && tree.Head(head) >= 0)
            return (tree.Head(head), false);
        return (-1, false);
    }

    /// <summary>True when the clause is opened by a mark that is no subordinator or condition (of, to, on, untuk).</summary>
    private bool IsLinkingMark(DependencyTree tree, int predicate)
    {
        foreach (var c in tree.Children(predicate))
            if (c < predicate && (tree.Is(c, "mark") || tree.Is(c, "case")))
                return words[tree.Doc[c].Text] is not (ClauseWordKind.Subordinator or ClauseWordKind.Condition or ClauseWordKind.Complementizer);
        return false;
    }
}
