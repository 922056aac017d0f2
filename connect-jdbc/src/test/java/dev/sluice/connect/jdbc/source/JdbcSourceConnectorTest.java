/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.jdbc.DatabaseSettings;
import dev.sluice.connect.jdbc.JdbcSourceConnector;
import dev.sluice.connect.jdbc.TableId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceConnectorContext;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Table discovery, include and exclude lists, task spreading and the table monitor, on real databases. */
class JdbcSourceConnectorTest {

    @TempDir
    Path dir;
    private final JdbcSourceConnector connector = new JdbcSourceConnector();
    private final RecordingContext context = new RecordingContext();
    private final TaskHarness harness = new TaskHarness();
    private Namespace namespace;

    @AfterEach
    void cleanUp() throws Exception {
        harness.close();
        connector.stop();
        if (namespace != null) {
            namespace.close();
        }
    }

    private Map<String, String> props(TestDb db, String... more) {
        Map<String, String> props = new HashMap<>();
        props.put("name", "jdbc-source-test");
        props.put(DatabaseSettings.CONNECTION_URL, db.url(dir));
        props.put(JdbcSourceConfig.MODE, "bulk");
        props.put(JdbcSourceConfig.TOPIC_PREFIX, "db-");
        props.put(JdbcSourceConfig.POLL_INTERVAL_MS, "100");
        if (namespace != null) {
            props.putAll(namespace.listingConfig());
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            props.put(more[i], more[i + 1]);
        }
        return props;
    }

    private Namespace namespaceWithTables(TestDb db, String... tables) throws Exception {
        namespace = new Namespace(db, dir);
        for (String table : tables) {
            namespace.createTable(table);
        }
        return namespace;
    }

