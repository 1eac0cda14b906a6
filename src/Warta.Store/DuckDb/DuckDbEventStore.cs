using System.Data.Common;
using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using Warta.Coding;
using Warta.Errors;

namespace Warta.Store.DuckDb;

/// <summary>
/// The embedded store: one DuckDB file (default <see cref="DefaultFile"/>). Share one instance between threads:
/// every operation runs on a connection of its own to the same database instance, so reads run side by side, and saves are
/// serialised by a lock (DuckDB allows one writer). DuckDB also lets only one process open a file for writing:
/// a second process gets <see cref="ErrorCodes.StoreUnavailable"/>.
/// </summary>
public sealed class DuckDbEventStore : IEventStore
{
    public const string DefaultFile = "warta.duckdb";

    private readonly DuckDBConnection _root;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private DuckDbEventStore(DuckDBConnection root) => _root = root;

    public string Path { get; private init; } = "";

    /// <summary>Opens (or creates) the store file and brings its schema up to date.</summary>
    public static DuckDbEventStore Open(string path = DefaultFile) => Open(path, schemaVersion: null);

    /// <summary>Opens the file with migrations applied up to <paramref name="schemaVersion"/> only (tests of migrations).</summary>
    internal static DuckDbEventStore Open(string path, int? schemaVersion) =>
        OpenFile(path, $"Data Source={path}", root =>
        {
            if (!File.Exists(path)) NewStoreFile.Create(path, schemaVersion);
            root.Open();
            SchemaMigrations.Apply(root, schemaVersion);
        });

    /// <summary>
    /// Opens an existing store file for reading only: nothing is migrated or written, and a transaction a killed
    /// writer left in the write-ahead log is replayed in memory. Refuses a schema other than this Warta's.
    /// </summary>
    public static DuckDbEventStore OpenReadOnly(string path)
    {
        if (!File.Exists(path))
            throw new WartaException(ErrorCodes.StoreUnavailable, $"{path}: the store cannot be opened (no such file)");
        return OpenFile(path, $"Data Source={path};ACCESS_MODE=READ_ONLY", root =>
        {
            root.Open();
            int version = SchemaMigrations.CurrentVersion(root);
            if (version > SchemaMigrations.Latest)
                throw new WartaException(ErrorCodes.StoreNewerSchema,
                    $"{path}: the store's schema is version {version}, newer than this Warta knows ({SchemaMigrations.Latest}): use a newer Warta");
            if (version < SchemaMigrations.Latest)
                throw new WartaException(ErrorCodes.StoreUnavailable,
                    $"{path}: the store's schema is version {version}, older than this Warta's ({SchemaMigrations.Latest}); open it for writing once (warta ingest or recode) to bring it up to date");
        });
    }

    /// <summary>Opens the root connection and readies it; on any failure the connection is closed and DuckDB's error named.</summary>
    private static DuckDbEventStore OpenFile(string path, string connectionString, Action<DuckDBConnection> ready)
    {
        var root = new DuckDBConnection(connectionString);
        try
        {
            ready(root);
        }
        catch (DuckDBException e)
        {
            root.Dispose();
            throw CannotOpen(path, e);
        }
        catch
        {
            root.Dispose();
            throw;
        }
        return new DuckDbEventStore(root) { Path = path };
    }

    private static WartaException CannotOpen(string path, DuckDBException e)
    {
        var why = e.Message.ReplaceLineEndings(" ");
        var hint = why.Contains("lock", StringComparison.OrdinalIgnoreCase)
            ? "; another process has it open, and DuckDB lets one process at a time write a file"
            : "";
        return new WartaException(ErrorCodes.StoreUnavailable, $"{path}: the store cannot be opened ({why}){hint}", e);
    }

    /// <summary>
    /// A connection of its own for one operation. DuckDB.NET shares one database instance between the connections a
    /// process opens on the same file, so this is cheap and keeps operations from sharing a non-thread-safe connection.
    /// </summary>
    private DuckDBConnection Connect()
    {
        var connection = new DuckDBConnection(_root.ConnectionString);
        connection.Open();
        return connection;
    }

