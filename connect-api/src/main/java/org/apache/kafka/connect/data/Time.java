/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;

import java.util.Objects;

/**
 * Logical type for a time of day. In Java it is a {@link java.util.Date} on the first day of the Unix epoch; encoded
 * it is an INT32 of milliseconds since midnight.
 */
public class Time {

    /** Schema name marking this logical type. */
    public static final String LOGICAL_NAME = "org.apache.kafka.connect.data.Time";

    /** A required time schema. */
    public static final Schema SCHEMA = builder().schema();

    /** A builder for a time schema, open to further settings such as optional or a default. */
    public static SchemaBuilder builder() {
        return SchemaBuilder.int32()
                .name(LOGICAL_NAME)
                .version(1);
    }

    /** Encodes a time on the epoch's first day as milliseconds since midnight. */
    public static int fromLogical(Schema schema, java.util.Date value) {
        if (!LOGICAL_NAME.equals(schema.name())) {
            throw new DataException("Requested conversion of Time object but the schema does not match.");
        }
        long unixMillis = Objects.requireNonNull(value, "date must not be null").getTime();
        // Apache accepts the end-of-day instant (exactly one day) as well, so the upper bound is inclusive.
        if (unixMillis < 0 || unixMillis > LogicalTime.MILLIS_PER_DAY) {
            throw new DataException("Kafka Connect Time type should not have any date fields set to non-zero values.");
        }
        return (int) unixMillis;
    }

    /** Decodes milliseconds since midnight into a date on the epoch's first day. */
    public static java.util.Date toLogical(Schema schema, int value) {
        if (!LOGICAL_NAME.equals(schema.name())) {
            // Apache's message says "Date object" here; kept identical for compatibility.
            throw new DataException("Requested conversion of Date object but the schema does not match.");
        }
        if (value < 0 || value > LogicalTime.MILLIS_PER_DAY) {
            throw new DataException("Time values must use number of milliseconds greater than 0 and less than 86400000");
        }
        return new java.util.Date(value);
    }
}
