/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static dev.sluice.connect.jdbc.source.SourceTestSupport.past;
import static dev.sluice.connect.jdbc.source.SourceTestSupport.taskProps;
import static dev.sluice.connect.jdbc.source.TaskHarness.values;
import static dev.sluice.connect.jdbc.source.TestDb.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.jdbc.DatabaseSettings;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What bounds the timestamp modes' window: timestamp.initial, timestamp.delay.interval.ms and db.timezone. */
class TimestampBoundsTest {

    @TempDir
    Path dir;
    private final TaskHarness harness = new TaskHarness();
    private TestDb db;
    private String table;

    @AfterEach
    void cleanUp() throws Exception {
        harness.close();
        if (db != null) {
            db.dropAll(dir);
        }
    }

    private void createTable(TestDb testDb) throws Exception {
        db = testDb;
        table = db.table("bounds");
        db.execute(dir, "CREATE TABLE " + table + " (id " + db.autoId + ", name VARCHAR(20) NOT NULL, updated "
                + db.timestamp + " NOT NULL)");
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void timestampInitialStartsAfterTheGivenTimeOrNow(TestDb testDb) throws Exception {
        createTable(testDb);
        Timestamp second = past(2);
        db.insert(dir, "INSERT INTO " + table + " (name, updated) VALUES (?, ?)", row("a", past(1)),
                row("b", second), row("c", past(3)));
        harness.start(taskProps(db, dir, table, "timestamp+incrementing", JdbcSourceConfig.TIMESTAMP_COLUMNS,
                "updated", JdbcSourceConfig.TIMESTAMP_INITIAL, Long.toString(second.getTime())));
        // From the given millisecond on, so b (whose microseconds are past it) is included.
        assertEquals(List.of("b", "c"), values(harness.pollUntilQuiet(), "name"));
        harness.stop();
        harness.committed.clear();

        harness.start(taskProps(db, dir, table, "timestamp", JdbcSourceConfig.TIMESTAMP_COLUMNS, "updated",
                JdbcSourceConfig.TIMESTAMP_INITIAL, "-1"));
        assertEquals(List.of(), harness.pollUntilQuiet(), "-1 starts at the database's current time");
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void theDelayHoldsBackRowsYoungerThanIt(TestDb testDb) throws Exception {
        createTable(testDb);
        db.insert(dir, "INSERT INTO " + table + " (name, updated) VALUES (?, ?)", row("hour old", past(0)),
                row("new", new Timestamp(System.currentTimeMillis() - 60_000)));
        harness.start(taskProps(db, dir, table, "timestamp", JdbcSourceConfig.TIMESTAMP_COLUMNS, "updated",
                JdbcSourceConfig.TIMESTAMP_DELAY_MS, Long.toString(30 * 60_000)));
        assertEquals(List.of("hour old"), values(harness.pollUntilQuiet(), "name"));
    }

    /**
     * Zone-less timestamps written as local time of UTC+3: with db.timezone +03:00 a row written ten minutes ago
     * is copied with its true instant; read as UTC it would lie in the future and wait.
     */
    @ParameterizedTest
    @EnumSource(value = TestDb.class, names = {"POSTGRES", "MARIADB"})
    void dbTimezoneReadsZonelessTimestampsAsLocalTimeOfThatZone(TestDb testDb) throws Exception {
        createTable(testDb);
        String localNowMinusTen = db == TestDb.POSTGRES
                ? "(now() AT TIME ZONE 'UTC') + interval '3 hours' - interval '10 minutes'"
                : "UTC_TIMESTAMP(6) + INTERVAL 3 HOUR - INTERVAL 10 MINUTE";
        db.execute(dir, "INSERT INTO " + table + " (name, updated) VALUES ('local', " + localNowMinusTen + ")");

        harness.start(taskProps(db, dir, table, "timestamp", JdbcSourceConfig.TIMESTAMP_COLUMNS, "updated",
                DatabaseSettings.DB_TIMEZONE, "UTC"));
        assertEquals(List.of(), harness.pollUntilQuiet(), "read as UTC, the row is in the future");
        harness.stop();

        harness.start(taskProps(db, dir, table, "timestamp", JdbcSourceConfig.TIMESTAMP_COLUMNS, "updated",
                DatabaseSettings.DB_TIMEZONE, "+03:00"));
        List<SourceRecord> records = harness.pollUntilQuiet();
        assertEquals(List.of("local"), values(records, "name"));
        Date updated = (Date) ((Struct) records.get(0).value()).get("updated");
        long ageMs = System.currentTimeMillis() - updated.getTime();
        assertTrue(ageMs > 9 * 60_000 && ageMs < 11 * 60_000, "written ten minutes ago, read as " + updated);
    }
}
