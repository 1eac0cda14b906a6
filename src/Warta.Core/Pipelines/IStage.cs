using Warta.Text;

namespace Warta.Pipelines;

/// <summary>
/// One step of the pipeline. Configuration comes in through the constructor and never changes, so one instance
/// serves many documents on many threads at once.
/// </summary>
public interface IStage
{
    StageInfo Info { get; }
    void Run(Document document, CancellationToken cancellationToken = default);
}

/// <summary>
/// A stage's name and the document attributes it reads (<see cref="Requires"/>) and writes (<see cref="Assigns"/>).
/// <see cref="Pipeline.Build"/> checks that every requirement is assigned by an earlier stage.
/// </summary>
public sealed record StageInfo(string Name, IReadOnlyList<string> Requires, IReadOnlyList<string> Assigns);

/// <summary>The attribute names stages declare, in one place so a typo cannot hide a missing dependency.</summary>
public static class Attributes
{
    public const string Text = "doc.text";
    public const string Language = "doc.language";
    public const string Paragraphs = "doc.paragraphs";
    public const string Sentences = "doc.sentences";
    public const string Tokens = "token.span";
    public const string Morphology = "token.morph";
    public const string Pos = "token.pos";
    public const string Voice = "token.voice";
    public const string Dependencies = "token.head";
}
