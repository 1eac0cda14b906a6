using System.Globalization;
using Warta.Store.Syndication;

namespace Warta.Store.Postgres;

/// <summary>
/// Whether PostgreSQL's lock table has room for a worker's saves. A save holds, until it commits, one advisory lock per
/// key that decides what a document is (<see cref="PostgresKeyLocks"/>: its id, its content hash and its MinHash bands)
/// plus the locks of the tables and indexes it writes. They all live in one shared table of
/// <c>max_locks_per_transaction</c> × (<c>max_connections</c> + <c>max_prepared_transactions</c>) entries (a little more
/// in fact: background processes add their share); PostgreSQL promises each connection <c>max_locks_per_transaction</c>
/// of them, and a transaction that takes more borrows from the others' shares, so saves of large batches by many
/// workers at once can fill the table: they then fail with "out of shared memory".
/// </summary>
public sealed record PostgresLockBudget(int MaxLocksPerTransaction, int MaxConnections, int MaxPreparedTransactions)
{
    /// <summary>Advisory locks per document: its id, its content hash and one per MinHash band.</summary>
    public const int KeysPerDocument = 2 + MinHashBands.Bands;

    /// <summary>Locks a save holds beside its advisory locks: the tables and indexes it touches (an upper estimate).</summary>
    public const int TableLocksPerSave = 64;

    public static int LocksPerSave(int batchSize) => KeysPerDocument * batchSize + TableLocksPerSave;

    /// <summary>The lock table's entries, counting the connections' shares only.</summary>
    public long Capacity => (long)MaxLocksPerTransaction * Connections;

    private int Connections => MaxConnections + MaxPreparedTransactions;

    /// <summary>How many saves of <paramref name="batchSize"/> documents the table holds at once (nothing else holding locks).</summary>
    public long SavesAtOnce(int batchSize) => Capacity / LocksPerSave(batchSize);

    /// <summary>The <c>max_locks_per_transaction</c> that gives each of <paramref name="savers"/> saves at once its locks.</summary>
    public int NeededFor(int batchSize, int savers) => (int)Math.Ceiling((double)LocksPerSave(batchSize) * savers / Connections);

    /// <summary>The largest batch one save can take in the whole table.</summary>
    public int LargestBatch => (int)Math.Max(0, (Capacity - TableLocksPerSave) / KeysPerDocument);

    /// <summary>
    /// What a worker saving <paramref name="batchSize"/> documents at a time should be told at start: an error when
    /// one save cannot fit in the table at all, a note when a save takes more than a connection's share (so only a
    /// few workers can save at once), nothing when every connection could save at once.
    /// </summary>
    public (bool Fatal, string? Message) Check(int batchSize)
    {
        var locks = LocksPerSave(batchSize);
        var table = string.Create(CultureInfo.InvariantCulture,
            $"max_locks_per_transaction {MaxLocksPerTransaction} × {Connections} connections = {Capacity:N0}");
        if (locks > Capacity)
            return (true, string.Create(CultureInfo.InvariantCulture,
                $"a save of --batch {batchSize} takes up to {locks:N0} locks, more than PostgreSQL's whole lock table holds ({table}): " +
                $"set max_locks_per_transaction to at least {NeededFor(batchSize, 1)} (postgresql.conf or ALTER SYSTEM, then restart PostgreSQL), " +
                $"or use --batch {LargestBatch} or less"));
        if (locks <= MaxLocksPerTransaction) return (false, null);
        return (false, string.Create(CultureInfo.InvariantCulture,
            $"a save of --batch {batchSize} takes up to {locks:N0} locks, more than the {MaxLocksPerTransaction} that " +
            $"max_locks_per_transaction promises each connection; PostgreSQL's lock table ({table}) holds {SavesAtOnce(batchSize)} such saves at once. " +
            $"With more workers saving at once, saves fail with \"out of shared memory\" and are retried one document at a time: " +
            $"for N workers set max_locks_per_transaction to at least {NeededFor(batchSize, 1)} × N (then restart PostgreSQL), or lower --batch"));
    }
}
