/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;

/** Redelivery after a restart, tombstones, and what a database error does to a batch: rollback, retry, fail. */
class JdbcSinkRedeliveryTest extends SinkTestSupport {

    @AllDatabases
    void upsertAfterRestartRewritesTheSameRows(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("idem");
        String[] settings = {"auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_key",
            "pk.fields", "id"};
        SinkRecord[] first = {personRecord(topic, 0, 1, "ann", 10L), personRecord(topic, 1, 2, "bob", 20L),
            personRecord(topic, 2, 3, "cid", 30L)};
        Running before = start(settings);
        before.put(first);
        before.stop();

        // The worker died before committing offsets: the new task gets the same records again, then newer ones.
        Running after = start(settings);
        after.put(first);
        after.put(personRecord(topic, 3, 2, "bob", 21L), personRecord(topic, 4, 4, "dan", 40L));

        assertEquals(List.of("4"), rows("SELECT COUNT(*) FROM " + db.quote(topic)));
        assertEquals(List.of("1|ann|10", "2|bob|21", "3|cid|30", "4|dan|40"), rows(topic, "id,name,score", "id"));
    }

    @AllDatabases
    void kafkaKeyedUpsertIsIdempotentToo(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("idemk");
        String[] settings = {"auto.create", "true", "insert.mode", "upsert", "pk.mode", "kafka"};
        start(settings).put(personRecord(topic, 0, 1, "ann", 10L), personRecord(topic, 1, 1, "ann", 11L));
        start(settings).put(personRecord(topic, 0, 1, "ann", 10L), personRecord(topic, 1, 1, "ann", 11L),
                personRecord(topic, 2, 1, "ann", 12L));

        assertEquals(List.of("0|10", "1|11", "2|12"), rows(topic, "__connect_offset,score", "__connect_offset"));
    }

    @AllDatabases
    void tombstoneDeletesTheRowOfItsKey(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("del");
        Running task = start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_key",
                "pk.fields", "id", "delete.enabled", "true");
        task.put(personRecord(topic, 0, 1, "ann", 10L), personRecord(topic, 1, 2, "bob", 20L),
                personRecord(topic, 2, 3, "cid", 30L));
        task.put(tombstone(topic, 3, 2));

        assertEquals(List.of("1|ann", "3|cid"), rows(topic, "id,name", "id"));
    }

    @AllDatabases
    void recordOrderHoldsBetweenWritesAndDeletesOfOneBatch(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("order");
        start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_key", "pk.fields", "id",
                "delete.enabled", "true").put(
                personRecord(topic, 0, 1, "ann", 10L),
                tombstone(topic, 1, 1),                   // deleted after its upsert: gone
                tombstone(topic, 2, 2),                   // deleted before its upsert: there
                personRecord(topic, 3, 2, "bob", 20L),
                personRecord(topic, 4, 3, "cid", 30L),
                tombstone(topic, 5, 3),
                personRecord(topic, 6, 3, "cid", 31L));   // back again

        assertEquals(List.of("2|bob|20", "3|cid|31"), rows(topic, "id,name,score", "id"));
    }

    @AllDatabases
    void tombstonesAreSkippedWhenDeletesAreOff(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("skip");
        Running task = start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_key",
                "pk.fields", "id");
        task.put(personRecord(topic, 0, 1, "ann", 10L), tombstone(topic, 1, 1));

        assertEquals(List.of("1|ann"), rows(topic, "id,name", "id"));
    }

    @AllDatabases
    void tombstonesForAMissingTableDeleteNothing(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("nodel");
        start("pk.mode", "record_key", "pk.fields", "id", "delete.enabled", "true").put(tombstone(topic, 0, 1));

        assertFalse(tableExists(topic));
    }

    @AllDatabases
    void databaseErrorsRollBackAndRetryThenFail(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("retry");
        Running task = start("auto.create", "true", "pk.mode", "record_value", "pk.fields", "id",
                "max.retries", "2", "retry.backoff.ms", "123");
        task.put(personRecord(topic, 0, 1, "ann", 10L));

        // A plain insert of an existing key fails; the new row of the same batch must be rolled back with it.
        SinkRecord[] duplicate = {personRecord(topic, 1, 2, "bob", 20L), personRecord(topic, 2, 1, "ann", 10L)};
        assertThrows(RetriableException.class, () -> task.put(duplicate));
        assertThrows(RetriableException.class, () -> task.put(duplicate));
        ConnectException failed = assertThrows(ConnectException.class, () -> task.put(duplicate));
        assertFalse(failed instanceof RetriableException);
        assertTrue(failed.getMessage().contains("after 2 retries"), failed.getMessage());
        assertInstanceOf(SQLException.class, failed.getCause());
        assertEquals(List.of(123L, 123L), task.context.timeouts);
        assertEquals(List.of("1|ann"), rows(topic, "id,name", "id"));

        // A success gives the retries back.
        task.put(personRecord(topic, 3, 2, "bob", 20L));
        assertThrows(RetriableException.class, () -> task.put(personRecord(topic, 4, 2, "bob", 20L)));
        assertEquals(List.of("1|ann", "2|bob"), rows(topic, "id,name", "id"));
    }

    @AllDatabases
    void retryAfterTheTableIsFixedWritesTheWholeBatch(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("fixed");
        execute("CREATE TABLE " + db.quote(topic) + " (" + db.quote("id") + " INT PRIMARY KEY, "
                + db.quote("name") + " VARCHAR(20), " + db.quote("score") + " BIGINT, CHECK ("
                + db.quote("score") + " < 100))");
        Running task = start("insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id",
                "retry.backoff.ms", "5");
        SinkRecord[] batch = {personRecord(topic, 0, 1, "ann", 10L), personRecord(topic, 1, 2, "bob", 200L)};
        assertThrows(RetriableException.class, () -> task.put(batch));
        assertEquals(List.of("0"), rows("SELECT COUNT(*) FROM " + db.quote(topic)));

        execute("DROP TABLE " + db.quote(topic));
        execute("CREATE TABLE " + db.quote(topic) + " (" + db.quote("id") + " INT PRIMARY KEY, "
                + db.quote("name") + " VARCHAR(20), " + db.quote("score") + " BIGINT)");
        task.put(batch);
        assertEquals(List.of("1|ann|10", "2|bob|200"), rows(topic, "id,name,score", "id"));
    }

    private static SinkRecord tombstone(String topic, long offset, int id) {
        return record(topic, offset, Schema.INT32_SCHEMA, id, null, null);
    }
}
