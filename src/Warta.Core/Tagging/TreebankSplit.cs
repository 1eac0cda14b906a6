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
