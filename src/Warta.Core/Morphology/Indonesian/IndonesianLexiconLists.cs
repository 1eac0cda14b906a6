using Warta.Errors;

namespace Warta.Morphology.Indonesian;

/// <summary>
/// The project's own Indonesian word lists that every lexicon build adds to the treebank lemmas: common roots, event
/// roots, function words and lexicalised forms (read from data/id/). Immutable; one instance serves any number of builds.
/// </summary>
public sealed class IndonesianLexiconLists
{
    public const string OwnRootsFile = "lexicon/own-roots.txt";
    public const string EventRootsFile = "lexicon/event-roots.txt";

    private IndonesianLexiconLists(IReadOnlyList<string> ownRoots, IReadOnlyList<string> eventRoots, WordList functionWords, WordList lexicalised)
    {
        OwnRoots = ownRoots;
        EventRoots = eventRoots;
        FunctionWords = functionWords;
        Lexicalised = lexicalised;
    }

    internal IReadOnlyList<string> OwnRoots { get; }
    internal IReadOnlyList<string> EventRoots { get; }
    internal WordList FunctionWords { get; }
    internal WordList Lexicalised { get; }

    /// <summary>Reads the lists from an Indonesian data folder (the one holding lexicon/, function-words.txt, lexicalised.txt).</summary>
    public static IndonesianLexiconLists Load(string directory) => new(
        ReadRootList(Path.Combine(directory, OwnRootsFile)),
        ReadRootList(Path.Combine(directory, EventRootsFile)),
        WordList.Load(Require(directory, IndonesianMorphology.FunctionWordsFile)),
        WordList.Load(Require(directory, IndonesianMorphology.LexicalisedFile)));

    private static List<string> ReadRootList(string path)
    {
        if (!File.Exists(path)) throw new WartaException(ErrorCodes.DataFileMissing, $"root list '{path}' not found");
        return WordList.ReadItems(path).Select(f => f[0].ToLowerInvariant()).ToList();
    }

    private static string Require(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path)) throw new WartaException(ErrorCodes.DataFileMissing, $"'{path}' not found");
        return path;
    }
}
