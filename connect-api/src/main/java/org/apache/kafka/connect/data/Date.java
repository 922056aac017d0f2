/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;

import java.util.Objects;

/**
 * Logical type for a calendar day. In Java it is a {@link java.util.Date} at midnight UTC; encoded it is an INT32
 * counting whole days since the Unix epoch.
 */
public class Date {

    /** Schema name marking this logical type. */
    public static final String LOGICAL_NAME = "org.apache.kafka.connect.data.Date";

    /** A required date schema. */
    public static final Schema SCHEMA = builder().schema();

    /** A builder for a date schema, open to further settings such as optional or a default. */
    public static SchemaBuilder builder() {
        return SchemaBuilder.int32()
                .name(LOGICAL_NAME)
                .version(1);
    }

    /** Encodes a midnight-UTC date as days since the epoch; other times of day are rejected. */
    public static int fromLogical(Schema schema, java.util.Date value) {
        if (!LOGICAL_NAME.equals(schema.name())) {
            throw new DataException("Requested conversion of Date object but the schema does not match.");
        }
        long unixMillis = Objects.requireNonNull(value, "date must not be null").getTime();
        if (Math.floorMod(unixMillis, LogicalTime.MILLIS_PER_DAY) != 0) {
            throw new DataException("Kafka Connect Date type should not have any time fields set to non-zero values.");
        }
        return (int) (unixMillis / LogicalTime.MILLIS_PER_DAY);
    }

    /** Decodes days since the epoch into a midnight-UTC date. */
    public static java.util.Date toLogical(Schema schema, int value) {
        if (!LOGICAL_NAME.equals(schema.name())) {
            throw new DataException("Requested conversion of Date object but the schema does not match.");
        }
        return new java.util.Date(value * LogicalTime.MILLIS_PER_DAY);
    }
}
