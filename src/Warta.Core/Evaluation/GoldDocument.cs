using Warta.Coding;

namespace Warta.Evaluation;

/// <summary>A gold document (../shared/gold/SCHEMA.md): the article and the events a coder should and should not find.</summary>
/// <param name="Language">The gold file's "lang", used to split totals by language ("und" when absent).</param>
public sealed record GoldDocument(NewsDocument Document, string Language, IReadOnlyList<GoldEvent> Events,
    IReadOnlyList<GoldMustNot> MustNot);

/// <summary>
/// One expected event. <see cref="Sources"/> and <see cref="Targets"/> are acceptable actor keys ("*" = any; a target
/// list with "*" also accepts no target). <see cref="SentenceContains"/> is null when the gold event does not
/// constrain the sentence (an empty string constrains nothing either, but still sorts with the constrained ones,
/// as in the reference scorer).
/// </summary>
public sealed record GoldEvent(IReadOnlyList<string> Sources, IReadOnlyList<string> Targets, IReadOnlyList<string> Roots,
    IReadOnlyList<string> Dates, string? SentenceContains, bool Optional)
{
    public override string ToString() =>
        $"{string.Join('|', Sources)}->{string.Join('|', Targets)} roots={string.Join('|', Roots)}" +
        (string.IsNullOrEmpty(SentenceContains) ? "" : $" \"{SentenceContains}\"");
}

/// <summary>An event that must not be coded as asserted: a source, roots and the sentence it would come from.</summary>
public sealed record GoldMustNot(IReadOnlyList<string> Sources, IReadOnlyList<string> Roots, string SentenceContains, string? Why)
{
    public override string ToString() =>
        $"{string.Join('|', Sources)} roots={string.Join('|', Roots)}" +
        (SentenceContains.Length == 0 ? "" : $" \"{SentenceContains}\"") + (Why is null ? "" : $" ({Why})");
}