    public int SchemaVersion
    {
        get
        {
            using var connection = Connect();
            return SchemaMigrations.CurrentVersion(connection);
        }
    }

    public Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var command = Command(connection, "SELECT count(*) FROM documents WHERE content_hash = $hash", ("hash", contentHash));
        return Task.FromResult(Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    public async Task<SaveResult> SaveAsync(IReadOnlyList<CodedDocument> documents, CancellationToken cancellationToken = default)
    {
        if (documents.Count == 0) return new SaveResult(0, 0, 0, 0);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = Connect();
            using var transaction = connection.BeginTransaction();
            var result = new BatchSaver(connection).Save(documents);
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            return result;
        }
        catch (DuckDBException e)
        {
            throw new WartaException(ErrorCodes.StoreWriteFailed,
                $"{Path}: {documents.Count} documents could not be stored ({e.Message.ReplaceLineEndings(" ")}); none of them was written", e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async IAsyncEnumerable<StoredDocument> DocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var command = Command(connection, $"SELECT {StoreRows.DocumentColumns} FROM documents ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return StoreRows.ReadDocument(reader);
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<StoredDocument?> GetDocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var command = Command(connection, $"SELECT {StoreRows.DocumentColumns} FROM documents WHERE id = $id", ("id", id));
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? StoreRows.ReadDocument(reader) : null);
    }

    public Task<IReadOnlyList<EventRecord>> EventsOfDocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var command = Command(connection,
            $"SELECT {EventColumns.Select("e")} FROM events e WHERE e.doc = $id ORDER BY e.position", ("id", id));
        using var reader = command.ExecuteReader();
        var events = new List<EventRecord>();
        while (reader.Read()) events.Add(EventColumns.Read(reader));
        return Task.FromResult<IReadOnlyList<EventRecord>>(events);
    }

    public Task<EventPage> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        int pageSize = Math.Clamp(query.PageSize, 1, 10_000);
        int page = Math.Max(1, query.Page);
        var filter = new FilterSql(query.Filter);
        using var connection = Connect();

        using var count = Command(connection, $"SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc {filter.Where}");
        filter.AddTo(count);
        int total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

        var counts = query.Filter.IncludeAll ? "all_" : "num_";
        var mentions = query.Filter.IncludeAll ? "all_mentions" : "num_mentions";
        // The page's ids are chosen on narrow columns first; only those rows are then read in full.
        var order = $"{StoreRows.SortColumn(query.Sort, counts)} {(query.Descending ? "DESC" : "ASC")} NULLS LAST, e.id";
        using var select = Command(connection, $"""
            WITH page AS (
                SELECT e.id FROM events e JOIN documents d ON d.id = e.doc
                {(query.Sort == EventSort.Articles ? "LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id" : "")}
                {filter.Where}
                ORDER BY {order}
                LIMIT $limit OFFSET $offset)
            SELECT {EventColumns.Select("e")},
                   coalesce(c.{mentions}, 0), coalesce(c.{counts}sources, 0), coalesce(c.{counts}articles, 0), d.title, d.url, d.source
            FROM events e JOIN documents d ON d.id = e.doc LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id
            WHERE e.id IN (SELECT id FROM page)
            ORDER BY {order}
            """);
        filter.AddTo(select);
        select.Parameters.Add(new DuckDBParameter("limit", pageSize));
        select.Parameters.Add(new DuckDBParameter("offset", (long)(page - 1) * pageSize));
        var items = new List<StoredEvent>();
        using (var reader = select.ExecuteReader())
        {
            int n = EventColumns.Count;
            while (reader.Read())
            {
                var e = EventColumns.Read(reader);
                items.Add(new StoredEvent(e, reader.GetString(n - 1), Int(reader, n), Int(reader, n + 1), Int(reader, n + 2),
                    Text(reader, n + 3), Text(reader, n + 4), Text(reader, n + 5)));
            }
        }
        return Task.FromResult(new EventPage(total, page, pageSize, items));
    }

