using Warta.Pipelines;

namespace Warta.Coding.Stages;

/// <summary>
/// The coder's stages, registered here and only here, in the order they run: the document stages once, then the
/// sentence stages on each sentence in reading order (the actor memory and the story's date carry from one sentence to
/// the next). docs/coding.md lists them (a test checks it).
/// </summary>
internal static class CodingStages
{
    public static readonly IReadOnlyList<IDocumentStage> Document = [new DocumentMentionStage(), new HomeCountryStage()];

    public static readonly IReadOnlyList<ISentenceStage> Sentence =
    [
        new MentionStage(),
        new DateStage(),
        new ClauseStage(),
        new SpeakerStage(),
        new ActorResolutionStage(),
        new EventMatchStage(),
        new ModalityStage(),
        new TargetStage(),
        new EventStage(),
    ];

    /// <summary>Every stage's declaration, document stages first.</summary>
    public static IReadOnlyList<StageInfo> Infos { get; } = [.. Document.Select(s => s.Info), .. Sentence.Select(s => s.Info)];

    /// <summary>What the analysis pipeline gives the coder (parsing is optional, so the coder does not require it).</summary>
    public static readonly IReadOnlyList<string> Analysed =
        [Attributes.Text, Attributes.Language, Attributes.Sentences, Attributes.Tokens, Attributes.Morphology, Attributes.Pos, Attributes.Voice];

    static CodingStages() => Check(Infos, Analysed);

    /// <summary>Throws when a stage requires what no earlier stage (nor the analysis) assigns, or a name appears twice.</summary>
    public static void Check(IEnumerable<StageInfo> stages, IEnumerable<string> given)
    {
        var assigned = new HashSet<string>(given, StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            if (!names.Add(stage.Name)) throw new InvalidOperationException($"coding stage '{stage.Name}' is registered twice");
            var missing = stage.Requires.Where(r => !assigned.Contains(r)).ToArray();
            if (missing.Length > 0)
                throw new InvalidOperationException($"coding stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage assigns");
            assigned.UnionWith(stage.Assigns);
        }
    }
}
