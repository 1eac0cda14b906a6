using Warta.Actors;
using Warta.Clauses;
using Warta.Data;
using Warta.Dates;
using Warta.Events;
using Warta.Events.Patterns;
using Warta.Languages;

namespace Warta.Coding;

/// <summary>
/// Everything the coder reads, loaded once and shared by all threads: the actor dictionaries (all languages),
/// the CAMEO codebook, and per language the clause words, event lexicon and date words (loaded on first use).
/// </summary>
public sealed class CodingResources
{
    private readonly Lazy<LanguageCoding> _indonesian;
    private readonly Lazy<LanguageCoding> _english;
    private readonly Task<ActorDictionary> _actors;
    private readonly Lazy<MentionFinder> _mentions;
    private readonly Lazy<CameoCodebook> _codebook;

    /// <param name="actors">
    /// The actor dictionaries, possibly still loading on another thread: the language packs and lexicons load meanwhile,
    /// and the first document to need the actors waits for them (a loading error is thrown to it). Default: loaded
    /// from the data folder and <paramref name="userFolders"/> on the thread pool.
    /// </param>
    public CodingResources(LanguagePackSet packs, IReadOnlyList<string> userFolders, Task<ActorDictionary>? actors = null)
    {
        var data = packs.Data;
        _codebook = new(() => CameoCodebook.Load(data));
        _actors = actors ?? Task.Run(() => ActorDictionary.Load(data, userFolders));
        _mentions = new(() => new MentionFinder(Actors));
        _indonesian = new(() => LanguageCoding.Load(data, packs, Language.Indonesian, userFolders, _codebook.Value));
        _english = new(() => LanguageCoding.Load(data, packs, Language.English, userFolders, _codebook.Value));
        // A language's lexicons (and its verb patterns, when sentences are parsed) start loading on their own thread as
        // soon as its pack does: the coder needs them as soon as the first document is analysed. A failure is kept by
        // the Lazy and thrown to the coder, as without this.
        packs.Loading += language => Task.Factory.StartNew(() =>
        {
            var coding = For(language);
            if (packs.PreloadsParsers) _ = coding.Patterns.Value;
        }, TaskCreationOptions.LongRunning);
    }

    /// <summary>The CAMEO codebook, read once for the coder and both languages' lexicons.</summary>
    public CameoCodebook Codebook => _codebook.Value;
    public ActorDictionary Actors => _actors.GetAwaiter().GetResult();
    public MentionFinder Mentions => _mentions.Value;

    public LanguageCoding For(Language language) => language switch
    {
        Language.Indonesian => _indonesian.Value,
        Language.English => _english.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(language), $"no event lexicon for '{language}'"),
    };
}

/// <summary>One language's coding data: clause words, event lexicon, date words, verb patterns.</summary>
public sealed class LanguageCoding
{
    public required ClauseReader Clauses { get; init; }
    public required EventLexicon Lexicon { get; init; }
    public required DateFinder Dates { get; init; }
    /// <summary>The verb patterns, loaded when the first parsed sentence is coded.</summary>
    public required Lazy<VerbPatternMatcher> Patterns { get; init; }
    /// <summary>Modality read from the dependency tree, with this language's modality and clause words.</summary>
    internal TreeModalityReader TreeModality => _treeModality ??= new TreeModalityReader(Lexicon.Modality, Clauses.Words);
    private TreeModalityReader? _treeModality;

    public static LanguageCoding Load(DataDirectory data, LanguagePackSet packs, Language language, IReadOnlyList<string> userFolders,
        CameoCodebook codebook)
    {
        var words = ClauseWords.Load(data, language);
        return new()
        {
            Clauses = new ClauseReader(words),
            Lexicon = EventLexicon.Load(data, language, packs.Morphology(language), userFolders, codebook),
            Dates = DateFinder.Load(data, language),
            Patterns = new(() => new VerbPatternMatcher(VerbPatternLexicon.Load(data, language, packs.Morphology(language), userFolders, codebook), words)),
        };
    }
}
