using Warta.Languages;
using Warta.Text;

namespace Warta.Events.Patterns;

/// <summary>
/// Chooses between the predicate lexicon's match of a verb (a cue word anywhere in the clause) and the verb-pattern match on
/// its parse, and turns a chosen pattern into a <see cref="PredicateMatch"/> so that the coder reads both alike.
/// <list type="bullet">
/// <item>A pattern that held (PETRARCH-2's elements found on the verb's dependents) is more specific than a predicate match
/// without a cue: it wins. A predicate match with a cue (a word that refined the code) keeps its code: both are specific
/// and the predicate files were written for this coder.</item>
/// <item>A verb's own code (no pattern held) only codes a verb the predicate lexicon does not know.</item>
/// <item>A blocking pattern (<c>---</c>) that held cancels a predicate match without a cue.</item>
/// </list>
/// What the predicate entry knew about the verb (speech, reciprocity, target prepositions) is kept when the pattern wins.
/// </summary>
public static class PatternPrecedence
{
    public static PredicateMatch? Choose(PredicateMatch? lexical, PatternMatch? pattern, Token verb, VerbPatternLexicon lexicon)
    {
        var mode = Environment.GetEnvironmentVariable("WARTA_PATTERNS_MODE") ?? "";
        if (pattern is null) return lexical;
        if (!pattern.ByPattern) return mode.Contains("verbcode") ? lexical ?? ToPredicate(pattern, null, verb, lexicon) : lexical;
        if (lexical is not null && IsSpecific(lexical) && !mode.Contains("patternfirst")) return lexical;
        if (pattern.Blocks) return mode.Contains("noblock") ? lexical : null;
        if (lexical is null && mode.Contains("refine")) return null;
        return ToPredicate(pattern, lexical, verb, lexicon);
    }

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
