using System.Collections.Frozen;
using Warta.Clauses;
using Warta.Languages;
using Warta.Morphology;
using Warta.Parsing;
using Warta.Text;

namespace Warta.Events.Patterns;

/// <summary>
/// What <see cref="VerbPatternMatcher"/> found for a verb: its entry, the pattern that held (null: the verb's own code), the
/// codes, the cue tokens (half-open; empty when no word of the pattern was matched), and the tokens the pattern names as
/// source and target with the case words of the target's phrase.
/// </summary>
public sealed record PatternMatch(PatternVerb Verb, VerbPattern? Pattern, int Rank, string? Code, string? ReverseCode,
    int CueStart, int CueEnd, IReadOnlyList<int> Sources, IReadOnlyList<int> Targets, IReadOnlyList<string> TargetCases)
{
    /// <summary>A pattern held (rather than the verb's own code).</summary>
    public bool ByPattern => Pattern is not null;
    /// <summary>A pattern held that names no event: it blocks the verb's own code.</summary>
    public bool Blocks => Pattern is { CodesNothing: true };
    public bool HasCue => CueEnd > CueStart;

    /// <summary>For <c>explain</c>: "en:pattern:ACCELERATE#3→070:043" (the class, the pattern's rank in it, the codes) or
    /// "en:pattern:ACCELERATE:rush→042" for a verb's own code.</summary>
    public string RuleName(Language language) =>
        $"{language.ToCode()}:pattern:{Verb.Class}" + (Pattern is null ? ":" + Verb.Lemma : "#" + Rank)
        + "→" + (Code ?? "---") + (ReverseCode is null ? "" : ":" + ReverseCode);
}

/// <summary>
/// Matches the verb patterns of one language on a parsed sentence. For a verb token it finds the verb's classes (by lemma,
/// by PETRARCH-2's irregular forms; a multi-word verb only when its own dependents are there, and then before the single
/// word), tries each class's patterns most specific first on the verb's dependents, and returns the first that holds, else
/// the verb's own code. Patterns describe the active clause: in a passive, <c>nsubj</c> is the agent (<c>obl:agent</c>,
/// <i>by</i>/<i>oleh</i>) and <c>obj</c> the passive subject. Thread-safe; it allocates only per match.
/// </summary>
public sealed class VerbPatternMatcher
{
    private readonly VerbPatternLexicon _lexicon;
    private readonly FrozenDictionary<string, PatternVerb[]> _verbsByForm;
    private readonly FrozenDictionary<string, (string Head, string[] Modifiers)[]> _setPhrases;
    private readonly ClauseWords _words;
    /// <summary>The patterns <see cref="HasContentWord"/> holds for, worked out once rather than at every verb.</summary>
    private readonly HashSet<VerbPattern> _withContentWord;

