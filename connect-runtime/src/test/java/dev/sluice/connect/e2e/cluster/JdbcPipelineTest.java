/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.e2e.BuildLayout;
import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.SchemaRegistryEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import dev.sluice.connect.testkit.junit.WithSharedSchemaRegistry;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows move between PostgreSQL and MariaDB through Kafka, a distributed Sluice worker process running the JDBC
 * source and sink connectors from their plugin directory: 100,000 rows with a column of every common type arrive
 * row for row identical (compared with SQL), in both directions, as JSON with schemas and as Avro.
 */
@Tag("slow")
@WithSharedKafka
@WithSharedSchemaRegistry
class JdbcPipelineTest {

    private static final int ROWS = 100_000;
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration COPY = Duration.ofMinutes(5);
    private static final Map<String, String> JSON_WITH_SCHEMAS = Map.of(
            "key.converter.schemas.enable", "true",
            "value.converter.schemas.enable", "true");

    @TempDir
    Path dir;

    private static final List<String> POSTGRES_COLUMNS = List.of("id", "c_small", "c_int", "c_big", "c_real",
            "c_double", "c_numeric", "c_bool", "c_varchar", "c_text", "c_date", "c_time", "c_ts", "c_bytes", "c_json",
            "c_uuid", "c_nullable");

