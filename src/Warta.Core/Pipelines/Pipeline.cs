using Warta.Text;

namespace Warta.Pipelines;

/// <summary>A frozen, validated sequence of stages. Thread-safe: run it on many documents in parallel.</summary>
public sealed class Pipeline
{
    private readonly IStage[] _stages;

    private Pipeline(IStage[] stages) => _stages = stages;

    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>Checks that each stage's requirements are assigned by an earlier stage, then freezes the order.</summary>
    public static Pipeline Build(IEnumerable<IStage> stages)
    {
        var list = stages.ToArray();
        var assigned = new HashSet<string>(StringComparer.Ordinal) { Attributes.Text };
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in list)
        {
            if (!names.Add(stage.Info.Name))
                throw new InvalidOperationException($"stage '{stage.Info.Name}' appears twice in the pipeline");
            var missing = stage.Info.Requires.Where(r => !assigned.Contains(r)).ToArray();
            if (missing.Length > 0)
                throw new InvalidOperationException(
                    $"stage '{stage.Info.Name}' requires {string.Join(", ", missing)}, which no earlier stage assigns");
            assigned.UnionWith(stage.Info.Assigns);
        }
        return new Pipeline(list);
    }

    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Run(document, cancellationToken);
        }
        return document;
    }
}