    private List<List<String>> tablesPerTask(int maxTasks) {
        return connector.taskConfigs(maxTasks).stream()
                .map(config -> TableListCodec.decode(config.get(TableListCodec.TASK_TABLES)).stream()
                        .map(TableId::table).toList())
                .toList();
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void spreadsTheFoundTablesOverAtMostTasksMaxTasks(TestDb db) throws Exception {
        namespaceWithTables(db, "t1", "t2", "t3");
        connector.initialize(context);
        connector.start(props(db));

        assertEquals(List.of(List.of("t1", "t2"), List.of("t3")), tablesPerTask(2));
        assertEquals(List.of(List.of("t1"), List.of("t2"), List.of("t3")), tablesPerTask(10));
        assertEquals(List.of(List.of("t1", "t2", "t3")), tablesPerTask(1));

        // A task runs from its config as the connector made it: qualified names and all.
        harness.start(connector.taskConfigs(2).get(0));
        List<SourceRecord> records = harness.pollUntil(2, Duration.ofSeconds(20));
        assertEquals(List.of("db-t1", "db-t2"), records.stream().map(SourceRecord::topic).sorted().toList());
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void includeAndExcludeListsFilterBareOrQualifiedNames(TestDb db) throws Exception {
        namespaceWithTables(db, "t1", "t2", "t3");
        String qualifiedT3 = namespace.name == null ? "t3" : namespace.name + ".t3";
        connector.initialize(context);
        connector.start(props(db, JdbcSourceConfig.TABLE_INCLUDE_LIST, "t1," + qualifiedT3 + ",missing"));
        assertEquals(List.of(List.of("t1", "t3")), tablesPerTask(1));
        connector.stop();

        connector.start(props(db, JdbcSourceConfig.TABLE_BLACKLIST, "t2"));
        assertEquals(List.of(List.of("t1", "t3")), tablesPerTask(1));
        connector.stop();

        connector.start(props(db, JdbcSourceConfig.TABLE_WHITELIST, "t2"));
        assertEquals(List.of(List.of("t2")), tablesPerTask(1));
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void theMonitorRequestsNewTaskConfigsWhenATableIsCreatedOrDropped(TestDb db) throws Exception {
        namespaceWithTables(db, "t1");
        connector.initialize(context);
        connector.start(props(db, JdbcSourceConfig.TABLE_POLL_INTERVAL_MS, "100"));
        assertEquals(List.of(List.of("t1")), tablesPerTask(4));

        namespace.createTable("t2");
        awaitReconfigurations(1);
        assertEquals(List.of(List.of("t1"), List.of("t2")), tablesPerTask(4));

        namespace.dropTable("t1");
        awaitReconfigurations(2);
        assertEquals(List.of(List.of("t2")), tablesPerTask(4));

        connector.stop();
        namespace.createTable("t3");
        Thread.sleep(400);
        assertEquals(2, context.reconfigurations.get(), "a stopped connector's monitor no longer runs");
    }

    @Test
    void noTablesGiveNoTaskConfigs() throws Exception {
        connector.initialize(context);
        connector.start(props(TestDb.SQLITE));
        assertEquals(List.of(), connector.taskConfigs(3));
    }

    @Test
    void aQueryRunsInExactlyOneTaskWithoutListingTables() {
        connector.initialize(context);
        connector.start(props(TestDb.SQLITE, JdbcSourceConfig.QUERY, "SELECT 1 AS one"));
        List<Map<String, String>> configs = connector.taskConfigs(5);
        assertEquals(1, configs.size());
        assertEquals("SELECT 1 AS one", configs.get(0).get(JdbcSourceConfig.QUERY));
    }

    @Test
    void whitelistWithBlacklistIsAnErrorOnBothKeysNamingBoth() {
        Map<String, List<String>> errors = errors(props(TestDb.SQLITE, JdbcSourceConfig.TABLE_WHITELIST, "a",
                JdbcSourceConfig.TABLE_BLACKLIST, "b"));
        for (String key : List.of(JdbcSourceConfig.TABLE_WHITELIST, JdbcSourceConfig.TABLE_BLACKLIST)) {
            assertEquals(1, errors.get(key).size(), key + ": " + errors);
            assertTrue(errors.get(key).get(0).contains("table.whitelist")
                    && errors.get(key).get(0).contains("table.blacklist"), errors.get(key).get(0));
        }
        ConfigException failure = assertThrows(ConfigException.class, () -> connector.start(
                props(TestDb.SQLITE, JdbcSourceConfig.TABLE_WHITELIST, "a", JdbcSourceConfig.TABLE_BLACKLIST, "b")));
        assertTrue(failure.getMessage().contains("table.whitelist and table.blacklist"), failure.getMessage());
    }

    @Test
    void includeWithExcludeListIsAnErrorOnBothKeys() {
        Map<String, List<String>> errors = errors(props(TestDb.SQLITE, JdbcSourceConfig.TABLE_INCLUDE_LIST, "a",
                JdbcSourceConfig.TABLE_EXCLUDE_LIST, "b"));
        assertTrue(errors.get(JdbcSourceConfig.TABLE_INCLUDE_LIST).get(0)
                .contains("table.include.list and table.exclude.list"), errors.toString());
        assertEquals(1, errors.get(JdbcSourceConfig.TABLE_EXCLUDE_LIST).size(), errors.toString());
    }

    @Test
    void validateReportsModeAndColumnProblemsOnTheirKeys() {
        Map<String, List<String>> errors = errors(props(TestDb.SQLITE, JdbcSourceConfig.MODE, "sometimes"));
        assertTrue(errors.get(JdbcSourceConfig.MODE).get(0).contains("mode"), errors.toString());
        ConfigException failure = assertThrows(ConfigException.class,
                () -> new JdbcSourceConfig(props(TestDb.SQLITE, JdbcSourceConfig.MODE, "sometimes")));
        assertTrue(failure.getMessage().contains("mode"), failure.getMessage());

        errors = errors(props(TestDb.SQLITE, JdbcSourceConfig.MODE, "timestamp+incrementing"));
        assertEquals(1, errors.get(JdbcSourceConfig.TIMESTAMP_COLUMNS).size(), errors.toString());
        assertEquals(List.of(), errors.get(JdbcSourceConfig.MODE));

        errors = errors(props(TestDb.SQLITE, JdbcSourceConfig.QUERY, "SELECT 1", JdbcSourceConfig.TABLE_WHITELIST,
                "a", DatabaseSettings.DB_TIMEZONE, "Mars/Olympus", JdbcSourceConfig.NUMERIC_MAPPING, "exact"));
        assertEquals(1, errors.get(JdbcSourceConfig.QUERY).size(), errors.toString());
        assertEquals(1, errors.get(DatabaseSettings.DB_TIMEZONE).size(), errors.toString());
        assertEquals(1, errors.get(JdbcSourceConfig.NUMERIC_MAPPING).size(), errors.toString());

        errors = errors(props(TestDb.SQLITE));
        errors.forEach((key, messages) -> assertEquals(List.of(), messages, key));
    }

    private Map<String, List<String>> errors(Map<String, String> props) {
        Map<String, List<String>> errors = new HashMap<>();
        connector.validate(props).configValues().forEach(value -> errors.put(value.name(), value.errorMessages()));
        return errors;
    }

    private void awaitReconfigurations(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (context.reconfigurations.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(count, context.reconfigurations.get());
    }

    /** Records what the connector asks of the worker. */
    private static final class RecordingContext implements SourceConnectorContext {
        final AtomicInteger reconfigurations = new AtomicInteger();

        @Override
        public void requestTaskReconfiguration() {
            reconfigurations.incrementAndGet();
        }

        @Override
        public void raiseError(Exception e) {
            throw new AssertionError("The connector raised an error", e);
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null;
        }

        @Override
        public OffsetStorageReader offsetStorageReader() {
            return null;
        }
    }
}
