using Warta.Languages;
using Warta.Text;

namespace Warta.Events.Patterns;

/// <summary>
/// Chooses between the predicate lexicon's match of a verb (a cue word anywhere in the clause) and the verb-pattern match on
/// its parse, and turns a chosen pattern into a <see cref="PredicateMatch"/> so that the coder reads both alike.
/// <list type="bullet">
/// <item>A predicate match with a cue (a word that refined the code) or of several words (<i>set fire to</i>) is kept: both
/// are specific, and the predicate files were written for this coder.</item>
/// <item>A pattern that held and matched a word of its own (<c>obj=aid</c>) replaces a predicate match without a cue; a
/// blocking one (<c>---</c>) cancels it. A pattern of prepositions or actor slots only never overrides.</item>
/// <item>A verb's own code is never used, and a verb the predicate lexicon lacks is coded from a pattern only when asked
/// (<c>codeUnknownVerbs</c>); both were measured to cost precision (docs/lexicon.md).</item>
/// </list>
/// What the predicate entry knew about the verb (speech, reciprocity, target prepositions) is kept when the pattern wins.
/// </summary>
public static class PatternPrecedence
{
    /// <param name="codeUnknownVerbs">Also code, from a pattern that held, a verb the predicate lexicon does not know (off in
    /// the coder: measured to cost precision on eval/dev; docs/lexicon.md).</param>
    public static PredicateMatch? Choose(PredicateMatch? lexical, PatternMatch? pattern, Token verb, VerbPatternLexicon lexicon,
        bool codeUnknownVerbs = false)
    {
        if (pattern is null || !pattern.ByPattern) return lexical;
        if (lexical is null)
        {
            // A participle modifying a noun ("planes carrying medicine") has the noun as its subject, which the coder's
            // clause does not know: no event from a pattern alone.
            if (!codeUnknownVerbs || pattern.Blocks || verb.Relation is { } r && (Token.RelationIs(r, "acl") || r == "amod")) return null;
            return ToPredicate(pattern, null, verb, lexicon);
        }
        if (IsSpecific(lexical)) return lexical;
        // A pattern made of prepositions and actor slots only ("sue … for") says less than the predicate entry of the verb.
        if (!pattern.HasCue) return lexical;
        return pattern.Blocks ? null : ToPredicate(pattern, lexical, verb, lexicon);
    }

    /// <summary>
    /// Whether a pattern could change <paramref name="lexical"/> at all under <see cref="Choose"/>: the coder matches the
    /// patterns only then, since matching every verb of every parsed sentence cost more than the rest of the coding.
    /// </summary>
    public static bool MayRefine(PredicateMatch? lexical, bool codeUnknownVerbs = false) =>
        lexical is null ? codeUnknownVerbs : !IsSpecific(lexical);

    /// <summary>A predicate match refined by a cue word, or a multi-word predicate ("set fire to").</summary>
    private static bool IsSpecific(PredicateMatch match) => match.HasCue || match.TriggerEnd - match.TriggerStart > 1;

    /// <summary>The pattern as a predicate match: trigger = the verb, cue = the words the pattern matched, the rule names the
    /// class and the pattern's rank; a reverse code is <see cref="PredicateMatch.Reverse"/> (or the match itself, with
    /// <see cref="PredicateMatch.SwapsRoles"/>, when there is no forward code).</summary>
    public static PredicateMatch ToPredicate(PatternMatch pattern, PredicateMatch? lexical, Token verb, VerbPatternLexicon lexicon)
    {
        var doc = verb.Document;
        var cue = new List<string>();
        for (int t = pattern.CueStart; t < pattern.CueEnd; t++) cue.Add(doc[t].Form.ToLowerInvariant());
        var known = lexical?.Entry;
        PredicateEntry Entry(string code) => new()
        {
            Language = lexicon.Language.ToCode(),
            Kind = PredicateKind.Verb,
            Predicate = pattern.Verb.Lemma,
            Code = code,
            Cue = cue,
            TargetPrepositions = pattern.TargetCases.Count > 0 ? pattern.TargetCases : known?.TargetPrepositions ?? [],
            SourcePrepositions = known?.SourcePrepositions ?? [],
            Reciprocal = known?.Reciprocal ?? false,
            Speech = known?.Speech ?? false,
            Import = "pattern",
            Origin = pattern.Pattern?.Origin ?? pattern.Verb.Origin,
            Rule = pattern.RuleName(lexicon.Language),
        };
        int triggerEnd = Math.Max(verb.Index + 1, lexical?.TriggerEnd ?? 0);
        if (pattern.Code is null)
            return new PredicateMatch(verb.Index, triggerEnd, pattern.CueStart, pattern.CueEnd, Entry(pattern.ReverseCode!)) { SwapsRoles = true };
        var forward = new PredicateMatch(verb.Index, triggerEnd, pattern.CueStart, pattern.CueEnd, Entry(pattern.Code));
        return pattern.ReverseCode is { } back
            ? forward with { Reverse = new PredicateMatch(verb.Index, triggerEnd, pattern.CueStart, pattern.CueEnd, Entry(back)) }
            : forward;
    }
}
