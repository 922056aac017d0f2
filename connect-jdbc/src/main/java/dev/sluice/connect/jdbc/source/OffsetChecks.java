/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * Checks offsets a user writes through the offsets REST API before they are stored, so that a typo is refused with
 * its reason instead of being skipped silently by the task (which would then start the table over).
 */
public final class OffsetChecks {

    private static final Set<String> OFFSET_FIELDS =
            Set.of(OffsetCodec.INCREMENTING, OffsetCodec.TIMESTAMP, OffsetCodec.TIMESTAMP_NANOS);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private OffsetChecks() {
    }

    /**
     * @param offsets partition to offset; a null offset (a reset) is always accepted
     * @throws ConnectException naming the partition and the field that is wrong
     */
    public static void check(Map<Map<String, ?>, Map<String, ?>> offsets) {
        offsets.forEach((partition, offset) -> {
            if (partition == null || !(partition.get(OffsetCodec.TABLE) instanceof String
                    || partition.get(OffsetCodec.QUERY) instanceof String)) {
                throw new ConnectException("Partition " + partition + " should be {\"" + OffsetCodec.TABLE
                        + "\": <table name>} or {\"" + OffsetCodec.QUERY + "\": \"" + OffsetCodec.QUERY + "\"}");
            }
            if (offset != null) {
                checkOffset(partition, offset);
            }
        });
    }

    private static void checkOffset(Map<String, ?> partition, Map<String, ?> offset) {
        offset.forEach((field, value) -> {
            if (!OFFSET_FIELDS.contains(field)) {
                throw new ConnectException("Offset of " + partition + " has an unknown field '" + field
                        + "'; the fields are " + OffsetCodec.INCREMENTING + ", " + OffsetCodec.TIMESTAMP + " and "
                        + OffsetCodec.TIMESTAMP_NANOS);
            }
            if (value != null && !(value instanceof Long || value instanceof Integer)) {
                throw new ConnectException("Offset field '" + field + "' of " + partition
                        + " should be an integer, not " + value);
            }
        });
        if (offset.get(OffsetCodec.TIMESTAMP_NANOS) instanceof Number nanos
                && (nanos.longValue() < 0 || nanos.longValue() >= NANOS_PER_SECOND)) {
            throw new ConnectException("Offset field '" + OffsetCodec.TIMESTAMP_NANOS + "' of " + partition
                    + " should be the nanoseconds of the second (0 to 999999999), not " + nanos);
        }
    }
}
