using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Warta.Store.Postgres;

/// <summary>
/// Transaction-scoped advisory locks on the things two saves can disagree about (a document id, a content hash, a
/// MinHash band, a cluster id, an actor code): a save waits only for saves that touch one of its keys, and holds the
/// locks until it commits or rolls back. Each key becomes a 64-bit number (the first 8 bytes of SHA-256 of its kind and
/// value; a collision only makes two saves wait for each other). A set of keys is locked in ascending order in one
/// statement, so two saves can never each hold a key the other waits for.
/// </summary>
internal static class PostgresKeyLocks
{
    /// <summary>The distinct lock numbers of <paramref name="keys"/>, sorted.</summary>
    public static long[] Keys(IEnumerable<(string Kind, string Value)> keys) =>
        keys.Select(k => Number(k.Kind, k.Value)).Distinct().Order().ToArray();

    public static long Number(string kind, string value)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\0" + value), digest);
        return BinaryPrimitives.ReadInt64BigEndian(digest);
    }

    /// <summary>Locks <paramref name="sorted"/> one after the other, in the array's (ascending) order.</summary>
    public static NpgsqlBatchCommand Command(long[] sorted) =>
        PostgresSql.Arrays("SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1) AS k", sorted);
}
