/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.TableId;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/**
 * The source partitions and offsets the task writes and reads back. Partition {@code {"table": name}} or
 * {@code {"query": "query"}}; offset {@code {"incrementing": N}}, {@code {"timestamp": epochMillis,
 * "timestamp_nanos": nanosOfSecond}}, or all three; an empty offset in bulk mode, which always starts over.
 */
final class OffsetCodec {

    static final String TABLE = "table";
    static final String QUERY = "query";
    static final String INCREMENTING = "incrementing";
    static final String TIMESTAMP = "timestamp";
    static final String TIMESTAMP_NANOS = "timestamp_nanos";

    private OffsetCodec() {
    }

    /** Keyed by the bare table name, so offsets survive a change of the schema or catalog pattern. */
    static Map<String, String> partition(TableId table) {
        return Map.of(TABLE, table.table());
    }

    static Map<String, String> queryPartition() {
        return Map.of(QUERY, QUERY);
    }

    static Map<String, Object> encode(Mode mode, Position position) {
        Map<String, Object> offset = new HashMap<>(4);
        if (mode.usesIncrementing() && position.incrementing() != null) {
            offset.put(INCREMENTING, position.incrementing());
        }
        if (mode.usesTimestamp() && position.timestamp() != null) {
            offset.put(TIMESTAMP, position.timestamp().getTime());
            offset.put(TIMESTAMP_NANOS, (long) position.timestamp().getNanos());
        }
        return offset;
    }

    /**
     * @param offset as committed, null when nothing was; numbers may come back as any integral type (the converter
     *               that stored them decides)
     * @return null when there is no usable offset for this mode
     */
    static Position decode(Mode mode, Map<String, ?> offset) {
        if (offset == null || mode == Mode.BULK) {
            return null;
        }
        Long incrementing = mode.usesIncrementing() ? number(offset, INCREMENTING) : null;
        Timestamp timestamp = null;
        Long millis = mode.usesTimestamp() ? number(offset, TIMESTAMP) : null;
        if (millis != null) {
            timestamp = new Timestamp(millis);
            Long nanos = number(offset, TIMESTAMP_NANOS);
            if (nanos != null) {
                // getTime() already holds the milliseconds; the nanoseconds of that second add the rest.
                timestamp.setNanos(nanos.intValue());
            }
        }
        return incrementing == null && timestamp == null ? null : new Position(incrementing, timestamp);
    }

    private static Long number(Map<String, ?> offset, String key) {
        Object value = offset.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalArgumentException("Offset field " + key + " should be a number, not " + value);
    }
}
