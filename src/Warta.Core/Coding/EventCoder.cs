using Warta.Actors;
using Warta.Data;
using Warta.Languages;
using Warta.Text;

namespace Warta.Coding;

/// <summary>
/// The library's front door for event coding: load once, code many documents, from many threads.
/// <code>
/// var coder = EventCoder.Load();
/// var coded = coder.Code(new NewsDocument("d1", "Rusia mengusir dua diplomat Jepang pada Senin.", new DateOnly(2024, 3, 12)));
/// foreach (var e in coded.Asserted) Console.WriteLine($"{e.Date} {e.Source.Code} {e.Cameo} {e.Target?.Code}");
/// </code>
/// </summary>
public sealed class EventCoder
{
    private readonly TextAnalyzer _analyzer;

    private EventCoder(TextAnalyzer analyzer, CodingResources resources)
    {
        _analyzer = analyzer;
        Resources = resources;
    }

    public CodingResources Resources { get; }
    public TextAnalyzer Analyzer => _analyzer;

    /// <summary>Loads the data folder (default: next to the executable) and any user dictionary folders, which add or override entries.</summary>
    /// <param name="maxSentenceChars">Sentences longer than this are cut into pieces before coding (see <see cref="TextAnalyzer.Load"/>).</param>
    /// <param name="parse">
    /// Parse every sentence (the default), so its clauses are also read from the dependency tree (see
    /// Clauses.ClauseReader) and the verb patterns are matched on it (see <see cref="Events.Patterns.PatternPrecedence"/>).
    /// Off, the parser model and the patterns are never loaded and clauses are read from tags alone.
    /// </param>
    public static EventCoder Load(string? dataPath = null, IEnumerable<string>? dictionaryFolders = null,
        int maxSentenceChars = Input.InputLimits.DefaultMaxSentenceChars, bool parse = true)
    {
        var folders = dictionaryFolders?.ToArray() ?? [];
        // The actor dictionaries (tens of thousands of names) load on another core while the language layer loads here,
        // and are waited for by the first document that needs them, not here: that document's language pack loads meanwhile.
        var actors = Task.Run(() => ActorDictionary.Load(DataDirectory.Open(dataPath), folders));
        var analyzer = TextAnalyzer.Load(dataPath, maxSentenceChars, parse);
        return new EventCoder(analyzer, new CodingResources(analyzer.Packs, folders, actors));
    }

    /// <summary>Analyses and codes one document. The result holds every event, negated and hypothetical ones included.</summary>
    public CodedDocument Code(NewsDocument document, CancellationToken cancellationToken = default)
    {
        var analysis = _analyzer.Analyze(document.Text, document.Id, document.Language, document.Published, cancellationToken);
        var events = new DocumentCoder(Resources, document, analysis).Run(cancellationToken);
        return new CodedDocument(document, analysis, events);
    }

    /// <summary>Codes one document and keeps what every stage recorded and every clause the coder looked at, for <c>explain</c>.</summary>
    public (CodedDocument Coded, CodingRecord Record) CodeWithRecord(NewsDocument document)
    {
        var analysis = _analyzer.Analyze(document.Text, document.Id, document.Language, document.Published);
        var coder = new DocumentCoder(Resources, document, analysis, trace: []);
        var events = coder.Run();
        return (new CodedDocument(document, analysis, events), coder.Record);
    }
}

/// <summary>A coded document: the analysis and all its events (filter on <see cref="EventRecord.Modality"/> for asserted ones).</summary>
public sealed record CodedDocument(NewsDocument Input, Document Analysis, IReadOnlyList<EventRecord> Events)
{
    public IEnumerable<EventRecord> Asserted => Events.Where(e => e.Modality == "asserted");
}
