/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.util;

import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

import java.util.Map;

/**
 * Shape checks used by transforms before they touch a key or value. Each failure is a {@link DataException} whose
 * message names the purpose (usually the transform and field) and the class actually found.
 */
public class Requirements {

    /** Fails when {@code schema} is null. */
    public static void requireSchema(Schema schema, String purpose) {
        if (schema == null) {
            throw new DataException("Schema required for [" + purpose + "]");
        }
    }

    /** Returns {@code value} as a map of field names, failing when it is not a {@link Map} (including null). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> requireMap(Object value, String purpose) {
        if (!(value instanceof Map)) {
            throw new DataException("Only Map objects supported in absence of schema for [" + purpose + "], found: "
                    + nameOf(value));
        }
        return (Map<String, Object>) value;
    }

    /** Like {@link #requireMap} but lets null through. */
    public static Map<String, Object> requireMapOrNull(Object value, String purpose) {
        return value == null ? null : requireMap(value, purpose);
    }

    /** Returns {@code value} as a {@link Struct}, failing when it is anything else (including null). */
    public static Struct requireStruct(Object value, String purpose) {
        if (!(value instanceof Struct)) {
            throw new DataException("Only Struct objects supported for [" + purpose + "], found: " + nameOf(value));
        }
        return (Struct) value;
    }

    /** Like {@link #requireStruct} but lets null through. */
    public static Struct requireStructOrNull(Object value, String purpose) {
        return value == null ? null : requireStruct(value, purpose);
    }

    /** Returns {@code record} as a {@link SinkRecord}, for transforms that need sink-only metadata such as offsets. */
    public static SinkRecord requireSinkRecord(ConnectRecord<?> record, String purpose) {
        if (!(record instanceof SinkRecord)) {
            throw new DataException("Only SinkRecord supported for [" + purpose + "], found: " + nameOf(record));
        }
        return (SinkRecord) record;
    }

    private static String nameOf(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
