using Warta.Actors;
using Warta.Languages;

namespace Warta.Tests.Actors;

/// <summary>The shipped actor dictionary, loaded once, and a helper that analyses a sentence and finds its mentions.</summary>
internal static class ActorTestKit
{
    private static readonly Lazy<ActorDictionary> Lazy = new(() => ActorDictionary.Load(TestPaths.DataDirectory));
    public static ActorDictionary Dictionary => Lazy.Value;
    public static MentionFinder Finder { get; } = new(Dictionary);

    public static IReadOnlyList<Mention> Find(string text, Language language, DateOnly? date = null)
    {
        var doc = SharedAnalyzer.Instance.Analyze(text, "t", language);
        return Finder.Find(doc, 0, date ?? new DateOnly(2024, 11, 1));
    }

    public static string Describe(Mention m, Warta.Text.Document doc) =>
        $"{m.Kind}:{m.Actor.Code}:{doc.Text[doc.TokenRows[m.FirstToken].Start..doc.TokenRows[m.EndToken - 1].End]}";

    /// <summary>The mentions as "Kind Code [Name]" strings, for compact assertions.</summary>
    public static string[] Codes(string text, Language language, DateOnly? date = null) =>
        [.. Find(text, language, date).Select(m => m.Actor.Name is null ? $"{m.Kind} {m.Actor.Code}" : $"{m.Kind} {m.Actor.Code} {m.Actor.Name}")];
}
