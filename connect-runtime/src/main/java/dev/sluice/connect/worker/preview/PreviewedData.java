/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.preview;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * A key, value or header value in a form a person can read: bytes as UTF-8 text when they are valid UTF-8,
 * otherwise as base64; Connect data as its schema and a JSON-like value (structs and maps as objects, bytes as
 * base64, dates as ISO-8601 instants).
 *
 * @param utf8   bytes that are valid UTF-8, as text
 * @param base64 other bytes, in base64
 * @param schema a Connect value's schema: its type, name and whether it is optional; null for schemaless data
 * @param data   a Connect value as maps, lists, strings, numbers and booleans
 */
public record PreviewedData(String utf8, String base64, String schema, Object data) {

    /** Bytes as a converter produced them; null stays null. */
    static PreviewedData bytes(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new PreviewedData(text, null, null, null);
        } catch (CharacterCodingException binary) {
            return new PreviewedData(null, Base64.getEncoder().encodeToString(bytes), null, null);
        }
    }

    /** A Connect value with its schema, as a task would see it. */
    static PreviewedData connect(Schema schema, Object value) {
        if (schema == null && value == null) {
            return null;
        }
        return new PreviewedData(null, null, describe(schema), readable(value));
    }

    private static String describe(Schema schema) {
        if (schema == null) {
            return null;
        }
        String described = schema.type().name();
        if (schema.name() != null) {
            described += " " + schema.name();
        }
        return schema.isOptional() ? described + " (optional)" : described;
    }

    private static Object readable(Object value) {
        if (value instanceof Struct struct) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Field field : struct.schema().fields()) {
                fields.put(field.name(), readable(struct.get(field)));
            }
            return fields;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((key, entry) -> entries.put(String.valueOf(readable(key)), readable(entry)));
            return entries;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(PreviewedData::readable).toList();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        return value;
    }
}
