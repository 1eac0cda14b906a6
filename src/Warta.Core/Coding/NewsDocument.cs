using Warta.Languages;

namespace Warta.Coding;

/// <summary>An article to code: its text and what is known about it. <see cref="Published"/> anchors relative dates.</summary>
public sealed record NewsDocument(string Id, string Text, DateOnly? Published = null, Language? Language = null,
    string? Title = null, string? Url = null, string? Source = null);
