using DuckDB.NET.Data;
using Warta.Store.DuckDb;

namespace Warta.Store.Tests.Crash;

/// <summary>
/// What a process killed while its store closes leaves, built without a kill: committed batches still in the
/// write-ahead log (<c>FILE.wal</c>), not yet merged into the file by DuckDB's checkpoint. The next writer replays the
/// log and merges it when it closes; every event must still be found, and a document replaced, afterwards. With the
/// secondary indexes of schema version 2 that close wrote them stale (see <see cref="SchemaMigrations"/>, version 3).
/// </summary>
public sealed class UnmergedLogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-unmerged-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_store_reopened_over_an_unmerged_log_keeps_every_event_through_the_replay_and_the_close()
    {
        var file = Path.Combine(_folder, "store.duckdb");
        var russia = Articles.Code("russia", Articles.RussiaKazakhstanEn);
        var japan = Articles.Code("japan", Articles.JapanChinaEn);
        Assert.NotEmpty(russia.Events);
        await using (var store = DuckDbEventStore.Open(file))
        {
            LeaveTheLogUnmergedAtClose(file);
            await store.SaveAsync([russia, japan]);
        }
        Assert.True(new FileInfo(file + ".wal").Length > 0, "the save should be in the write-ahead log only");

        await using (var replayed = DuckDbEventStore.Open(file))
            Assert.Equal(2, (await replayed.StatisticsAsync()).Documents);

        await using var reopened = DuckDbEventStore.Open(file);
        Assert.Equal(Articles.AsStored(russia.Events), await reopened.EventsOfDocumentAsync("russia"));
        Assert.Equal(Articles.AsStored(japan.Events), await reopened.EventsOfDocumentAsync("japan"));
        var replacement = Articles.Code("russia", Articles.RussiaKazakhstanId);
        Assert.Equal(new SaveResult(0, 1, 0, replacement.Events.Count), await reopened.SaveAsync([replacement]));
        Assert.Equal(Articles.AsStored(replacement.Events), await reopened.EventsOfDocumentAsync("russia"));
        Assert.Equal(2, (await reopened.StatisticsAsync()).Documents);
    }

    /// <summary>
    /// Connections to one file in one process share the store's database instance, so this setting applies to the
    /// store: its close skips the checkpoint, as a kill during that checkpoint does.
    /// </summary>
    private static void LeaveTheLogUnmergedAtClose(string file)
    {
        using var connection = new DuckDBConnection($"Data Source={file}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA disable_checkpoint_on_shutdown";
        command.ExecuteNonQuery();
    }
}
