/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static dev.sluice.connect.jdbc.source.SourceTestSupport.PREFIX;
import static dev.sluice.connect.jdbc.source.SourceTestSupport.taskProps;
import static dev.sluice.connect.jdbc.source.TaskHarness.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.jdbc.DatabaseSettings;
import dev.sluice.connect.jdbc.JdbcSourceConnector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Unreachable and lost databases, columns that do not fit the mode, and query mode's partition and offsets. */
class SourceFailuresTest {

    @TempDir
    Path dir;
    private final TaskHarness harness = new TaskHarness();
    private TestDb db;

    @AfterEach
    void cleanUp() throws Exception {
        harness.close();
        if (db != null) {
            db.dropAll(dir);
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.class, names = {"POSTGRES", "MARIADB"})
    void anUnreachableDatabaseFailsTheTaskAndConnectorAfterTheConfiguredAttempts(TestDb testDb) {
        String url = testDb.url(dir).replaceFirst(":(5432|3306)/", ":1/") + "&password=secret-in-url";
        Map<String, String> props = taskProps(testDb, dir, "any_table", "bulk", DatabaseSettings.CONNECTION_URL, url,
                DatabaseSettings.CONNECTION_ATTEMPTS, "2", DatabaseSettings.CONNECTION_BACKOFF_MS, "10",
                DatabaseSettings.CONNECTION_PASSWORD, "secret-in-config");

        ConnectException failure = assertThrows(ConnectException.class, () -> harness.start(props));
        assertTrue(failure.getMessage().startsWith("Could not connect to "), failure.getMessage());
        assertTrue(failure.getMessage().contains("after 2 attempt(s)"), failure.getMessage());
        assertFalse(failure.getMessage().contains("secret"), failure.getMessage());

        JdbcSourceConnector connector = new JdbcSourceConnector();
        connector.initialize(new NoContext());
        ConnectException connectorFailure = assertThrows(ConnectException.class, () -> connector.start(props));
        assertTrue(connectorFailure.getMessage().contains("after 2 attempt(s)"), connectorFailure.getMessage());
        connector.stop();
    }

    @Test
    void aLostConnectionIsReopenedAndTheTableResumesAfterTheLastRowSent() throws Exception {
        db = TestDb.POSTGRES;
        String table = db.table("lost");
        String application = "sluice_" + UUID.randomUUID().toString().substring(0, 8);
        db.execute(dir, "CREATE TABLE " + table + " (id SERIAL PRIMARY KEY, name TEXT NOT NULL)",
                "INSERT INTO " + table + " (name) SELECT 'r' || i FROM generate_series(1, 5) i");
        harness.start(taskProps(db, dir, table, "incrementing", DatabaseSettings.CONNECTION_URL,
                TestDb.POSTGRES_URL + "&ApplicationName=" + application, JdbcSourceConfig.BATCH_MAX_ROWS, "2"));

        List<SourceRecord> first = harness.poll();
        assertEquals(List.of("r1", "r2"), values(first, "name"));
        // The server ends the task's session in the middle of its result set.
        try (Connection admin = DriverManager.getConnection(TestDb.POSTGRES_URL);
             Statement statement = admin.createStatement();
             ResultSet killed = statement.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                     + " WHERE application_name = '" + application + "'")) {
            assertTrue(killed.next() && killed.getBoolean(1), "the task's session was found and ended");
        }
        assertEquals(List.of("r3", "r4", "r5"), values(harness.pollUntilQuiet(), "name"));
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void aQueryHasOnePartitionTheTopicPrefixAsTopicAndResumesFromItsOffsets(TestDb testDb) throws Exception {
        db = testDb;
        String table = db.table("query");
        db.execute(dir, "CREATE TABLE " + table + " (id " + db.autoId + ", name VARCHAR(20) NOT NULL)",
                "INSERT INTO " + table + " (name) VALUES ('a')", "INSERT INTO " + table + " (name) VALUES ('skip')",
                "INSERT INTO " + table + " (name) VALUES ('b')");
        Map<String, String> props = new HashMap<>(taskProps(db, dir, table, "incrementing",
                JdbcSourceConfig.QUERY, "SELECT id, name FROM " + table + " WHERE name <> 'skip'",
                JdbcSourceConfig.INCREMENTING_COLUMN, "id", JdbcSourceConfig.BATCH_MAX_ROWS, "1"));
        props.remove(TableListCodec.TASK_TABLES);
        harness.start(props);

        List<SourceRecord> first = harness.pollUntilQuiet();
        assertEquals(List.of("a", "b"), values(first, "name"));
        SourceRecord last = first.get(1);
        assertEquals(PREFIX, last.topic());
        assertEquals(Map.of("query", "query"), last.sourcePartition());
        assertEquals(Map.of("incrementing", 3L), last.sourceOffset());
        assertNull(last.valueSchema().name());
        harness.stop();

        db.execute(dir, "INSERT INTO " + table + " (name) VALUES ('c')");
        harness.start(props);
        assertEquals(List.of("c"), values(harness.pollUntilQuiet(), "name"));
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void aNullableTimestampColumnIsRejectedUnlessValidationIsOff(TestDb testDb) throws Exception {
        db = testDb;
        String table = db.table("nullable");
        db.execute(dir, "CREATE TABLE " + table + " (id " + db.autoId + ", updated " + db.timestamp + " NULL)");
        Map<String, String> props = taskProps(db, dir, table, "timestamp", JdbcSourceConfig.TIMESTAMP_COLUMNS,
                "updated");
        harness.start(props);
        ConnectException failure = assertThrows(ConnectException.class, harness::poll);
        assertTrue(failure.getMessage().contains("updated") && failure.getMessage().contains("NULL")
                && failure.getMessage().contains(JdbcSourceConfig.VALIDATE_NON_NULL), failure.getMessage());
        harness.stop();

        props.put(JdbcSourceConfig.VALIDATE_NON_NULL, "false");
        harness.start(props);
        assertEquals(List.of(), harness.pollUntilQuiet());
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void incrementingModeNeedsAnAutoIncrementColumnOrAName(TestDb testDb) throws Exception {
        db = testDb;
        String table = db.table("noauto");
        db.execute(dir, "CREATE TABLE " + table + " (code INT NOT NULL, name VARCHAR(20))");
        harness.start(taskProps(db, dir, table, "incrementing"));
        ConnectException failure = assertThrows(ConnectException.class, harness::poll);
        assertTrue(failure.getMessage().contains(JdbcSourceConfig.INCREMENTING_COLUMN), failure.getMessage());
        harness.stop();

        harness.start(taskProps(db, dir, table, "incrementing", JdbcSourceConfig.INCREMENTING_COLUMN, "missing"));
        failure = assertThrows(ConnectException.class, harness::poll);
        assertTrue(failure.getMessage().contains("no column 'missing'"), failure.getMessage());
        harness.stop();

        db.execute(dir, "INSERT INTO " + table + " (code, name) VALUES (10, 'x')");
        harness.start(taskProps(db, dir, table, "incrementing", JdbcSourceConfig.INCREMENTING_COLUMN, "CODE"));
        assertEquals(List.of("x"), values(harness.pollUntilQuiet(), "name"));
    }

    @Test
    void aTableDroppedUnderTheTaskFailsItAfterTheConfiguredAttempts() throws Exception {
        db = TestDb.SQLITE;
        String table = db.table("dropped");
        db.execute(dir, "CREATE TABLE " + table + " (id " + db.autoId + ", name TEXT)");
        harness.start(taskProps(db, dir, table, "bulk", DatabaseSettings.CONNECTION_ATTEMPTS, "2"));
        assertEquals(List.of(), harness.pollUntilQuiet());
        db.execute(dir, "DROP TABLE " + table);
        ConnectException failure = assertThrows(ConnectException.class, harness::pollUntilQuiet);
        assertTrue(failure.getMessage().contains("failed 2 time(s) in a row")
                && failure.getMessage().contains(table), failure.getMessage());
    }

    @Test
    void stopEndsAPollThatIsWaitingForTheNextInterval() throws Exception {
        db = TestDb.SQLITE;
        String table = db.table("waiting");
        db.execute(dir, "CREATE TABLE " + table + " (id " + db.autoId + ", name TEXT)");
        harness.start(taskProps(db, dir, table, "bulk", JdbcSourceConfig.POLL_INTERVAL_MS, "600000"));
        harness.pollUntilQuiet();
        Thread stopper = new Thread(() -> {
            sleepQuietly(150);
            harness.stop();
        });
        stopper.start();
        long start = System.nanoTime();
        harness.poll();
        // Without the stop, poll waits a full second for a table to come due.
        assertTrue(System.nanoTime() - start < 700_000_000L, "poll returned promptly after stop");
        stopper.join();
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A connector context for connectors that must fail before using it. */
    private static final class NoContext implements org.apache.kafka.connect.source.SourceConnectorContext {
        @Override
        public void requestTaskReconfiguration() {
        }

        @Override
        public void raiseError(Exception e) {
        }

        @Override
        public org.apache.kafka.common.metrics.PluginMetrics pluginMetrics() {
            return null;
        }

        @Override
        public org.apache.kafka.connect.storage.OffsetStorageReader offsetStorageReader() {
            return null;
        }
    }
}
