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
