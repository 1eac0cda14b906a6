namespace Warta.Web.Api;

/// <summary>A half-open character range [Start, End) of a document's text.</summary>
public readonly record struct CharRange(int Start, int End);

/// <summary>Where one event's words are in its document: the trigger, and the source and target when found.</summary>
public sealed record EventHighlight(CharRange Trigger, CharRange? Source, CharRange? Target);
