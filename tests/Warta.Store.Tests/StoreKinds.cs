using Warta.Store.Postgres;
using Warta.Store.Tests.Postgres;

namespace Warta.Store.Tests;

/// <summary>A fresh, empty store of some kind for one test, removed when disposed.</summary>
public interface ITestStore : IAsyncDisposable
{
    IEventStore Store { get; }
}

/// <summary>A fresh database on the test run's PostgreSQL server, opened as a <see cref="PostgresEventStore"/> and dropped afterwards.</summary>
internal sealed class PostgresTempStore(PostgresServer server, string database, PostgresEventStore store) : ITestStore
{
    public PostgresEventStore Postgres => store;
    public IEventStore Store => store;
    public string ConnectionString => server.ConnectionString(database);

    /// <summary>
    /// Takes a store's tables back from schema version 7 to 6 (no <c>sentences.has_events</c>, the keyword index on
    /// <c>events.sentence</c>), for tests that migrate a store of an older version; the caller removes the versions.
    /// </summary>
    public const string UndoSentencesWithEvents =
        "ALTER TABLE sentences DROP COLUMN has_events; CREATE INDEX events_sentence_trgm ON events USING gin (sentence gin_trgm_ops)";

    public static async Task<PostgresTempStore> CreateAsync(PostgresServer server, int? schemaVersion = null)
    {
        var database = await server.CreateDatabaseAsync();
        var store = await PostgresEventStore.OpenAsync(server.ConnectionString(database), schemaVersion, CancellationToken.None);
        return new PostgresTempStore(server, database, store);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        await server.DropDatabaseAsync(database);
    }
}
