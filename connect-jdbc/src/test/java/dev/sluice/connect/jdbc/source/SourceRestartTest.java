/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static dev.sluice.connect.jdbc.source.SourceTestSupport.past;
import static dev.sluice.connect.jdbc.source.SourceTestSupport.taskProps;
import static dev.sluice.connect.jdbc.source.TaskHarness.values;
import static dev.sluice.connect.jdbc.source.TestDb.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A task stopped in the middle of a table, with part of a result set handed out, and a new task started from the
 * committed offsets: together they send every row exactly once.
 */
class SourceRestartTest {

    private static final int FIRST_ROWS = 10;

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
    @EnumSource(TestDb.class)
    void incrementingResumesAfterTheLastCommittedRow(TestDb testDb) throws Exception {
        String table = createAndFill(testDb);
        Map<String, String> props = taskProps(db, dir, table, "incrementing",
                JdbcSourceConfig.INCREMENTING_COLUMN, "id", JdbcSourceConfig.BATCH_MAX_ROWS, "3");
        runStopAndResume(table, props, 3);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void timestampIncrementingResumesInsideAGroupOfEqualTimestamps(TestDb testDb) throws Exception {
        String table = createAndFill(testDb);
        Map<String, String> props = taskProps(db, dir, table, "timestamp+incrementing",
                JdbcSourceConfig.INCREMENTING_COLUMN, "id", JdbcSourceConfig.TIMESTAMP_COLUMNS, "updated",
                JdbcSourceConfig.BATCH_MAX_ROWS, "2");
        // Two polls of two rows stop at row 4, inside the group of rows 4 to 6 that share one timestamp.
        runStopAndResume(table, props, 2);
    }

    /** Rows r1..r10; rows in threes share a timestamp (r1-r3, r4-r6, r7-r9, r10). */
    private String createAndFill(TestDb testDb) throws Exception {
        db = testDb;
        String table = db.table("restart");
        db.execute(dir, "CREATE TABLE " + table + " (id " + db.autoId + ", name VARCHAR(40) NOT NULL, updated "
                + db.timestamp + " NOT NULL)");
        insertRows(table, 1, FIRST_ROWS);
        return table;
    }

    private void insertRows(String table, int from, int to) throws Exception {
        Object[][] rows = IntStream.rangeClosed(from, to)
                .mapToObj(i -> row("r" + i, past((i - 1) / 3))).toArray(Object[][]::new);
        db.insert(dir, "INSERT INTO " + table + " (name, updated) VALUES (?, ?)", rows);
    }

    private void runStopAndResume(String table, Map<String, String> props, int batch) throws Exception {
        harness.start(props);
        List<SourceRecord> before = new ArrayList<>(harness.poll());
        before.addAll(harness.poll());
        assertEquals(2 * batch, before.size(), "two full batches before the stop");
        harness.stop();

        insertRows(table, FIRST_ROWS + 1, FIRST_ROWS + 2); // r11 shares r10's timestamp
        harness.start(props);
        List<SourceRecord> after = harness.pollUntilQuiet();

        List<Object> all = new ArrayList<>(values(before, "name"));
        all.addAll(values(after, "name"));
        List<String> expected = IntStream.rangeClosed(1, FIRST_ROWS + 2).mapToObj(i -> "r" + i).toList();
        assertEquals(expected, all, "every row once, in order, across the restart");
    }
}