    /// <param name="words">The language's clause words: its <c>agent</c> words (by, oleh) mark a passive's agent.</param>
    public VerbPatternMatcher(VerbPatternLexicon lexicon, ClauseWords words)
    {
        _lexicon = lexicon;
        _words = words;
        _withContentWord = new HashSet<VerbPattern>(lexicon.Patterns.Where(p => p.NotedVerb is not null && HasContentWord(p)), ReferenceEqualityComparer.Instance);
        _verbsByForm = lexicon.Verbs.SelectMany(v => v.Forms.Select(f => (Form: f.ToLowerInvariant(), Verb: v)))
            .GroupBy(x => x.Form, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Verb).ToArray(), StringComparer.Ordinal);
        bool headFirst = lexicon.Language == Language.Indonesian;
        _setPhrases = lexicon.SynsetNames.ToFrozenDictionary(name => name, name => lexicon.Synset(name).Select(phrase =>
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return headFirst ? (words[0], words[1..]) : (words[^1], words[..^1]);
        }).ToArray(), StringComparer.Ordinal);
    }

    public VerbPatternLexicon Lexicon => _lexicon;

    /// <summary>
    /// The pattern match of the verb at <paramref name="verb"/>, or null when the sentence is not parsed, the word is no verb
    /// of the lexicon, or neither a pattern nor the verb's own code gives anything. A matching blocking pattern is returned
    /// (<see cref="PatternMatch.Blocks"/>) so that the caller knows the verb codes nothing here.
    /// </summary>
    public PatternMatch? Match(Token verb) => Match(verb, null);

    /// <param name="sentenceTree">The sentence's tree when the caller has it already (the coder's clause reading); else
    /// it is built here.</param>
    internal PatternMatch? Match(Token verb, DependencyTree? sentenceTree)
    {
        if (verb.Relation is null) return null;
        if (verb.Pos is not (Upos.VERB or Upos.ADJ or Upos.AUX)) return null;
        var candidates = Candidates(verb);
        if (candidates.Count == 0) return null;
        var tree = sentenceTree ?? new DependencyTree(verb.Document, verb.SentenceIndex);
        var frame = new Frame(tree, verb.Index, IsPassive(tree, verb));
        // A multi-word verb whose dependents are there ("call off") is that verb, whatever the single word's patterns say.
        var multi = candidates.FirstOrDefault(v => v.Elements.Count > 0 && Holds(frame, v.Elements, out _));
        // Only a multi-word verb may be an adjective or auxiliary ("is determined"); a single word has to be a verb.
        IEnumerable<PatternVerb> verbs = multi is not null ? [multi] : verb.Pos == Upos.VERB ? candidates.Where(v => v.Elements.Count == 0) : [];
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in verbs)
        {
            if (!tried.Add(candidate.Class)) continue;
            var patterns = _lexicon.PatternsOf(candidate.Class);
            for (int i = 0; i < patterns.Length; i++)
                if (AppliesTo(patterns[i], candidate) && Holds(frame, patterns[i].Elements, out var bound))
                    return Result(candidate, patterns[i], i + 1, bound, tree);
        }
        var own = verbs.FirstOrDefault(v => v.Code is not null);
        return own is null ? null : new PatternMatch(own, null, 0, own.Code, null, 0, 0, [], [], []);
    }

    /// <summary>
    /// A pattern with a content word in the verb's complements (<c>obj=aid</c>) holds for every verb of its class, as in
    /// PETRARCH-2; one made only of prepositions, particles, actor slots and subject words (<c>obl[for]=&lt;any&gt;</c>,
    /// written for <i>head for</i>; <c>nsubj=&amp;MILITARY</c>, written for <i>take</i>) only for the verb it was written
    /// for: on the rest of the class (<i>controls … for its support</i>, <i>the navy arrested</i>) it says nothing.
    /// </summary>
    private bool AppliesTo(VerbPattern pattern, PatternVerb verb) =>
        pattern.NotedVerb is null || _withContentWord.Contains(pattern) || pattern.NotedVerb.Equals(verb.Lemma, StringComparison.OrdinalIgnoreCase);

    private static bool HasContentWord(VerbPattern pattern)
    {
        foreach (var element in pattern.Elements)
            foreach (var option in element.Options)
                if (option.Filler.Kind == FillerKind.Words && !option.Path[0].Relations.All(r => r is "nsubj")
                    && !option.Path[^1].Relations.All(r => r is "compound:prt" or "advmod" or "aux" or "cop"))
                    return true;
        return false;
    }

    private List<PatternVerb> Candidates(Token verb)
    {
        var found = _lexicon.VerbsFor(verb).ToList();
        if (_verbsByForm.TryGetValue(verb.Form.ToLowerInvariant(), out var byForm))
            foreach (var v in byForm) if (!found.Contains(v)) found.Add(v);
        return found;
    }

    private bool IsPassive(DependencyTree tree, Token verb)
    {
        if (verb.Voice == Voice.Passive) return true;
        foreach (int child in tree.ChildSegment(verb.Index))
            if (tree.Relation(child) is "nsubj:pass" or "aux:pass" or "csubj:pass") return true;
        return false;
    }

    private PatternMatch Result(PatternVerb verb, VerbPattern pattern, int rank, List<Binding> bound, DependencyTree tree)
    {
        int cueStart = int.MaxValue, cueEnd = int.MinValue;
        var sources = new List<int>();
        var targets = new List<int>();
        IReadOnlyList<string> targetCases = [];
        foreach (var b in bound)
        {
            switch (b.Option.Filler.Kind)
            {
                case FillerKind.Source: sources.Add(b.Token); break;
                case FillerKind.Target:
                    targets.Add(b.Token);
                    if (b.Option.Path[^1].Cases.Count > 0) targetCases = b.Option.Path[^1].Cases;
                    break;
                case FillerKind.Words:
                    foreach (int t in b.Cue) { cueStart = Math.Min(cueStart, t); cueEnd = Math.Max(cueEnd, t + 1); }
                    break;
            }
        }
        if (cueStart > cueEnd) (cueStart, cueEnd) = (0, 0);
        return new PatternMatch(verb, pattern, rank, pattern.Code, pattern.ReverseCode, cueStart, cueEnd, sources, targets, targetCases);
    }

    // ---- matching -------------------------------------------------------------------------------------------------

    /// <summary>A token an element option bound, with the tokens that matched its words (head and modifiers).</summary>
    private readonly record struct Binding(ElementOption Option, int Token, List<int> Cue);

    private readonly record struct Frame(DependencyTree Tree, int Verb, bool Passive);

    private bool Holds(Frame frame, IReadOnlyList<PatternElement> elements, out List<Binding> bound)
    {
        bound = new List<Binding>(elements.Count);
        return Holds(frame, elements, 0, bound);
    }

    // Backtracks over the elements: an element's choice (which dependent) matters only to the next one's "~" alternative.
    private bool Holds(Frame frame, IReadOnlyList<PatternElement> elements, int index, List<Binding> bound)
    {
        if (index == elements.Count) return true;
        int previous = index > 0 ? bound[index - 1].Token : -1;
        foreach (var option in elements[index].Options)
        {
            foreach (var (token, cue) in Ends(frame, option, previous))
            {
                bound.Add(new Binding(option, token, cue));
                if (Holds(frame, elements, index + 1, bound)) return true;
                bound.RemoveAt(bound.Count - 1);
            }
        }
        return false;
    }

    /// <summary>The tokens at the end of an option's path that its filler accepts, with the tokens that matched its words.</summary>
    private IEnumerable<(int Token, List<int> Cue)> Ends(Frame frame, ElementOption option, int previous)
    {
        foreach (int end in PathEnds(frame, frame.Verb, option.Path, 0))
            if (Fills(frame.Tree, end, option.Filler) is { } cue) yield return (end, cue);
        // "~obl[to]=border": a phrase after the noun of the element before may hang on that noun (nmod) instead of the verb.
        if (option.OrOnPreviousNominal && previous >= 0)
        {
            var last = option.Path[^1];
            var nmod = new DependencyStep(["nmod"], last.Cases);
            foreach (int end in Step(frame.Tree, previous, nmod))
                if (Fills(frame.Tree, end, option.Filler) is { } cue) yield return (end, cue);
        }
    }

    private IEnumerable<int> PathEnds(Frame frame, int from, IReadOnlyList<DependencyStep> path, int depth)
    {
        if (depth == path.Count)
        {
            yield return from;
            yield break;
        }
        var next = depth == 0 && frame.Passive ? PassiveStep(frame.Tree, from, path[0]) : Step(frame.Tree, from, path[depth]);
        foreach (int child in next)
            foreach (int end in PathEnds(frame, child, path, depth + 1))
                yield return end;
    }

    /// <summary>The dependents of <paramref name="head"/> by the step's relations and case words, and the words coordinated
    /// with them ("food and medicine": <i>medicine</i> is the object too).</summary>
    private IEnumerable<int> Step(DependencyTree tree, int head, DependencyStep step)
    {
        foreach (int child in tree.ChildSegment(head))
        {
            if (!AnyRelation(tree.Relation(child), step.Relations) || !HasCase(tree, child, step.Cases)) continue;
            yield return child;
            // "700 kg of medicine", "two of its nationals": a quantity stands for what it counts.
            if (IsQuantity(tree, child))
                foreach (int counted in tree.ChildSegment(child))
                    if (Token.RelationIs(tree.Relation(counted), "nmod") && !Token.RelationIs(tree.Relation(counted), "nmod:poss")) yield return counted;
            foreach (int conj in tree.ChildSegment(child))
                if (Token.RelationIs(tree.Relation(conj), "conj") && (step.Cases.Count == 0 || HasCase(tree, conj, step.Cases) || !HasAnyCase(tree, conj)))
                    yield return conj;
        }
    }

    /// <summary>The first step from a passive verb, read as the active clause: nsubj is the agent, obj the passive subject.</summary>
    private IEnumerable<int> PassiveStep(DependencyTree tree, int verb, DependencyStep step)
    {
        var relations = new List<string>();
        bool agent = false;
        foreach (var relation in step.Relations)
        {
            if (relation == "nsubj") agent = true;
            else if (relation == "obj") relations.Add("nsubj:pass");
            else relations.Add(relation);
        }
        foreach (int child in Step(tree, verb, step with { Relations = relations }))
            if (!(tree.Relation(child) is "nsubj:pass" && !relations.Contains("nsubj:pass"))) yield return child;
        if (step.Relations.Contains("obj"))
            foreach (int child in Step(tree, verb, new DependencyStep(["obj"], step.Cases))) yield return child;
        if (!agent) yield break;
        foreach (int child in tree.ChildSegment(verb))
        {
            var relation = tree.Relation(child);
            if (relation == "obl:agent" || Token.RelationIs(relation, "obl") && HasAgentCase(tree, child)) yield return child;
        }
    }

    private static bool IsQuantity(DependencyTree tree, int token)
    {
        if (tree.Doc[token].Pos == Upos.NUM) return true;
        foreach (int child in tree.ChildSegment(token)) if (tree.Relation(child) == "nummod") return true;
        return false;
    }

    private static bool AnyRelation(string? actual, IReadOnlyList<string> wanted)
    {
        foreach (var relation in wanted) if (Token.RelationIs(actual, relation)) return true;
        return false;
    }

    private bool HasAgentCase(DependencyTree tree, int token)
    {
        foreach (int child in tree.ChildSegment(token))
            if (tree.Relation(child) == "case" && _words[tree.Doc[child].Text] == ClauseWordKind.Agent) return true;
        return false;
    }

    private bool HasCase(DependencyTree tree, int token, IReadOnlyList<string> cases)
    {
        if (cases.Count == 0) return true;
        foreach (int child in tree.ChildSegment(token))
            if (tree.Relation(child) == "case")
                foreach (var word in cases)
                    if (_lexicon.WordMatches(tree.Doc[child], word)) return true;
        return false;
    }

    private static bool HasAnyCase(DependencyTree tree, int token)
    {
        foreach (int child in tree.ChildSegment(token)) if (tree.Relation(child) == "case") return true;
        return false;
    }

    /// <summary>The tokens that matched the filler's words (head first), or null when the token does not fill it.</summary>
    private List<int>? Fills(DependencyTree tree, int token, PatternFiller filler)
    {
        if (filler.Kind != FillerKind.Words) return [];
        var cue = new List<int>(1 + filler.Modifiers.Count);
        if (!HeadFills(tree, token, filler.Head, cue)) return null;
        foreach (var modifier in filler.Modifiers)
        {
            int found = -1;
            foreach (int child in tree.ChildSegment(token))
                if (modifier.Any(word => IsWord(tree, child, word))) { found = child; break; }
            if (found < 0) return null;
            cue.Add(found);
        }
        return cue;
    }

    private bool HeadFills(DependencyTree tree, int token, IReadOnlyList<string> alternatives, List<int> cue)
    {
        var doc = tree.Doc;
        foreach (var word in alternatives)
        {
            if (!word.StartsWith('&'))
            {
                if (_lexicon.WordMatches(doc[token], word)) { cue.Add(token); return true; }
                continue;
            }
            if (!_setPhrases.TryGetValue(word, out var phrases)) continue;
            foreach (var (head, modifiers) in phrases)
            {
                if (!_lexicon.WordMatches(doc[token], head)) continue;
                var words = new List<int> { token };
                foreach (var modifier in modifiers)
                {
                    int found = -1;
                    foreach (int child in tree.ChildSegment(token))
                        if (_lexicon.WordMatches(doc[child], modifier)) { found = child; break; }
                    if (found < 0) { words = null; break; }
                    words.Add(found);
                }
                if (words is null) continue;
                cue.AddRange(words);
                return true;
            }
        }
        return false;
    }

    private bool IsWord(DependencyTree tree, int token, string word) =>
        word.StartsWith('&') ? HeadFills(tree, token, [word], []) : _lexicon.WordMatches(tree.Doc[token], word);
}
