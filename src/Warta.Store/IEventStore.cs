using Warta.Coding;

namespace Warta.Store;

/// <summary>
/// Where coded documents and their events are kept and queried. The embedded DuckDB store and the cluster's
/// PostgreSQL store both implement it; the CLI, the web UI and the API use nothing else, so every query lives
/// behind this interface. Implementations are safe to share between threads.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>True when a document with this content hash is already stored (ingest is idempotent by content).</summary>
    Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores documents, their sentences and events in one transaction: all of them or none. A document whose id is
    /// already stored is replaced with its events (recode); one whose content hash is already stored under another id
    /// is skipped. Event clusters and syndication are brought up to date before the call returns.
    /// </summary>
    Task<SaveResult> SaveAsync(IReadOnlyList<CodedDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Every stored document, in id order (for recoding).</summary>
    IAsyncEnumerable<StoredDocument> DocumentsAsync(CancellationToken cancellationToken = default);

    Task<StoredDocument?> GetDocumentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The events of one stored document, in sentence order (all modalities).</summary>
    Task<IReadOnlyList<EventRecord>> EventsOfDocumentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A filtered, sorted page of events, each with the counts of its cluster.</summary>
    Task<EventPage> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Events between two actors per day or week, by QuadClass, with the Goldstein sum.</summary>
    Task<DyadTimeline> DyadTimelineAsync(DyadQuery query, CancellationToken cancellationToken = default);

    /// <summary>Countries (or IGOs) as nodes, edges weighted by event counts and coloured by mean Goldstein.</summary>
    Task<ActorNetwork> NetworkAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Writes every event matching the filter to <paramref name="output"/> in the chosen format.</summary>
    Task ExportAsync(EventFilter filter, ExportFormat format, Stream output, CancellationToken cancellationToken = default);

    Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default);
}

/// <summary>A document as stored: what was read, and the hash that makes ingest idempotent.</summary>
/// <param name="SyndicatedFrom">The id of the earlier document this one is a near-identical (syndicated) copy of, or null.</param>
public sealed record StoredDocument(string Id, string Text, string ContentHash, DateOnly? Published, string Language,
    string? Title = null, string? Url = null, string? Source = null, string? SyndicatedFrom = null);

public sealed record SaveResult(int DocumentsAdded, int DocumentsReplaced, int DocumentsSkipped, int EventsWritten);

/// <summary>
/// Which events to return. Every criterion is optional; null means "any". Actor and country criteria match the
/// source or the target; <see cref="Source"/>/<see cref="Target"/> make a directed dyad, <see cref="Dyad"/> an
/// undirected one. Actor criteria match a code ("KAZGOV", "IGOUNO") or a country ("KAZ").
/// </summary>
public sealed record EventFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Actor { get; init; }
    public string? Source { get; init; }
    public string? Target { get; init; }
    public (string A, string B)? Dyad { get; init; }
    /// <summary>CAMEO root, two digits ("11").</summary>
    public string? Root { get; init; }
    /// <summary>A CAMEO code or prefix ("111", "03").</summary>
    public string? Cameo { get; init; }
    /// <summary>QuadClass 1–4.</summary>
    public int? Quad { get; init; }
    public string? Language { get; init; }
    /// <summary>The outlet the document came from (<see cref="StoredDocument.Source"/>).</summary>
    public string? Outlet { get; init; }
    /// <summary>Include negated, hypothetical, question and alleged events (default: asserted only).</summary>
    public bool IncludeAll { get; init; }
    /// <summary>Include events from syndicated copies (default: counted once, through the original).</summary>
    public bool IncludeSyndicated { get; init; }
}

public enum EventSort { Date, Cameo, Goldstein, Source, Target, Articles }

public sealed record EventQuery(EventFilter Filter, int Page = 1, int PageSize = 50, EventSort Sort = EventSort.Date,
    bool Descending = true);

/// <summary>One stored event with the counts of its cluster (same date, source, target and code across articles).</summary>
public sealed record StoredEvent(EventRecord Event, string ClusterId, int NumMentions, int NumSources, int NumArticles,
    string? DocumentTitle = null, string? DocumentUrl = null, string? DocumentSource = null);

public sealed record EventPage(int Total, int Page, int PageSize, IReadOnlyList<StoredEvent> Items);

public enum TimelineInterval { Day, Week }

public sealed record DyadQuery(string A, string B, DateOnly? From = null, DateOnly? To = null,
    TimelineInterval Interval = TimelineInterval.Day, bool IncludeAll = false);

/// <summary>Events of the dyad in one period (a day, or the week starting on Monday <see cref="Period"/>).</summary>
public sealed record DyadPoint(DateOnly Period, int VerbalCooperation, int MaterialCooperation, int VerbalConflict,
    int MaterialConflict, double GoldsteinSum)
{
    public int Events => VerbalCooperation + MaterialCooperation + VerbalConflict + MaterialConflict;
}

public sealed record DyadTimeline(string A, string B, TimelineInterval Interval, IReadOnlyList<DyadPoint> Points);

public sealed record NetworkNode(string Id, string? Name, int Events);

public sealed record NetworkEdge(string A, string B, int Events, double MeanGoldstein);

public sealed record ActorNetwork(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);

public enum ExportFormat { Csv, Parquet, GdeltTsv }

public sealed record StoreStatistics(long Documents, long Sentences, long Events, long EventClusters, long SyndicatedDocuments);
