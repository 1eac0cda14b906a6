using Warta.Store.Postgres;

namespace Warta.Store.Tests.Postgres;

/// <summary>What a worker is told at start about PostgreSQL's lock table, from the server's settings and its --batch.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLockBudgetTests(PostgresServer server)
{
    [Fact]
    public void A_save_that_fits_in_one_connections_share_needs_no_word()
    {
        var budget = new PostgresLockBudget(MaxLocksPerTransaction: 1024, MaxConnections: 100, MaxPreparedTransactions: 0);

        Assert.Equal((false, null), budget.Check(batchSize: 16));
        Assert.True(PostgresLockBudget.LocksPerSave(16) <= 1024);
    }

    [Fact]
    public void A_save_larger_than_a_connections_share_gets_a_note_naming_the_setting_and_the_value_per_worker()
    {
        var budget = new PostgresLockBudget(64, 100, 0); // PostgreSQL's defaults

        var (fatal, note) = budget.Check(64);

        Assert.False(fatal);
        int locks = PostgresLockBudget.LocksPerSave(64);
        long saves = 6400 / locks;
        int perWorker = (locks + 99) / 100;
        Assert.Contains("max_locks_per_transaction", note);
        Assert.Contains($"holds {saves} such saves at once", note);
        Assert.Contains($"at least {perWorker} × N", note);
        // The value it names is enough: that many workers' saves fit in the table it gives.
        Assert.True(new PostgresLockBudget(perWorker * 8, 100, 0).SavesAtOnce(64) >= 8);
    }

    [Fact]
    public void A_save_larger_than_the_whole_table_is_an_error_naming_the_value_and_the_largest_batch_that_fits()
    {
        var budget = new PostgresLockBudget(64, 100, 0);

        var (fatal, message) = budget.Check(1000);

        Assert.True(fatal);
        Assert.Contains($"at least {budget.NeededFor(1000, 1)}", message);
        Assert.Contains($"--batch {budget.LargestBatch} or less", message);
        Assert.True(PostgresLockBudget.LocksPerSave(budget.LargestBatch) <= budget.Capacity);
        Assert.True(PostgresLockBudget.LocksPerSave(budget.LargestBatch + 1) > budget.Capacity);
        Assert.True(PostgresLockBudget.LocksPerSave(1000) <= new PostgresLockBudget(budget.NeededFor(1000, 1), 100, 0).Capacity);
    }

    [Fact]
    public async Task The_budget_is_read_from_the_servers_settings()
    {
        await using var temp = await PostgresTempStore.CreateAsync(server);

        var budget = await temp.Postgres.LockBudgetAsync();

        // PostgresServer starts the server with max_connections=200 and PostgreSQL's default for the rest.
        Assert.Equal(new PostgresLockBudget(64, 200, 0), budget);
    }
}
