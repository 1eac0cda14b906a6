using Warta.Data;

namespace Warta.Languages;

/// <summary>
/// The language packs of one data folder, each loaded on first use (a run over English text never loads the
/// Indonesian tagger) and shared by all threads afterwards.
/// </summary>
public sealed class LanguagePackSet(DataDirectory data)
{
    private readonly Lazy<LanguagePack> _indonesian = new(() => LanguagePacks.Load(data, Language.Indonesian));
    private readonly Lazy<LanguagePack> _english = new(() => LanguagePacks.Load(data, Language.English));

    public DataDirectory Data { get; } = data;

    public LanguagePack this[Language language] => language switch
    {
        Language.Indonesian => _indonesian.Value,
        Language.English => _english.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(language), $"no language pack for '{language}'"),
    };
}
