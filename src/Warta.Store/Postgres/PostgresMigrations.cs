using Npgsql;

namespace Warta.Store.Postgres;

/// <summary>
/// The PostgreSQL schema as an ordered list of scripts. Opening a store applies, in one transaction each, every script
/// newer than the version recorded in <c>schema_version</c>, under an advisory lock so that workers starting together
/// migrate once. A script is never edited once released: a change is a new entry at the end.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The advisory lock key that serialises migrations (an arbitrary constant of this program).</summary>
    private const long MigrationLock = 0x5761727461_01;

    public static IReadOnlyList<string> Scripts { get; } =
    [
        // 1: the tables of the DuckDB store (docs/store.md), with the indexes the queries filter by: dates, dyads (codes
        // and countries both ways), CAMEO codes and roots; codes sort bytewise (COLLATE "C") like DuckDB's.
        """
        CREATE TABLE documents (
            id text COLLATE "C" PRIMARY KEY,
            seq bigint NOT NULL,
            url text,
            source text,
            outlet text NOT NULL,
            title text,
            published date,
            lang text NOT NULL,
            content_hash text NOT NULL UNIQUE,
            text text NOT NULL,
            syndicated_from text,
            ingested_at timestamp NOT NULL);
        CREATE TABLE sentences (
            doc text NOT NULL,
            "index" integer NOT NULL,
            "start" integer NOT NULL,
            "end" integer NOT NULL,
            text text NOT NULL,
            PRIMARY KEY (doc, "index"));
        CREATE TABLE events (
            id text COLLATE "C" PRIMARY KEY,
            doc text NOT NULL,
            lang text NOT NULL,
            sentence_index integer NOT NULL,
            sentence text NOT NULL,
            date date NOT NULL,
            date_from text NOT NULL,
            date_text text,
            source_text text NOT NULL,
            source_code text COLLATE "C" NOT NULL,
            source_country text COLLATE "C",
            source_role text,
            source_name text,
            target_text text,
            target_code text COLLATE "C",
            target_country text COLLATE "C",
            target_role text,
            target_name text,
            cameo text COLLATE "C" NOT NULL,
            cameo_name text NOT NULL,
            root text NOT NULL,
            quad smallint NOT NULL,
            goldstein double precision NOT NULL,
            plover_type text,
            plover_mode text,
            modality text NOT NULL,
            negated boolean NOT NULL,
            hypothetical boolean NOT NULL,
            trigger text NOT NULL,
            trigger_start integer NOT NULL,
            trigger_end integer NOT NULL,
            rule text NOT NULL,
            place_name text,
            place_country text,
            cluster_id text NOT NULL,
            position integer NOT NULL);
        CREATE TABLE actors (
            code text COLLATE "C" PRIMARY KEY,
            country text,
            role text,
            name text,
            mentions bigint NOT NULL);
        CREATE TABLE event_clusters (
            cluster_id text PRIMARY KEY,
            date date NOT NULL,
            source_code text NOT NULL,
            target_code text,
            cameo text NOT NULL,
            num_mentions integer NOT NULL,
            num_sources integer NOT NULL,
            num_articles integer NOT NULL,
            all_mentions integer NOT NULL,
            all_sources integer NOT NULL,
            all_articles integer NOT NULL);
        CREATE TABLE document_bands (
            doc text NOT NULL,
            band smallint NOT NULL,
            hash bigint NOT NULL,
            PRIMARY KEY (doc, band));
        CREATE INDEX document_bands_hash ON document_bands (band, hash);
        CREATE INDEX events_doc ON events (doc);
        CREATE INDEX events_cluster ON events (cluster_id);
        CREATE INDEX events_date ON events (date);
        CREATE INDEX events_source_target ON events (source_code, target_code);
        CREATE INDEX events_target_source ON events (target_code, source_code);
        CREATE INDEX events_source_target_country ON events (source_country, target_country);
        CREATE INDEX events_target_source_country ON events (target_country, source_country);
        CREATE INDEX events_cameo ON events (cameo);
        CREATE INDEX events_root_date ON events (root, date);
        """,
        // 2: ingest sequence numbers from a sequence, so that saves need not serialise to find the next one.
        """
        CREATE SEQUENCE document_seq;
        SELECT setval('document_seq', (SELECT coalesce(max(seq), 0) + 1 FROM documents), false);
        """,
        // 3: a syndicated copy from another outlet counts as a source of its clusters (it was dropped before), and
        // trigram indexes serve the keyword search (ILIKE '%words%') over sentences and titles.
        ClusterCounts.RecountSources + ";\n" + """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX events_sentence_trgm ON events USING gin (sentence gin_trgm_ops);
        CREATE INDEX documents_title_trgm ON documents USING gin (title gin_trgm_ops);
        """,
        // 4: per actor code, how often it occurs (field 0) and how often with each country (1), role (2) and name (3),
        // so that a save adjusts counts instead of recounting every event of a popular actor.
        """
        CREATE TABLE actor_counts (
            code text COLLATE "C" NOT NULL,
            field smallint NOT NULL,
            value text NOT NULL,
            n bigint NOT NULL,
            PRIMARY KEY (code, field, value));
        INSERT INTO actor_counts (code, field, value, n)
        SELECT code, field, value, count(*)
        FROM (SELECT source_code AS code, source_country AS country, source_role AS role, source_name AS name FROM events
              UNION ALL
              SELECT target_code, target_country, target_role, target_name FROM events WHERE target_code IS NOT NULL) a,
             LATERAL (VALUES (0::smallint, ''), (1::smallint, a.country), (2::smallint, a.role), (3::smallint, a.name)) v(field, value)
        WHERE v.value IS NOT NULL
        GROUP BY code, field, value;
        """,
        // 5: per cluster and outlet, its asserted and all events, so that a save adjusts a cluster's counts (and counts
        // its sources from these rows) instead of recounting the cluster's events; the clusters are recounted once here.
        $"""
        CREATE TABLE cluster_outlets (
            cluster_id text NOT NULL,
            outlet text NOT NULL,
            asserted bigint NOT NULL,
            events bigint NOT NULL,
            PRIMARY KEY (cluster_id, outlet));
        {PostgresClusterRecount.Outlets};
        DELETE FROM event_clusters;
        {PostgresClusterRecount.Clusters};
        """,
        // 6: the outlet and copy status a document's stored events are counted with. A save decides what a document
        // is (documents.outlet, syndicated_from) in one transaction and writes its events in a second; the events it
        // replaces must leave the counts as they were counted, even when a save died between the two.
        """
        ALTER TABLE documents ADD COLUMN counted_outlet text, ADD COLUMN counted_original boolean;
        UPDATE documents SET counted_outlet = outlet, counted_original = syndicated_from IS NULL;
        """,
        // 7: the keyword search's trigram index holds each sentence with events once, not once per event: sentences
        // are marked has_events and indexed where marked (a partial index), and the index on events.sentence goes.
        // Every save updated that index for every event it wrote, a fifth to a third of PostgreSQL's CPU per document.
        """
        ALTER TABLE sentences ADD COLUMN has_events boolean NOT NULL DEFAULT false;
        UPDATE sentences s SET has_events = true
        WHERE EXISTS (SELECT 1 FROM events e WHERE e.doc = s.doc AND e.sentence_index = s."index");
        DROP INDEX events_sentence_trgm;
        CREATE INDEX sentences_with_events_trgm ON sentences USING gin (text gin_trgm_ops) WHERE has_events;
        """,
    ];

    public static int Latest => Scripts.Count;

    /// <summary>Applies every script after the database's version, up to <paramref name="target"/> (default: the latest).</summary>
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, int? target, CancellationToken cancellationToken)
    {
        int goal = target ?? Latest;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection,
                "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL, applied_at timestamptz NOT NULL)",
                cancellationToken).ConfigureAwait(false);
            int current = await CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
            if (current > Latest)
                throw new Errors.WartaException(Errors.ErrorCodes.StoreNewerSchema,
                    $"the database's schema is version {current}, newer than this Warta knows ({Latest}): use a newer Warta");
            if (current >= goal)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            await ExecuteAsync(connection, Scripts[current], cancellationToken).ConfigureAwait(false);
            await using (var record = new NpgsqlCommand("INSERT INTO schema_version VALUES (@version, now())", connection))
            {
                record.Parameters.AddWithValue("version", current + 1);
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
