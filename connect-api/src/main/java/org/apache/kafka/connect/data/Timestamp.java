/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;

/**
 * Logical type for an instant. In Java it is a {@link java.util.Date}; encoded it is an INT64 of milliseconds since
 * the Unix epoch.
 */
public class Timestamp {

    /** Schema name marking this logical type. */
    public static final String LOGICAL_NAME = "org.apache.kafka.connect.data.Timestamp";

    /** A required timestamp schema. */
    public static final Schema SCHEMA = builder().schema();

    /** A builder for a timestamp schema, open to further settings such as optional or a default. */
    public static SchemaBuilder builder() {
        return SchemaBuilder.int64()
                .name(LOGICAL_NAME)
                .version(1);
    }

    /** Encodes the instant as milliseconds since the epoch. */
    public static long fromLogical(Schema schema, java.util.Date value) {
        if (!LOGICAL_NAME.equals(schema.name())) {
            throw new DataException("Requested conversion of Timestamp object but the schema does not match.");
        }
        return value.getTime();
    }

    /** Decodes milliseconds since the epoch into a date. */
    public static java.util.Date toLogical(Schema schema, long value) {
        if (!LOGICAL_NAME.equals(schema.name())) {
            throw new DataException("Requested conversion of Timestamp object but the schema does not match.");
        }
        return new java.util.Date(value);
    }
}
