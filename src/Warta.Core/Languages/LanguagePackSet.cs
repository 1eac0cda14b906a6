using Warta.Data;
using Warta.Morphology;

namespace Warta.Languages;

/// <summary>
/// The language packs of one data folder, each loaded on first use (a run over English text never loads the
/// Indonesian tagger) and shared by all threads afterwards.
/// </summary>
public sealed class LanguagePackSet
{
    private readonly Lazy<LanguagePack> _indonesian;
    private readonly Lazy<LanguagePack> _english;
    private readonly Lazy<IMorphologicalAnalyzer> _indonesianMorphology;
    private readonly Lazy<IMorphologicalAnalyzer> _englishMorphology;

    /// <param name="preloadParsers">
    /// When a pack starts loading, also start reading its parser model on another thread (for a caller that parses
    /// every sentence: the model is then ready, or nearly, by the time the first sentence is tagged).
    /// </param>
    public LanguagePackSet(DataDirectory data, bool preloadParsers = false)
    {
        Data = data;
        PreloadsParsers = preloadParsers;
        _indonesian = new(() => Load(Language.Indonesian));
        _english = new(() => Load(Language.English));
        _indonesianMorphology = new(() => LanguagePacks.LoadMorphology(data, Language.Indonesian));
        _englishMorphology = new(() => LanguagePacks.LoadMorphology(data, Language.English));
    }

    public DataDirectory Data { get; }

    /// <summary>True when every pack's parser model starts loading with the pack (its sentences will be parsed).</summary>
    public bool PreloadsParsers { get; }

    /// <summary>
    /// Raised on the loading thread when a language's pack starts loading, so whoever also needs that language's own
    /// data (the coder's lexicons) can start reading it on another thread beside the pack.
    /// </summary>
    public event Action<Language>? Loading;

    public LanguagePack this[Language language] => language switch
    {
        Language.Indonesian => _indonesian.Value,
        Language.English => _english.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(language), $"no language pack for '{language}'"),
    };

    /// <summary>
    /// A language's morphology, the same object as its pack's, without waiting for the rest of the pack (the tagger):
    /// the coder's lexicons, loading beside the pack, need only this.
    /// </summary>
    public IMorphologicalAnalyzer Morphology(Language language) => language switch
    {
        Language.Indonesian => _indonesianMorphology.Value,
        Language.English => _englishMorphology.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(language), $"no language pack for '{language}'"),
    };

    private LanguagePack Load(Language language)
    {
        Loading?.Invoke(language);
        return LanguagePacks.Load(Data, language, PreloadsParsers, Morphology(language));
    }
}
