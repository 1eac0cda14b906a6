using Warta.Text;

namespace Warta.Coding;

/// <summary>
/// The library's front door for event coding: load once, code many documents, from many threads.
/// </summary>
public sealed class EventCoder
{
    private readonly TextAnalyzer _analyzer;

    private EventCoder(TextAnalyzer analyzer) => _analyzer = analyzer;

    /// <summary>Loads the data folder (default: next to the executable) and any user dictionary folders.</summary>
    public static EventCoder Load(string? dataPath = null, IEnumerable<string>? dictionaryFolders = null) =>
        new(TextAnalyzer.Load(dataPath));

    /// <summary>Analyses and codes one document. The result holds every event, negated and hypothetical ones included.</summary>
    public CodedDocument Code(NewsDocument document, CancellationToken cancellationToken = default)
    {
        var analysis = _analyzer.Analyze(document.Text, document.Id, document.Language, document.Published, cancellationToken);
        return new CodedDocument(document, analysis, []);
    }
}

/// <summary>A coded document: the analysis and all its events (filter on <see cref="EventRecord.Modality"/> for asserted ones).</summary>
public sealed record CodedDocument(NewsDocument Input, Document Analysis, IReadOnlyList<EventRecord> Events)
{
    public IEnumerable<EventRecord> Asserted => Events.Where(e => e.Modality == "asserted");
}
