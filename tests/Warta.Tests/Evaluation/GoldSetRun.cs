using System.Globalization;
using Warta.Coding;
using Warta.Evaluation;
using Warta.Input;

namespace Warta.Tests.Evaluation;

/// <summary>A gold file coded by the shared coder and scored by <see cref="GoldScorer"/>, as <c>warta eval</c> does.</summary>
internal sealed class GoldSetRun
{
    private GoldSetRun(IReadOnlyList<GoldDocument> gold, EvaluationReport report)
    {
        Gold = gold;
        Report = report;
    }

    public IReadOnlyList<GoldDocument> Gold { get; }
    public EvaluationReport Report { get; }

    public static GoldSetRun Load(string goldPath)
    {
        var gold = GoldFile.Load(goldPath);
        var inputs = gold.Select(g => InputDocument.Ok($"{goldPath}: {g.Document.Id}", g.Document));
        var events = new Dictionary<string, IReadOnlyList<EventRecord>>(StringComparer.Ordinal);
        foreach (var outcome in BatchCoder.CodeAll(SharedCoder.Instance, inputs))
        {
            var coded = outcome.Coded ?? throw new Xunit.Sdk.XunitException($"a gold document could not be coded: {outcome.Error}");
            events[coded.Input.Id] = coded.Events;
        }
        return new GoldSetRun(gold, GoldScorer.Score(gold, id => events.GetValueOrDefault(id) ?? []));
    }

    /// <summary>One line of figures and counts, in the words of <c>warta eval</c>, for the test log.</summary>
    public static string Describe(string label, ScoreCounts c) => string.Create(CultureInfo.InvariantCulture,
        $"{label}: P={c.Precision:0.00} R={c.Recall:0.00} F1={c.F1:0.00} tp={c.TruePositives} fp={c.FalsePositives} " +
        $"fn={c.FalseNegatives} date={c.DatesCorrect}/{c.DatesScored} ({c.DateAccuracy:0.00}) must_not={c.Violations}");
}
