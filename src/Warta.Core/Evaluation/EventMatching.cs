using Warta.Coding;

namespace Warta.Evaluation;

/// <summary>The comparisons the gold scorer makes between a predicted event and a gold entry (../shared/gold/SCHEMA.md).</summary>
internal static class EventMatching
{
    public const string Any = "*";

    /// <summary>The key gold files compare: the actor's country, else its code; null for no actor.</summary>
    public static string? Key(EventActor? actor) =>
        actor is null ? null : string.IsNullOrEmpty(actor.Country) ? actor.Code : actor.Country;

    /// <summary>The two-digit root: the record's root, else the first two digits of its code, zero-padded.</summary>
    public static string Root(EventRecord e)
    {
        var root = string.IsNullOrEmpty(e.Root) ? e.Cameo[..Math.Min(2, e.Cameo.Length)] : e.Root;
        return root.PadLeft(2, '0')[..2];
    }

    /// <summary>Counted by the scorer: not negated, not hypothetical, and a modality that asserts.</summary>
    public static bool IsAsserted(EventRecord e) =>
        !e.Negated && !e.Hypothetical && e.Modality.ToLowerInvariant() is "asserted" or "" or "none" or "fact";

    /// <summary>A gold key accepts an actor whose key or code equals it or starts with it (IGOUNO accepts IGOUNOGOV).</summary>
    public static bool ActorAccepted(EventActor? actor, IReadOnlyList<string> accepted)
    {
        if (accepted.Contains(Any)) return true;
        if (actor is null) return false;
        var key = Key(actor) ?? "";
        foreach (var gold in accepted)
            if (actor.Code.StartsWith(gold, StringComparison.Ordinal) || key.StartsWith(gold, StringComparison.Ordinal))
                return true;
        return false;
    }

    public static bool Matches(EventRecord e, GoldEvent gold) =>
        gold.Roots.Contains(Root(e))
        && ActorAccepted(e.Source, gold.Sources)
        && ActorAccepted(e.Target, gold.Targets)
        && (string.IsNullOrEmpty(gold.SentenceContains) || e.Sentence.Contains(gold.SentenceContains, StringComparison.Ordinal));

    public static bool Violates(EventRecord e, GoldMustNot rule) =>
        rule.Roots.Contains(Root(e))
        && ActorAccepted(e.Source, rule.Sources)
        && e.Sentence.Contains(rule.SentenceContains, StringComparison.Ordinal);

    /// <summary>A statement with no one addressed is too common and vague to score (the reference scorer drops it).</summary>
    public static bool IsUntargetedStatement(EventRecord e) => Root(e) == "01" && e.Target is null;

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
