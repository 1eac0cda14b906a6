using Warta.Coding;
using Warta.Evaluation;
using Warta.Tests.TestSupport;

namespace Warta.Tests.Coding;

/// <summary>
/// <c>explain</c> shows what the coding run recorded, never a second opinion: for every document of the development
/// sets, the events it records and prints are exactly the events <c>code --all</c> writes for the same input.
/// </summary>
public sealed class ExplainShowsTheCodedEventsTests
{
    [Theory]
    [InlineData("eval/dev/dev-gold.json")]
    [InlineData("../shared/gold/seed.json")]
    [InlineData("../shared/gold/articles-dev.en.json")]
    [InlineData("../shared/gold/articles-dev.id.json")]
    [InlineData("../shared/gold/plover-gsr-dev.en.json")]
    [InlineData("../shared/gold/plover-gsr-dev.id.json")]
    public void Explain_shows_exactly_the_events_code_writes(string goldFile)
    {
        var documents = GoldFile.Load(Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, goldFile))).Select(g => g.Document).ToList();
        Assert.NotEmpty(documents);
        var explainer = new Explainer(SharedCoder.Instance);
        var differences = documents.AsParallel().AsOrdered()
            .Select(document => Difference(explainer, document))
            .Where(difference => difference is not null)
            .ToList();
        Assert.True(differences.Count == 0, $"{goldFile}: {differences.Count} of {documents.Count} documents:\n{string.Join("\n", differences)}");
    }

    private static string? Difference(Explainer explainer, NewsDocument document)
    {
        var coded = SharedCoder.Instance.Code(document).Events;
        var explanation = explainer.Run(document);
        var recorded = EventLineDiff.Compare(EventLines.Of(document, coded), EventLines.Of(document, explanation.Events));
        if (!recorded.Same) return $"{document.Id}: explain recorded other events than code writes: {recorded.Describe()}";

        var text = new StringWriter();
        explainer.Write(explanation, text);
        var printed = PrintedEventLines(text.ToString());
        var written = coded.Select(Explainer.EventLine).ToList();
        if (printed.SequenceEqual(written)) return null;
        return $"{document.Id}: explain printed\n{string.Join("\n", printed)}\nwhere code writes\n{string.Join("\n", written)}";
    }

    /// <summary>The lines under each sentence's "events:" heading, "(none)" left out.</summary>
    private static List<string> PrintedEventLines(string text)
    {
        var lines = new List<string>();
        bool inEvents = false;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line == "  events:") inEvents = true;
            else if (inEvents && line.StartsWith("    ", StringComparison.Ordinal)) { if (line.Trim() != "(none)") lines.Add(line); }
            else inEvents = false;
        }
        return lines;
    }
}