    @Test
    void postgresRowsArriveInMariaDbRowForRow(KafkaTestClients kafka) throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String source = "pg_rows_" + id;
        createPostgresTable(source);
        assertCopiedRowForRow(kafka, "pg-to-maria-" + id, JdbcTables.POSTGRES_URL, source, JdbcTables.MARIADB_URL,
                "copied_" + id, POSTGRES_COLUMNS);
    }

    /**
     * The same pipeline with Avro records in Kafka and their schemas in a real registry; the worker config names
     * Confluent's converter class, which Sluice's stands in for.
     */
    @Test
    void postgresRowsArriveInMariaDbRowForRowThroughAvro(KafkaTestClients kafka, SchemaRegistryEndpoint registry)
            throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String source = "pg_avro_" + id;
        createPostgresTable(source);
        String confluentAvro = "io.confluent.connect.avro.AvroConverter";
        assertCopiedRowForRow(kafka, "pg-avro-maria-" + id, Map.of(
                        "key.converter", confluentAvro,
                        "key.converter.schema.registry.url", registry.url(),
                        "value.converter", confluentAvro,
                        "value.converter.schema.registry.url", registry.url()),
                JdbcTables.POSTGRES_URL, source, JdbcTables.MARIADB_URL, "copied_" + id, POSTGRES_COLUMNS);
    }

    private static void createPostgresTable(String table) throws SQLException {
        JdbcTables.execute(JdbcTables.POSTGRES_URL, "CREATE TABLE " + table + " (id BIGSERIAL PRIMARY KEY,"
                + " c_small SMALLINT, c_int INT, c_big BIGINT, c_real REAL, c_double DOUBLE PRECISION,"
                + " c_numeric NUMERIC(12,3), c_bool BOOLEAN NOT NULL, c_varchar VARCHAR(50), c_text TEXT,"
                + " c_date DATE, c_time TIME(3), c_ts TIMESTAMP(3), c_bytes BYTEA, c_json JSONB, c_uuid UUID,"
                + " c_nullable INT)",
                "INSERT INTO " + table + " (c_small, c_int, c_big, c_real, c_double, c_numeric, c_bool, c_varchar,"
                + " c_text, c_date, c_time, c_ts, c_bytes, c_json, c_uuid, c_nullable)"
                + " SELECT (g % 32000 - 16000)::smallint, g * 7 - 300000, g::bigint * 1000003 - 5, (g / 7.0)::real,"
                + " g / 3.0, (g * 1.001 - 50)::numeric(12,3), g % 2 = 0, 'varchar ' || g,"
                + " repeat('text ', g % 20) || g || ' ünïcödé', DATE '1990-01-01' + (g % 15000),"
                + " TIME '00:00:00' + (g % 86400) * INTERVAL '1 second' + (g % 1000) * INTERVAL '1 millisecond',"
                + " TIMESTAMP '2020-01-01' + g * INTERVAL '1 second' + (g % 1000) * INTERVAL '1 millisecond',"
                + " decode(md5(g::text), 'hex'), jsonb_build_object('g', g, 'even', g % 2 = 0),"
                + " md5(g::text)::uuid, CASE WHEN g % 5 = 0 THEN NULL ELSE g END"
                + " FROM generate_series(1, " + ROWS + ") g");
    }

    @Test
    void mariaDbRowsArriveInPostgresRowForRow(KafkaTestClients kafka) throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String source = "maria_rows_" + id;
        String target = "copied_" + id;
        List<String> columns = List.of("id", "c_tiny", "c_small", "c_medium", "c_int", "c_unsigned", "c_big",
                "c_float", "c_double", "c_decimal", "c_bool", "c_varchar", "c_text", "c_date", "c_time",
                "c_datetime", "c_blob", "c_json", "c_nullable");
        JdbcTables.execute(JdbcTables.MARIADB_URL, "CREATE TABLE " + source + " (id BIGINT AUTO_INCREMENT PRIMARY"
                + " KEY, c_tiny TINYINT, c_small SMALLINT, c_medium MEDIUMINT, c_int INT, c_unsigned INT UNSIGNED,"
                + " c_big BIGINT, c_float FLOAT, c_double DOUBLE, c_decimal DECIMAL(12,3), c_bool BOOLEAN NOT NULL,"
                + " c_varchar VARCHAR(50), c_text TEXT, c_date DATE, c_time TIME(3), c_datetime DATETIME(3),"
                + " c_blob BLOB, c_json JSON, c_nullable INT)",
                "INSERT INTO " + source + " (c_tiny, c_small, c_medium, c_int, c_unsigned, c_big, c_float, c_double,"
                + " c_decimal, c_bool, c_varchar, c_text, c_date, c_time, c_datetime, c_blob, c_json, c_nullable)"
                + " SELECT seq % 200 - 100, seq % 32000 - 16000, seq * 3 - 100000, seq * 7 - 300000,"
                + " seq * 40000, seq * 1000003 - 5, seq / 7, seq / 3, seq * 1.001 - 50, seq % 2 = 0,"
                + " CONCAT('varchar ', seq), CONCAT(REPEAT('text ', seq % 20), seq, ' ünïcödé'),"
                + " DATE '1990-01-01' + INTERVAL (seq % 15000) DAY,"
                + " SEC_TO_TIME(seq % 86400 + (seq % 1000) / 1000),"
                + " TIMESTAMP '2020-01-01 00:00:00' + INTERVAL seq SECOND + INTERVAL ((seq % 1000) * 1000)"
                + " MICROSECOND, UNHEX(MD5(seq)), JSON_OBJECT('seq', seq), IF(seq % 5 = 0, NULL, seq)"
                + " FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_" + ROWS + ") numbers");
        assertCopiedRowForRow(kafka, "maria-to-pg-" + id, JdbcTables.MARIADB_URL, source, JdbcTables.POSTGRES_URL,
                target, columns);
    }

    @Test
    void aSourceKilledMidTableResumesWithoutSkippingARow(KafkaTestClients kafka) throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String table = "killed_" + id;
        int rows = 200_000;
        JdbcTables.execute(JdbcTables.POSTGRES_URL,
                "CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, payload TEXT NOT NULL)",
                "INSERT INTO " + table + " SELECT g, repeat('p', g % 50) FROM generate_series(1, " + rows + ") g");
        try (DistributedCluster cluster = DistributedCluster.create("jdbc-kill-" + id, kafka.bootstrapServers(), dir)) {
            String topic = cluster.names().groupId() + "-" + table;
            kafka.createTopic(topic, 1, 1);
            DistributedWorkerProcess worker = cluster.start(WorkerRuntime.SLUICE, "w1", setup -> setup
                    .pluginDir(BuildLayout.pluginDir("sluice-jdbc")));
            worker.awaitRestReady(STARTUP);
            worker.rest().createConnector("source", Map.of(
                    "connector.class", "dev.sluice.connect.jdbc.JdbcSourceConnector",
                    "connection.url", JdbcTables.POSTGRES_URL,
                    "table.include.list", table,
                    "mode", "incrementing",
                    "incrementing.column.name", "id",
                    "topic.prefix", cluster.names().groupId() + "-",
                    "batch.max.rows", "500"), STARTUP);
            try (JsonTopic ids = new JsonTopic(kafka, topic)) {
                Eventually.await("a quarter of the table in Kafka", COPY, () -> ids.read() >= rows / 4,
                        worker::consoleTail);
                worker.kill();
                long before = ids.read();
                assertTrue(ids.distinctIds() < rows, "killed mid-table");
                worker.restart();
                worker.awaitRestReady(STARTUP);
                Eventually.await("every row in Kafka after the restart", COPY, () -> ids.distinctIds() == rows,
                        () -> ids.distinctIds() + " distinct ids so far\n" + worker.consoleTail());
                assertEquals(rows, ids.highestId(), "ids 1.." + rows);
                System.out.printf("killed with %d records in the topic; after the restart %d records, %d distinct,"
                        + " %d repeated%n", before, ids.read(), ids.distinctIds(), ids.read() - ids.distinctIds());
            }
        } finally {
            JdbcTables.execute(JdbcTables.POSTGRES_URL, "DROP TABLE IF EXISTS " + table);
        }
    }

    /** Copies {@code source} into {@code target} through Kafka as JSON with schemas, compares them, drops both. */
    private void assertCopiedRowForRow(KafkaTestClients kafka, String label, String sourceUrl, String source,
                                       String sinkUrl, String target, List<String> columns) throws SQLException {
        assertCopiedRowForRow(kafka, label, JSON_WITH_SCHEMAS, sourceUrl, source, sinkUrl, target, columns);
    }

    /** Copies {@code source} into {@code target} with the given worker settings, compares them, drops both. */
    private void assertCopiedRowForRow(KafkaTestClients kafka, String label, Map<String, String> workerSettings,
                                       String sourceUrl, String source, String sinkUrl, String target,
                                       List<String> columns) throws SQLException {
        try {
            copyThroughKafka(kafka, label, workerSettings, sourceUrl, source, sinkUrl, target,
                    () -> JdbcTables.count(sinkUrl, target));
            assertSameRows(JdbcTables.rows(sourceUrl, source, columns), JdbcTables.rows(sinkUrl, target, columns));
        } finally {
            JdbcTables.execute(sourceUrl, "DROP TABLE IF EXISTS " + source);
            JdbcTables.execute(sinkUrl, "DROP TABLE IF EXISTS " + target);
        }
    }

    /**
     * Starts one worker with the JDBC plugin, a source on {@code sourceTable} in incrementing mode and a sink
     * that creates {@code targetTable} and upserts by id, and waits until the target holds every row.
     */
    private void copyThroughKafka(KafkaTestClients kafka, String label, Map<String, String> workerSettings,
                                  String sourceUrl, String sourceTable, String sinkUrl, String targetTable,
                                  LongSupplier targetRows) throws SQLException {
        try (DistributedCluster cluster = DistributedCluster.create(label, kafka.bootstrapServers(), dir)) {
            String prefix = cluster.names().groupId() + "-";
            DistributedWorkerProcess worker = cluster.start(WorkerRuntime.SLUICE, "w1", setup -> {
                setup.set("plugin.path", BuildLayout.pluginDir("sluice-jdbc").toAbsolutePath() + ","
                        + BuildLayout.pluginDir("sluice-avro").toAbsolutePath());
                workerSettings.forEach(setup::set);
                return setup;
            });
            worker.awaitRestReady(STARTUP);
            Map<String, String> sourceConfig = new HashMap<>(Map.of(
                    "connector.class", "dev.sluice.connect.jdbc.JdbcSourceConnector",
                    "connection.url", sourceUrl,
                    "table.include.list", sourceTable,
                    "mode", "incrementing",
                    "incrementing.column.name", "id",
                    "topic.prefix", prefix,
                    "batch.max.rows", "2000",
                    "poll.interval.ms", "500"));
            worker.rest().createConnector("source", sourceConfig, STARTUP);
            worker.rest().createConnector("sink", Map.of(
                    "connector.class", "dev.sluice.connect.jdbc.JdbcSinkConnector",
                    "connection.url", sinkUrl,
                    "topics", prefix + sourceTable,
                    "table.name.format", targetTable,
                    "auto.create", "true",
                    "insert.mode", "upsert",
                    "pk.mode", "record_value",
                    "pk.fields", "id",
                    "batch.size", "2000"), STARTUP);
            worker.rest().awaitAllRunning(List.of("source", "sink"), STARTUP);
            long start = System.nanoTime();
            Eventually.await(ROWS + " rows in " + targetTable, COPY, () -> {
                worker.assertAlive();
                return targetRows.getAsLong() >= ROWS;
            }, () -> targetRows.getAsLong() + " rows so far\n" + worker.consoleTail());
            System.out.printf("%s: %d rows copied in %d ms%n", label, ROWS,
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    private static void assertSameRows(List<List<String>> expected, List<List<String>> actual) {
        assertEquals(expected.size(), actual.size(), "row count");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "row " + (i + 1));
        }
    }
}
