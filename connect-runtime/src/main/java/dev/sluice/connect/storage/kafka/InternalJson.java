/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * The JSON of the internal topics' values. Writing goes through {@link JsonConverter} with schemas disabled, as
 * Apache's worker configures it: a {@link Struct} gives its fields in schema order and string-keyed maps in their
 * own iteration order, which is what makes the bytes identical to Apache's. Reading uses Jackson's tree directly
 * so that field order survives.
 *
 * <p>Thread-safe: schemaless conversion keeps no per-call state.
 */
final class InternalJson {

    private static final ObjectMapper READER = new ObjectMapper();

    private final JsonConverter converter = new JsonConverter();

    InternalJson() {
        converter.configure(Map.of("schemas.enable", "false", "converter.type", "value"), false);
    }

    byte[] write(String topic, Struct value) {
        value.validate();
        return converter.fromConnectData(topic, value.schema(), value);
    }

    /**
     * Reads a JSON object, keeping the order of its fields (the converter's schemaless maps would lose it, and a
     * connector configuration read back must write out again as the same bytes).
     *
     * @throws DataException when the bytes are not JSON or not an object
     */
    Map<?, ?> readObject(byte[] bytes) {
        JsonNode tree;
        try {
            tree = READER.readTree(bytes);
        } catch (IOException e) {
            throw new DataException("not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (tree == null || !tree.isObject()) {
            throw new DataException("expected a JSON object but found " + tree);
        }
        return (Map<?, ?>) plain(tree);
    }

    /** Objects become ordered maps, arrays lists, numbers longs or doubles. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(plain(element)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return null;
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
