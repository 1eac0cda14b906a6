using System.Data.Common;
using System.Runtime.CompilerServices;
using Npgsql;
using Warta.Coding;
using Warta.Errors;

namespace Warta.Store.Postgres;

/// <summary>
/// The cluster's store: a PostgreSQL database reached through a connection string, with the same tables and query
/// semantics as the DuckDB store (docs/store.md, docs/cluster.md). Any number of processes may open it: saves are
/// upserts in one transaction per batch; saves wait for each other only where they touch the same keys (<see cref="PostgresKeyLocks"/>) or the same clusters' and actors' counts, and reads run side by side.
/// Share one instance between threads (it holds a connection pool).
/// </summary>
public sealed class PostgresEventStore : IEventStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresEventStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Connects and brings the schema up to date.</summary>
    public static Task<PostgresEventStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default) =>
        OpenAsync(connectionString, schemaVersion: null, cancellationToken);

    /// <summary>Connects with migrations applied up to <paramref name="schemaVersion"/> only (tests of migrations).</summary>
    internal static async Task<PostgresEventStore> OpenAsync(string connectionString, int? schemaVersion, CancellationToken cancellationToken)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await PostgresMigrations.ApplyAsync(dataSource, schemaVersion, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw new WartaException(ErrorCodes.StoreUnavailable,
                $"the PostgreSQL store cannot be opened ({e.Message.ReplaceLineEndings(" ")})", e);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new PostgresEventStore(dataSource);
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresMigrations.CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM documents WHERE content_hash = @hash)");
        command.Parameters.AddWithValue("hash", contentHash);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<SaveResult> SaveAsync(IReadOnlyList<CodedDocument> documents, CancellationToken cancellationToken = default)
    {
        if (documents.Count == 0) return new SaveResult(0, 0, 0, 0);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Two transactions: what the documents are (short, under the locks near-copies share), then their contents.
        DecidedBatch decided;
        await using (var decision = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            decided = await new PostgresDocumentDecision(connection).DecideAsync(documents, cancellationToken).ConfigureAwait(false);
            await decision.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        try
        {
            return await SaveContentsAsync(connection, decided, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (decided.Added.Count > 0)
        {
            await TryWithdrawAsync(connection, decided).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Withdraws what a save whose contents failed decided (<see cref="PostgresDocumentDecision.WithdrawAsync"/>). If
    /// that fails too (the database is gone), the save's own error is the one to report: the documents' rows then
    /// stay until the redelivery completes them.
    /// </summary>
    private static async Task TryWithdrawAsync(NpgsqlConnection connection, DecidedBatch decided)
    {
        try
        {
            await using var withdrawal = await connection.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
            await new PostgresDocumentDecision(connection).WithdrawAsync(decided, CancellationToken.None).ConfigureAwait(false);
            await withdrawal.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // Reported by the caller's exception; see the summary.
        }
    }

    private static async Task<SaveResult> SaveContentsAsync(NpgsqlConnection connection, DecidedBatch decided, CancellationToken cancellationToken)
    {
        await using var contents = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await new PostgresBatchSaver(connection).SaveAsync(decided, cancellationToken).ConfigureAwait(false);
        await contents.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The server's settings that size its lock table (see <see cref="PostgresLockBudget"/>).</summary>
    public async Task<PostgresLockBudget> LockBudgetAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT current_setting('max_locks_per_transaction')::integer, current_setting('max_connections')::integer,
                   current_setting('max_prepared_transactions')::integer
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new PostgresLockBudget(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    /// <summary>
    /// Recounts every cluster's counts from the stored events, replacing the counts saves adjusted (a repair; saves
    /// wait meanwhile, readers do not). Returns the number of clusters.
    /// </summary>
    public async Task<long> RecountClustersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var clusters = await PostgresClusterRecount.RunAsync(connection, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return clusters;
    }

    public async IAsyncEnumerable<StoredDocument> DocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {StoreRows.DocumentColumns} FROM documents ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) yield return StoreRows.ReadDocument(reader);
    }

    public async Task<StoredDocument?> GetDocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {StoreRows.DocumentColumns} FROM documents WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? StoreRows.ReadDocument(reader) : null;
    }

    public async Task<IReadOnlyList<EventRecord>> EventsOfDocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {EventColumns.Select("e")} FROM events e WHERE e.doc = @id ORDER BY e.position");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<EventRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) events.Add(EventColumns.Read(reader));
        return events;
    }

    public async Task<EventPage> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        int pageSize = Math.Clamp(query.PageSize, 1, 10_000);
        int page = Math.Max(1, query.Page);
        var filter = new FilterSql(query.Filter, PostgresSql.Filter);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        int total;
        await using (var count = new NpgsqlCommand($"SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc {filter.Where}", connection))
        {
            filter.AddTo(count);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false),
                System.Globalization.CultureInfo.InvariantCulture);
        }

        var counts = query.Filter.IncludeAll ? "all_" : "num_";
        var mentions = query.Filter.IncludeAll ? "all_mentions" : "num_mentions";
        var order = $"{StoreRows.SortColumn(query.Sort, counts)} {(query.Descending ? "DESC" : "ASC")} NULLS LAST, e.id";
        var items = new List<StoredEvent>();
        await using (var select = new NpgsqlCommand($"""
            SELECT {EventColumns.Select("e")},
                   coalesce(c.{mentions}, 0), coalesce(c.{counts}sources, 0), coalesce(c.{counts}articles, 0), d.title, d.url, d.source
            FROM events e JOIN documents d ON d.id = e.doc LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id
            {filter.Where}
            ORDER BY {order}
            LIMIT @limit OFFSET @offset
            """, connection))
        {
            filter.AddTo(select);
            select.Parameters.AddWithValue("limit", pageSize);
            select.Parameters.AddWithValue("offset", (long)(page - 1) * pageSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            int n = EventColumns.Count;
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var e = EventColumns.Read(reader);
                items.Add(new StoredEvent(e, reader.GetString(n - 1), StoreRows.Int(reader, n), StoreRows.Int(reader, n + 1),
                    StoreRows.Int(reader, n + 2), StoreRows.Text(reader, n + 3), StoreRows.Text(reader, n + 4), StoreRows.Text(reader, n + 5)));
            }
        }
        return new EventPage(total, page, pageSize, items);
    }

    public async Task<DyadTimeline> DyadTimelineAsync(DyadQuery query, CancellationToken cancellationToken = default)
    {
        var filter = new FilterSql(query.Criteria, PostgresSql.Filter);
        filter.AddDyad(query.A, query.B);
        var period = MapSql.Period(query.Interval);
        await using var command = _dataSource.CreateCommand($"""
            SELECT {period} AS period,
                   count(*) FILTER (WHERE e.quad = 1), count(*) FILTER (WHERE e.quad = 2),
                   count(*) FILTER (WHERE e.quad = 3), count(*) FILTER (WHERE e.quad = 4), sum(e.goldstein)
            FROM events e JOIN documents d ON d.id = e.doc
            {filter.Where}
            GROUP BY 1 ORDER BY 1
            """);
        filter.AddTo(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var points = new List<DyadPoint>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            points.Add(new DyadPoint(reader.GetFieldValue<DateOnly>(0), StoreRows.Int(reader, 1), StoreRows.Int(reader, 2),
                StoreRows.Int(reader, 3), StoreRows.Int(reader, 4), reader.GetDouble(5)));
        return new DyadTimeline(query.A, query.B, query.Interval, points);
    }

    /// <summary>A node is a country, or the actor code when it has none (IGOUNO); self-loops and events without a target make no edge.</summary>
    public async Task<ActorNetwork> NetworkAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var where = new FilterSql(filter, PostgresSql.Filter);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var nodes = new List<NetworkNode>();
        await using (var command = new NpgsqlCommand(NetworkSql.Nodes(where), connection))
        {
            where.AddTo(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                nodes.Add(new NetworkNode(reader.GetString(0), StoreRows.Text(reader, 1), StoreRows.Int(reader, 2)));
        }
        var edges = new List<NetworkEdge>();
        await using (var command = new NpgsqlCommand($"""
            WITH pairs AS (
                SELECT coalesce(e.source_country, e.source_code) AS s, coalesce(e.target_country, e.target_code) AS t, e.goldstein
                FROM events e JOIN documents d ON d.id = e.doc {where.Where})
            SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS n, avg(goldstein)
            FROM pairs WHERE t IS NOT NULL AND s <> t
            GROUP BY 1, 2 ORDER BY n DESC, a, b
            """, connection))
        {
            where.AddTo(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                edges.Add(new NetworkEdge(reader.GetString(0), reader.GetString(1), StoreRows.Int(reader, 2), reader.GetDouble(3)));
        }
        return new ActorNetwork(nodes, edges);
    }

    /// <summary>CSV, GDELT TSV and Parquet as the DuckDB store writes them (Parquet through an in-memory DuckDB: <see cref="PostgresParquetExport"/>).</summary>
    public async Task ExportAsync(EventFilter filter, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        if (format == ExportFormat.Parquet)
        {
            await PostgresParquetExport.WriteAsync(_dataSource, filter, output, cancellationToken).ConfigureAwait(false);
            return;
        }
        var where = new FilterSql(filter, PostgresSql.Filter);
        await using var command = _dataSource.CreateCommand(EventRowExport.Sql(where));
        where.AddTo(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        EventRowExport.Write(reader, format, output, cancellationToken);
    }

    public async Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), (SELECT count(*) FROM events),
                   (SELECT count(*) FROM event_clusters), (SELECT count(*) FROM documents WHERE syndicated_from IS NOT NULL)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoreStatistics(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    /// <summary>
    /// Documents written (added or replaced) within the last <paramref name="window"/> by the database's clock: the
    /// cluster's recent throughput, whichever workers wrote them.
    /// </summary>
    public async Task<long> DocumentsStoredWithinAsync(TimeSpan window, CancellationToken cancellationToken = default)
    {
        // ingested_at is a UTC timestamp without a zone (as in the DuckDB store).
        await using var command = _dataSource.CreateCommand(
            "SELECT count(*) FROM documents WHERE ingested_at >= (now() AT TIME ZONE 'UTC') - @window");
        command.Parameters.AddWithValue("window", window);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<IReadOnlyList<ActorSuggestion>> SuggestActorsAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(MapSql.Actors('@'));
        command.Parameters.AddWithValue("text", FilterSql.ContainsPattern(text.Trim()));
        command.Parameters.AddWithValue("prefix", FilterSql.PrefixPattern(text.Trim()));
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var actors = new List<ActorSuggestion>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            actors.Add(new ActorSuggestion(reader.GetString(0), StoreRows.Text(reader, 1), reader.GetInt64(2)));
        return actors;
    }

    public async Task<IReadOnlyList<string>> CarriersAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(StoreRows.CarriersSql('@'));
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var outlets = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) outlets.Add(reader.GetString(0));
        return outlets;
    }

    public async Task<IReadOnlyList<MapArea>> MapAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var where = new FilterSql(filter, PostgresSql.Filter);
        await using var command = _dataSource.CreateCommand(MapSql.Areas(where));
        where.AddTo(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var areas = new List<MapArea>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            areas.Add(new MapArea(reader.GetString(0), StoreRows.Int(reader, 1), StoreRows.Int(reader, 2), StoreRows.Int(reader, 3),
                StoreRows.Int(reader, 4), StoreRows.Int(reader, 5), StoreRows.Int(reader, 6), StoreRows.Int(reader, 7)));
        return areas;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
