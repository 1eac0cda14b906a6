using Warta.Languages;

namespace Warta.Events;

/// <summary>
/// The event lexicons of both languages over one set of language packs and user folders, each loaded on first use
/// with its pack's morphology, and shared by all threads afterwards.
/// </summary>
public sealed class EventLexiconSet
{
    private readonly Lazy<EventLexicon> _indonesian;
    private readonly Lazy<EventLexicon> _english;

    public EventLexiconSet(LanguagePackSet packs, IEnumerable<string>? userFolders = null)
    {
        var folders = userFolders?.ToArray() ?? [];
        _indonesian = new(() => EventLexicon.Load(packs.Data, Language.Indonesian, packs[Language.Indonesian].Morphology, folders));
        _english = new(() => EventLexicon.Load(packs.Data, Language.English, packs[Language.English].Morphology, folders));
    }

    public EventLexicon this[Language language] => language switch
    {
        Language.Indonesian => _indonesian.Value,
        Language.English => _english.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(language), $"no event lexicon for '{language}'"),
    };
}
