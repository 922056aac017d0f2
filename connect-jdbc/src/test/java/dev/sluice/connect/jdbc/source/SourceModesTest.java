/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static dev.sluice.connect.jdbc.source.SourceTestSupport.PREFIX;
import static dev.sluice.connect.jdbc.source.SourceTestSupport.past;
import static dev.sluice.connect.jdbc.source.SourceTestSupport.taskProps;
import static dev.sluice.connect.jdbc.source.TaskHarness.values;
import static dev.sluice.connect.jdbc.source.TestDb.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each mode returns exactly the rows it promises after inserts and updates, on each database. */
class SourceModesTest {

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

    private String createTable(TestDb testDb, String timestampNull) throws Exception {
        db = testDb;
        String table = db.table("modes");
        db.execute(dir, "CREATE TABLE " + table + " (id " + db.autoId + ", name VARCHAR(40) NOT NULL, updated "
                + db.timestamp + " " + timestampNull + ")");
        return table;
    }

    private void insert(String table, String name, Timestamp updated) throws Exception {
        db.insert(dir, "INSERT INTO " + table + " (name, updated) VALUES (?, ?)", row(name, updated));
    }

    private void update(String table, String name, String newName, Timestamp updated) throws Exception {
        db.insert(dir, "UPDATE " + table + " SET name = ?, updated = ? WHERE name = ?", row(newName, updated, name));
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void bulkReturnsTheWholeTableEveryPollInterval(TestDb testDb) throws Exception {
        String table = createTable(testDb, "NULL");
        insert(table, "a", null);
        insert(table, "b", null);
        insert(table, "c", null);
        harness.start(taskProps(db, dir, table, "bulk", JdbcSourceConfig.POLL_INTERVAL_MS, "300"));

        List<SourceRecord> first = harness.pollUntil(3, Duration.ofSeconds(20));
        assertEquals(List.of("a", "b", "c"), sortedNames(first));
        SourceRecord record = first.get(0);
        assertEquals(PREFIX + table, record.topic());
        assertEquals(Map.of("table", table), record.sourcePartition());
        assertEquals(Map.of(), record.sourceOffset());
        assertNull(record.key());
        assertEquals(table, record.valueSchema().name());

        update(table, "b", "B", null);
        insert(table, "d", null);
        assertEquals(List.of("B", "a", "c", "d"), sortedNames(harness.pollUntil(4, Duration.ofSeconds(20))));
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void incrementingReturnsNewRowsOnlyUsingTheAutoIncrementColumn(TestDb testDb) throws Exception {
        String table = createTable(testDb, "NULL");
        insert(table, "a", null);
        insert(table, "b", null);
        insert(table, "c", null);
        harness.start(taskProps(db, dir, table, "incrementing"));

        List<SourceRecord> first = harness.pollUntilQuiet();
        assertEquals(List.of("a", "b", "c"), values(first, "name"));
        assertEquals(Map.of("incrementing", 3L), first.get(2).sourceOffset());

        update(table, "a", "A", null);
        insert(table, "d", null);
        List<SourceRecord> second = harness.pollUntilQuiet();
        assertEquals(List.of("d"), values(second, "name"));
        assertEquals(Map.of("incrementing", 4L), second.get(0).sourceOffset());
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void timestampReturnsNewAndUpdatedRows(TestDb testDb) throws Exception {
        String table = createTable(testDb, "NOT NULL");
        insert(table, "a", past(1));
        insert(table, "b", past(2));
        Timestamp last = past(3.456789);
        insert(table, "c", last);
        harness.start(taskProps(db, dir, table, "timestamp", JdbcSourceConfig.TIMESTAMP_COLUMNS, "updated"));

        List<SourceRecord> first = harness.pollUntilQuiet();
        assertEquals(List.of("a", "b", "c"), values(first, "name"));
        Position position = OffsetCodec.decode(Mode.TIMESTAMP, first.get(2).sourceOffset());
        // SQLite keeps the milliseconds the driver stores; the others keep microseconds.
        Timestamp expected = db == TestDb.SQLITE ? new Timestamp(last.getTime()) : last;
        assertEquals(expected, position.timestamp());
        assertEquals(Map.of("timestamp", expected.getTime(), "timestamp_nanos", (long) expected.getNanos()),
                first.get(2).sourceOffset());

        update(table, "b", "B", past(10));
        insert(table, "d", past(11));
        assertEquals(List.of("B", "d"), values(harness.pollUntilQuiet(), "name"));
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void timestampIncrementingResolvesTiesByTheIncrementingColumn(TestDb testDb) throws Exception {
        String table = createTable(testDb, "NOT NULL");
        Timestamp tie = past(5);
        insert(table, "a", tie);
        insert(table, "b", tie);
        insert(table, "c", tie);
        harness.start(taskProps(db, dir, table, "timestamp+incrementing", JdbcSourceConfig.TIMESTAMP_COLUMNS,
                "updated", JdbcSourceConfig.INCREMENTING_COLUMN, "id", JdbcSourceConfig.BATCH_MAX_ROWS, "2"));

        List<SourceRecord> first = harness.pollUntilQuiet();
        assertEquals(List.of("a", "b", "c"), values(first, "name"));
        Map<String, ?> offset = first.get(2).sourceOffset();
        assertEquals(3L, offset.get("incrementing"));
        assertEquals(Map.of("incrementing", 3L, "timestamp", tie.getTime(), "timestamp_nanos",
                (long) (db == TestDb.SQLITE ? new Timestamp(tie.getTime()).getNanos() : tie.getNanos())), offset);

        insert(table, "d", tie); // same timestamp as the last row sent, higher id
        update(table, "a", "A", past(6));
        assertEquals(List.of("d", "A"), values(harness.pollUntilQuiet(), "name"));
        assertEquals(List.of(), harness.pollUntilQuiet());
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void severalTimestampColumnsAreCoalescedInOrder(TestDb testDb) throws Exception {
        db = testDb;
        String table = db.table("coalesce");
        db.execute(dir, "CREATE TABLE " + table + " (id " + db.autoId + ", name VARCHAR(40), modified "
                + db.timestamp + " NULL, created " + db.timestamp + " NOT NULL)");
        String insert = "INSERT INTO " + table + " (name, modified, created) VALUES (?, ?, ?)";
        db.insert(dir, insert, row("a", null, past(1)), row("b", past(3), past(2)));
        harness.start(taskProps(db, dir, table, "timestamp", JdbcSourceConfig.TIMESTAMP_COLUMNS, "modified,created"));

        assertEquals(List.of("a", "b"), values(harness.pollUntilQuiet(), "name"));
        db.insert(dir, "UPDATE " + table + " SET modified = ? WHERE name = ?", row(past(4), "a"));
        assertEquals(List.of("a"), values(harness.pollUntilQuiet(), "name"));
    }

    private static List<String> sortedNames(List<SourceRecord> records) {
        return records.stream().map(record -> ((Struct) record.value()).getString("name"))
                .sorted(Comparator.naturalOrder()).toList();
    }
}
