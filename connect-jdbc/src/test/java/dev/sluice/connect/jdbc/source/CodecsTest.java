/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.connect.jdbc.TableId;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

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
}
