using DuckDB.NET.Data;

namespace Warta.Store.DuckDb;

/// <summary>
/// The schema as an ordered list of migrations. Opening a file applies, in one transaction each, every migration
/// newer than the version recorded in <c>schema_version</c>. A migration is never edited once released: a change
/// is a new entry at the end.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        // 1: documents, sentences, events, actors, clusters, and the LSH bands that find syndicated copies.
        """
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,
            url VARCHAR,
            source VARCHAR,
            outlet VARCHAR NOT NULL,
            title VARCHAR,
            published DATE,
            lang VARCHAR NOT NULL,
            content_hash VARCHAR NOT NULL UNIQUE,
            text VARCHAR NOT NULL,
            syndicated_from VARCHAR,
            ingested_at TIMESTAMP NOT NULL);
        CREATE TABLE sentences (
            doc VARCHAR NOT NULL,
            "index" INTEGER NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL);
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            doc VARCHAR NOT NULL,
            lang VARCHAR NOT NULL,
            sentence_index INTEGER NOT NULL,
            sentence VARCHAR NOT NULL,
            date DATE NOT NULL,
            date_from VARCHAR NOT NULL,
            date_text VARCHAR,
            source_text VARCHAR NOT NULL,
            source_code VARCHAR NOT NULL,
            source_country VARCHAR,
            source_role VARCHAR,
            source_name VARCHAR,
            target_text VARCHAR,
            target_code VARCHAR,
            target_country VARCHAR,
            target_role VARCHAR,
            target_name VARCHAR,
            cameo VARCHAR NOT NULL,
            cameo_name VARCHAR NOT NULL,
            root VARCHAR NOT NULL,
            quad TINYINT NOT NULL,
            goldstein DOUBLE NOT NULL,
            plover_type VARCHAR,
            plover_mode VARCHAR,
            modality VARCHAR NOT NULL,
            negated BOOLEAN NOT NULL,
            hypothetical BOOLEAN NOT NULL,
            trigger VARCHAR NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            rule VARCHAR NOT NULL,
            place_name VARCHAR,
            place_country VARCHAR,
            cluster_id VARCHAR NOT NULL,
            position INTEGER NOT NULL);
        CREATE TABLE actors (
            code VARCHAR PRIMARY KEY,
            country VARCHAR,
            role VARCHAR,
            name VARCHAR,
            mentions BIGINT NOT NULL);
        CREATE TABLE event_clusters (
            cluster_id VARCHAR PRIMARY KEY,
            date DATE NOT NULL,
            source_code VARCHAR NOT NULL,
            target_code VARCHAR,
            cameo VARCHAR NOT NULL,
            num_mentions INTEGER NOT NULL,
            num_sources INTEGER NOT NULL,
            num_articles INTEGER NOT NULL);
        CREATE TABLE document_bands (
            doc VARCHAR NOT NULL,
            band TINYINT NOT NULL,
            hash BIGINT NOT NULL);
        """,
        // 2: clusters also count every modality (for IncludeAll), and the indexes the queries and saves look up by.
        """
        ALTER TABLE event_clusters ADD COLUMN all_mentions INTEGER DEFAULT 0;
        ALTER TABLE event_clusters ADD COLUMN all_sources INTEGER DEFAULT 0;
        ALTER TABLE event_clusters ADD COLUMN all_articles INTEGER DEFAULT 0;
        UPDATE event_clusters SET all_mentions = a.mentions, all_sources = a.sources, all_articles = a.articles
        FROM (SELECT e.cluster_id, count(*) AS mentions, count(DISTINCT d.outlet) AS sources, count(DISTINCT d.id) AS articles
              FROM events e JOIN documents d ON d.id = e.doc
              WHERE d.syndicated_from IS NULL
              GROUP BY e.cluster_id) a
        WHERE a.cluster_id = event_clusters.cluster_id;
        CREATE INDEX events_doc ON events (doc);
        CREATE INDEX events_cluster ON events (cluster_id);
        CREATE INDEX sentences_doc ON sentences (doc);
        CREATE INDEX document_bands_hash ON document_bands (band, hash);
        CREATE INDEX document_bands_doc ON document_bands (doc);
        """,
        // 3: no secondary index. DuckDB 1.5 replays a write-ahead log into a secondary ART index without binding it,
        // and the checkpoint at close then writes the index without the replayed rows (DuckDB PR 23848): after a
        // process killed in its checkpoint, index lookups missed rows and deletes failed ("Failed to delete all rows
        // from index"). UNIQUE on content_hash is such an index too; DuckDB cannot drop a constraint, so the table
        // is rebuilt in the same column order (the appenders rely on it). SavePlan keeps content hashes unique.
        """
        DROP INDEX events_doc;
        DROP INDEX events_cluster;
        DROP INDEX sentences_doc;
        DROP INDEX document_bands_hash;
        DROP INDEX document_bands_doc;
        CREATE TABLE documents_v3 (
            id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,
            url VARCHAR,
            source VARCHAR,
            outlet VARCHAR NOT NULL,
            title VARCHAR,
            published DATE,
            lang VARCHAR NOT NULL,
            content_hash VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            syndicated_from VARCHAR,
            ingested_at TIMESTAMP NOT NULL);
        INSERT INTO documents_v3 SELECT * FROM documents ORDER BY seq;
        DROP TABLE documents;
        ALTER TABLE documents_v3 RENAME TO documents;
        """,
    ];

    public static int Latest => Scripts.Count;

    /// <summary>Applies every migration after the file's version, up to <paramref name="target"/> (default: the latest).</summary>
    public static void Apply(DuckDBConnection connection, int? target = null)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
        int current = CurrentVersion(connection);
        int goal = target ?? Latest;
        if (current > Latest)
            throw new Errors.WartaException(Errors.ErrorCodes.StoreNewerSchema,
                $"the store's schema is version {current}, newer than this Warta knows ({Latest}): use a newer Warta");
        for (int version = current + 1; version <= goal; version++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Scripts[version - 1]);
            using var record = connection.CreateCommand();
            record.CommandText = "INSERT INTO schema_version VALUES ($version, now())";
            record.Parameters.Add(new DuckDBParameter("version", version));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public static int CurrentVersion(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
