/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.connect.jdbc.TableId;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

/** The task config's table list and the offsets round-trip exactly. */
class CodecsTest {

    @Test
    void tableListsRoundTripWithSeparatorsInNamesAndAbsentParts() {
        List<TableId> tables = List.of(TableId.of("plain"), new TableId(null, "public", "orders"),
                new TableId("shop", null, "items"), new TableId("c", "s", "t"),
                new TableId(null, "we.ird", "na,me\\with.dots"), TableId.of("trailing\\"));
        String encoded = TableListCodec.encode(tables);
        assertEquals(tables, TableListCodec.decode(encoded));
        assertEquals("..plain,.public.orders", TableListCodec.encode(tables.subList(0, 2)));
        assertEquals(List.of(), TableListCodec.decode(""));
        assertEquals(List.of(), TableListCodec.decode(null));
    }

    @Test
    void offsetsKeepTimestampNanosAndIncrementingValues() {
        Timestamp timestamp = Timestamp.valueOf("2024-03-05 12:34:56.123456789");
        Position position = new Position(42L, timestamp);

        Map<String, Object> both = OffsetCodec.encode(Mode.TIMESTAMP_INCREMENTING, position);
        assertEquals(Map.of("incrementing", 42L, "timestamp", timestamp.getTime(), "timestamp_nanos", 123456789L),
                both);
        assertEquals(position, OffsetCodec.decode(Mode.TIMESTAMP_INCREMENTING, both));
        assertEquals(timestamp.getNanos(), OffsetCodec.decode(Mode.TIMESTAMP, both).timestamp().getNanos());

        assertEquals(Map.of("incrementing", 42L), OffsetCodec.encode(Mode.INCREMENTING, position));
        assertEquals(Map.of("timestamp", timestamp.getTime(), "timestamp_nanos", 123456789L),
                OffsetCodec.encode(Mode.TIMESTAMP, position));
        assertEquals(Map.of(), OffsetCodec.encode(Mode.BULK, position));
    }

    @Test
    void offsetsReadBackAnyIntegralTypeAndNothingForBulkOrNone() {
        // A JSON converter may hand back small numbers as Integer.
        Position position = OffsetCodec.decode(Mode.TIMESTAMP_INCREMENTING,
                Map.of("incrementing", 7, "timestamp", -1500L, "timestamp_nanos", 500_000_000));
        assertEquals(7L, position.incrementing());
        Timestamp beforeEpoch = new Timestamp(-1500L);
        assertEquals(beforeEpoch, position.timestamp());
        assertNull(OffsetCodec.decode(Mode.INCREMENTING, null));
        assertNull(OffsetCodec.decode(Mode.BULK, Map.of("incrementing", 7)));
        assertNull(OffsetCodec.decode(Mode.TIMESTAMP, Map.of("incrementing", 7)));
        assertEquals(Map.of("table", "orders"), OffsetCodec.partition(new TableId(null, "public", "orders")));
    }
    @Test
    void offsetsAUserWritesAreCheckedBeforeTheyAreStored() {
        Map<Map<String, ?>, Map<String, ?>> good = new HashMap<>();
        good.put(Map.of("table", "orders"), Map.of("incrementing", 41L, "timestamp", 1_700_000_000_000L,
                "timestamp_nanos", 5L));
        good.put(Map.of("query", "query"), Map.of("incrementing", 7));
        good.put(Map.of("table", "gone"), null);
        OffsetChecks.check(good);

        assertEquals("Offset field 'incrementing' of {table=orders} should be an integer, not 41",
                refusal(Map.of("table", "orders"), Map.of("incrementing", "41")));
        assertEquals("Offset of {table=orders} has an unknown field 'incremental'; the fields are incrementing,"
                + " timestamp and timestamp_nanos", refusal(Map.of("table", "orders"), Map.of("incremental", 41L)));
        assertEquals("Offset field 'timestamp_nanos' of {table=orders} should be the nanoseconds of the second"
                + " (0 to 999999999), not 1000000000",
                refusal(Map.of("table", "orders"), Map.of("timestamp", 1L, "timestamp_nanos", 1_000_000_000L)));
        assertEquals("Partition {tbl=orders} should be {\"table\": <table name>} or {\"query\": \"query\"}",
                refusal(Map.of("tbl", "orders"), Map.of("incrementing", 1L)));
    }

    private static String refusal(Map<String, ?> partition, Map<String, ?> offset) {
        return assertThrows(ConnectException.class, () -> OffsetChecks.check(Map.of(partition, offset)))
                .getMessage();
    }
}
