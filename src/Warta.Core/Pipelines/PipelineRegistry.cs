using Warta.Languages;
using Warta.Morphology;
using Warta.Morphology.English;
using Warta.Segmentation;
using Warta.Tagging;
using Warta.Tokenization;

namespace Warta.Pipelines;

/// <summary>Every built-in stage, registered in one place and in the order the data flow needs.</summary>
public static class PipelineRegistry
{
    /// <summary>Language id → segmentation → tokenization → morphology → tagging → English voice → (parsing).</summary>
    /// <param name="maxSentenceChars">Longer sentences are cut (see <see cref="SegmentationStage"/>).</param>
    /// <param name="parse">Add the dependency parser at the end.</param>
    public static Pipeline Analysis(LanguagePackSet packs, LanguageIdentifier identifier,
        int maxSentenceChars = Input.InputLimits.DefaultMaxSentenceChars, bool parse = false) => Pipeline.Build(
        parse ? [.. Stages(packs, identifier, maxSentenceChars), new Parsing.ParsingStage(packs)] : Stages(packs, identifier, maxSentenceChars));

    private static IStage[] Stages(LanguagePackSet packs, LanguageIdentifier identifier, int maxSentenceChars) =>
    [
        new LanguageIdentificationStage(identifier),
        // Segmentation rules (abbreviations, datelines) are per language, so the language comes first.
        new SegmentationStage(packs, maxSentenceChars),
        new TokenizationStage(packs),
        // The tagger uses the affixes and roots as features, so morphology runs before it.
        new MorphologyStage(packs),
        new TaggingStage(packs),
        // Some lemmas depend on the tag: Selasa and May (PROPN), 's (PART), meeting (NOUN).
        new TaggedLemmaStage(),
        // English passive is syntactic (be/get + participle) and "was angry" vs "was expelled" needs the tags.
        new EnglishVoiceStage(),
    ];
}
