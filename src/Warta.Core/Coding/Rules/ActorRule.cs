using Warta.Actors;
using Warta.Clauses;
using Warta.Events;
using SentenceCoder = Warta.Coding.DocumentCoder.SentenceCoder;

namespace Warta.Coding.Rules;

/// <summary>What a target rule is asked: the clause, its lexicon match, the sources already chosen, the clause's modality.</summary>
internal sealed record TargetQuery(Clause Clause, PredicateMatch Match, List<ActorRef> Sources, Modality Modality)
{
    /// <summary>The first source: the party whose other side is looked for (null when none was found).</summary>
    public Actor? Source => Sources.Count > 0 ? Sources[0].Actor : null;
}

/// <summary>
/// One named way of finding the target of a clause. The rules of a list (see <see cref="ActorRules"/>) are tried in
/// order and the first that finds someone other than the source itself wins, so each rule only has to say when it applies.
/// </summary>
internal abstract class TargetRule
{
    /// <summary>The name recorded on each event the rule chose the target of (<see cref="EventRecord.ActorRule"/>).</summary>
    public abstract string Name { get; }

    /// <summary>Most rules look for the other side of a known source; a rule that does not say so.</summary>
    public virtual bool NeedsSource => true;

    /// <summary>The targets, or an empty list when the rule does not apply.</summary>
    public abstract List<ActorRef> Find(SentenceCoder sentence, TargetQuery query);

    /// <summary>Why the clause is no event at all, for a rule that stops the search instead of finding; else null.</summary>
    public virtual string? Veto(SentenceCoder sentence, TargetQuery query) => null;
}

/// <summary>One named way of finding the source (the doer) of a clause.</summary>
internal abstract class SourceRule
{
    public abstract string Name { get; }

    /// <summary>The sources, or an empty list when the rule does not apply.</summary>
    public abstract List<ActorRef> Find(SentenceCoder sentence, Clause clause);
}

/// <summary>What a list of target rules found, and which rule found it (null when none did).</summary>
internal readonly record struct TargetChoice(List<ActorRef> Targets, string? Rule, string? Veto = null);

/// <summary>What a list of source rules found, and which rule found it (null when none did).</summary>
internal readonly record struct SourceChoice(List<ActorRef> Sources, string? Rule);

internal static class RuleRunner
{
    public static TargetChoice FirstTarget(IReadOnlyList<TargetRule> rules, SentenceCoder sentence, TargetQuery query)
    {
        foreach (var rule in rules)
        {
            if (rule.NeedsSource && query.Sources.Count == 0) continue;
            if (rule.Veto(sentence, query) is { } why) return new([], rule.Name, why);
            if (rule.Find(sentence, query) is not { Count: > 0 } found) continue;
            // A rule that finds only the source itself ("condemned the strike and pledged that the Islamic Republic would
            // respond") finds no one, so the rules after it are tried as if it had found nothing.
            if (query.Sources.Count > 0 && found.TrueForAll(t => query.Sources.TrueForAll(s => sentence.ActsOnItself(s, t, query.Match.Code))))
                continue;
            return new(found, rule.Name);
        }
        return new([], null);
    }

    public static SourceChoice FirstSource(IReadOnlyList<SourceRule> rules, SentenceCoder sentence, Clause clause)
    {
        foreach (var rule in rules)
            if (rule.Find(sentence, clause) is { Count: > 0 } found) return new(found, rule.Name);
        return new([], null);
    }
}
