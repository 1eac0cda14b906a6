using Warta.Languages;

namespace Warta.Tagging;

/// <summary>The train/test split of ../shared/ud/README.md. Models are trained on the train files only.</summary>
public static class TreebankSplit
{
    public static IReadOnlyList<string> TrainFiles(Language language) => language switch
    {
        Language.Indonesian => ["id/id_csui-ud-train.conllu", "id/id_gsd-ud-dev.conllu", "id/id_pud-ud-test.conllu"],
        Language.English => ["en/en_ewt-ud-dev.conllu", "en/en_pud-ud-test.conllu"],
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    public static IReadOnlyList<string> TestFiles(Language language) => language switch
    {
        Language.Indonesian => ["id/id_gsd-ud-test.conllu", "id/id_csui-ud-test.conllu"],
        Language.English => ["en/en_ewt-ud-test.conllu"],
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };
}
