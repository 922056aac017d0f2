/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.JsonProperties;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * A Connect default value in the form of an Avro schema's JSON default: numbers, strings, booleans, bytes as Avro's
 * ISO-8859-1 string (Avro does that from a byte array), logical types as their encoded numbers or bytes, structs
 * and string-keyed maps as objects, other maps as arrays of key/value objects.
 */
final class AvroDefaults {

    private AvroDefaults() {
    }

    /** The default as the Java value Avro turns into JSON; {@link JsonProperties#NULL_VALUE} for null. */
    static Object toAvroJson(Schema schema, Object value) {
        if (value == null) {
            return JsonProperties.NULL_VALUE;
        }
        if (LogicalValues.isLogical(schema)) {
            return LogicalValues.encode(schema, value);
        }
        return switch (schema.type()) {
            case INT8, INT16, INT32 -> ((Number) value).intValue();
            case INT64 -> ((Number) value).longValue();
            case FLOAT32 -> ((Number) value).floatValue();
            case FLOAT64 -> ((Number) value).doubleValue();
            case BOOLEAN, STRING -> value;
            case BYTES -> value instanceof ByteBuffer buffer ? bytes(buffer) : value;
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    items.add(toAvroJson(schema.valueSchema(), item));
                }
                yield items;
            }
            case MAP -> map(schema, (Map<?, ?>) value);
            case STRUCT -> {
                Struct struct = (Struct) value;
                Map<String, Object> fields = new LinkedHashMap<>();
                for (Field field : schema.fields()) {
                    fields.put(field.name(), toAvroJson(field.schema(), struct.get(field)));
                }
                yield fields;
            }
        };
    }

    private static Object map(Schema schema, Map<?, ?> value) {
        if (ConnectToAvroSchema.isAvroMap(schema)) {
            Map<String, Object> entries = new LinkedHashMap<>();
            value.forEach((key, item) -> entries.put((String) key, toAvroJson(schema.valueSchema(), item)));
            return entries;
        }
        List<Object> entries = new ArrayList<>();
        value.forEach((key, item) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put(AvroNames.MAP_KEY, toAvroJson(schema.keySchema(), key));
            entry.put(AvroNames.MAP_VALUE, toAvroJson(schema.valueSchema(), item));
            entries.add(entry);
        });
        return entries;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
