namespace Warta.Tagging;

/// <summary>What a tagger model was trained on and how well it did; stored in the model file's header.</summary>
public sealed record TaggerMetadata
{
    public required string Language { get; init; }
    /// <summary>False for a model trained without analyser features (<c>--no-morph</c>).</summary>
    public required bool UsesMorphology { get; init; }
    /// <summary>File names (not paths, so the model bytes do not depend on where the data lives).</summary>
    public required IReadOnlyList<string> TrainingFiles { get; init; }
    public required int TrainingSentences { get; init; }
    public required int TrainingTokens { get; init; }
    public required int Iterations { get; init; }
    /// <summary>Accuracy on the held-out slice of the training data that chose <see cref="Iterations"/>.</summary>
    public required double HeldOutAccuracy { get; init; }
    /// <summary>Iterations of the first (left-to-right) pass whose tags give the second pass its right context; 0 for a one-pass model.</summary>
    public int FirstPassIterations { get; init; }
}