    public Task<DyadTimeline> DyadTimelineAsync(DyadQuery query, CancellationToken cancellationToken = default)
    {
        var filter = new FilterSql(new EventFilter { From = query.From, To = query.To, IncludeAll = query.IncludeAll });
        filter.AddDyad(query.A, query.B);
        var period = query.Interval == TimelineInterval.Week ? "CAST(date_trunc('week', e.date) AS DATE)" : "e.date";
        using var connection = Connect();
        using var command = Command(connection, $"""
            SELECT {period} AS period,
                   count(*) FILTER (WHERE e.quad = 1), count(*) FILTER (WHERE e.quad = 2),
                   count(*) FILTER (WHERE e.quad = 3), count(*) FILTER (WHERE e.quad = 4), sum(e.goldstein)
            FROM events e JOIN documents d ON d.id = e.doc
            {filter.Where}
            GROUP BY period ORDER BY period
            """);
        filter.AddTo(command);
        using var reader = command.ExecuteReader();
        var points = new List<DyadPoint>();
        while (reader.Read())
            points.Add(new DyadPoint(reader.GetFieldValue<DateOnly>(0), Int(reader, 1), Int(reader, 2), Int(reader, 3), Int(reader, 4),
                reader.GetDouble(5)));
        return Task.FromResult(new DyadTimeline(query.A, query.B, query.Interval, points));
    }

    /// <summary>A node is a country, or the actor code when it has none (IGOUNO); self-loops and events without a target make no edge.</summary>
    public Task<ActorNetwork> NetworkAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var where = new FilterSql(filter);
        using var connection = Connect();
        var nodes = new List<NetworkNode>();
        using (var command = Command(connection, NetworkSql.Nodes(where)))
        {
            where.AddTo(command);
            using var reader = command.ExecuteReader();
            while (reader.Read()) nodes.Add(new NetworkNode(reader.GetString(0), Text(reader, 1), Int(reader, 2)));
        }
        var edges = new List<NetworkEdge>();
        using (var command = Command(connection, $"""
            WITH pairs AS (
                SELECT coalesce(e.source_country, e.source_code) AS s, coalesce(e.target_country, e.target_code) AS t, e.goldstein
                FROM events e JOIN documents d ON d.id = e.doc {where.Where})
            SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS n, avg(goldstein)
            FROM pairs WHERE t IS NOT NULL AND s <> t
            GROUP BY a, b ORDER BY n DESC, a, b
            """))
        {
            where.AddTo(command);
            using var reader = command.ExecuteReader();
            while (reader.Read()) edges.Add(new NetworkEdge(reader.GetString(0), reader.GetString(1), Int(reader, 2), reader.GetDouble(3)));
        }
        return Task.FromResult(new ActorNetwork(nodes, edges));
    }

    public async Task ExportAsync(EventFilter filter, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        await new EventExporter(connection).ExportAsync(filter, format, output, cancellationToken).ConfigureAwait(false);
    }

    public Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var command = Command(connection, """
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), (SELECT count(*) FROM events),
                   (SELECT count(*) FROM event_clusters), (SELECT count(*) FROM documents WHERE syndicated_from IS NOT NULL)
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return Task.FromResult(new StoreStatistics(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
    }

    public ValueTask DisposeAsync()
    {
        _root.Dispose();
        _writeLock.Dispose();
        return ValueTask.CompletedTask;
    }

    internal static DuckDBCommand Command(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.Add(new DuckDBParameter(name, value));
        return command;
    }

    internal static int Int(DbDataReader r, int i) => StoreRows.Int(r, i);

    internal static string? Text(DbDataReader r, int i) => StoreRows.Text(r, i);
}
