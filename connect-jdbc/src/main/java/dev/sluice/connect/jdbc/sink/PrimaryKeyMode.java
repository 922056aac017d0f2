/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import java.util.List;
import java.util.Locale;

/** Where the primary-key columns of a row come from ({@code pk.mode}). */
public enum PrimaryKeyMode {
    /** No key: rows can only be inserted. */
    NONE,
    /** The record's Kafka coordinates: topic, partition and offset. */
    KAFKA,
    /** The record key: a primitive as one column, or fields of a Struct. */
    RECORD_KEY,
    /** Fields of the record value. */
    RECORD_VALUE;

    /** The column names {@code pk.mode=kafka} uses when {@code pk.fields} is empty, in topic, partition, offset order. */
    public static final List<String> DEFAULT_KAFKA_COLUMNS =
            List.of("__connect_topic", "__connect_partition", "__connect_offset");

    public static PrimaryKeyMode parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
