using Warta.Events;
using Warta.Languages;

namespace Warta.Tests.Events;

/// <summary>The shipped lexicons of both languages, loaded once with the shared analyser's morphology.</summary>
internal static class ShippedLexicons
{
    private static readonly Lazy<EventLexicon> IdLazy = new(() => Load(Language.Indonesian));
    private static readonly Lazy<EventLexicon> EnLazy = new(() => Load(Language.English));

    public static EventLexicon Indonesian => IdLazy.Value;
    public static EventLexicon English => EnLazy.Value;
    public static EventLexicon For(Language language) => language == Language.Indonesian ? Indonesian : English;

    public static EventLexicon Load(Language language, IEnumerable<string>? userFolders = null) =>
        EventLexicon.Load(TestPaths.DataDirectory, language, SharedAnalyzer.Instance.Packs[language].Morphology, userFolders);
}
