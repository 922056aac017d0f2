/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import java.util.Map;

import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * The JSON of the internal topics' values: {@link JsonConverter} with schemas disabled, as Apache's worker
 * configures it. Writing a {@link Struct} gives its fields in schema order and string-keyed maps in their own
 * iteration order, which is what makes the bytes identical to Apache's.
 *
 * <p>Thread-safe: schemaless conversion keeps no per-call state.
 */
final class InternalJson {

    private final JsonConverter converter = new JsonConverter();

    InternalJson() {
        converter.configure(Map.of("schemas.enable", "false", "converter.type", "value"), false);
    }

    byte[] write(String topic, Struct value) {
        value.validate();
        return converter.fromConnectData(topic, value.schema(), value);
    }

    /**
     * Reads a JSON object.
     *
     * @throws DataException when the bytes are not JSON or not an object
     */
    Map<?, ?> readObject(String topic, byte[] bytes) {
        Object value = converter.toConnectData(topic, bytes).value();
        if (!(value instanceof Map<?, ?> map)) {
            throw new DataException("expected a JSON object but found " + (value == null ? "null" : value));
        }
        return map;
    }

    /** A required field of a decoded object. */
    static <T> T field(Map<?, ?> object, String name, Class<T> type) {
        Object value = object.get(name);
        if (!type.isInstance(value)) {
            throw new DataException("field \"" + name + "\" should be a " + type.getSimpleName() + " but is "
                    + (value == null ? "missing or null" : value));
        }
        return type.cast(value);
    }

    /** An optional field of a decoded object; {@code null} when missing or null. */
    static <T> T optionalField(Map<?, ?> object, String name, Class<T> type) {
        return object.get(name) == null ? null : field(object, name, type);
    }
}
