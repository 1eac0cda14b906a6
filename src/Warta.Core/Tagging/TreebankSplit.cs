using Warta.Languages;

namespace Warta.Tagging;

/// <summary>The train/test split of ../shared/ud/README.md. Models are trained on the train files only.</summary>
public static class TreebankSplit
{
    public static IReadOnlyList<string> TrainFiles(Language language) => language switch
    {
        Language.Indonesian => ["id/id_csui-ud-train.conllu", "id/id_gsd-ud-dev.conllu", "id/id_pud-ud-test.conllu"],
        Language.English => ["en/en_ewt-ud-train.conllu", "en/en_pud-ud-test.conllu"],
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>
    /// The files data/en/lemmas.tsv is built from (<c>train lexicon --lang en</c>): every English file but the test
    /// file. ewt-dev is not in the tagger's training split (the parser tunes on it), but its lemmas are kept in the
    /// table: the coder's lexicons were written against them (resume, …).
    /// </summary>
    public static IReadOnlyList<string> EnglishLexiconFiles { get; } =
        ["en/en_ewt-ud-train.conllu", "en/en_ewt-ud-dev.conllu", "en/en_pud-ud-test.conllu"];

    public static IReadOnlyList<string> TestFiles(Language language) => language switch
    {
        Language.Indonesian => ["id/id_gsd-ud-test.conllu", "id/id_csui-ud-test.conllu"],
        Language.English => ["en/en_ewt-ud-test.conllu"],
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>
    /// Training files whose sentences may be held out to make design choices: those of the test genre. English
    /// tests on EWT web text, so only ewt-dev is held out (PUD is news); Indonesian tests on GSD and CSUI.
    /// </summary>
    public static bool IsHeldOutCandidate(Language language, string fileName) => language switch
    {
        Language.English => fileName.StartsWith("en_ewt", StringComparison.Ordinal),
        Language.Indonesian => fileName.StartsWith("id_gsd", StringComparison.Ordinal) || fileName.StartsWith("id_csui", StringComparison.Ordinal),
        _ => true,
    };
}
