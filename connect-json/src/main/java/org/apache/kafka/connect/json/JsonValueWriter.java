/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/** Turns Connect values into JSON trees, with or without a schema to follow. */
final class JsonValueWriter {

    private static final JsonNodeFactory NODES = JsonMappers.NODE_FACTORY;

    private final DecimalFormat decimalFormat;
    private final boolean replaceNullWithDefault;

    JsonValueWriter(DecimalFormat decimalFormat, boolean replaceNullWithDefault) {
        this.decimalFormat = decimalFormat;
        this.replaceNullWithDefault = replaceNullWithDefault;
    }

    /**
     * Converts one value.
     *
     * @param schema the value's schema, or null to infer the type from the Java class
     * @param value the value, possibly null
     * @return the JSON tree, or Java null for a null value without a schema
     */
    JsonNode toJson(Schema schema, Object value) {
        if (value == null) {
            return nullToJson(schema);
        }
        JsonLogicalTypes.LogicalType logical = JsonLogicalTypes.of(schema);
        if (logical != null) {
            return logical.toJson(schema, value, decimalFormat);
        }
        Schema.Type type = schema != null ? schema.type() : inferType(value);
        try {
            return switch (type) {
                case INT8 -> NODES.numberNode((Byte) value);
                case INT16 -> NODES.numberNode((Short) value);
                case INT32 -> NODES.numberNode((Integer) value);
                case INT64 -> NODES.numberNode((Long) value);
                case FLOAT32 -> NODES.numberNode((Float) value);
                case FLOAT64 -> NODES.numberNode((Double) value);
                case BOOLEAN -> NODES.booleanNode((Boolean) value);
                case STRING -> NODES.textNode((String) value);
                case BYTES -> bytesToJson(value);
                case ARRAY -> arrayToJson(schema, (Collection<?>) value);
                case MAP -> mapToJson(schema, (Map<?, ?>) value);
                case STRUCT -> structToJson(schema, (Struct) value);
            };
        } catch (ClassCastException e) {
            throw new DataException("Invalid type for " + type + ": " + value.getClass());
        }
    }

    private JsonNode nullToJson(Schema schema) {
        if (schema == null) {
            return null;
        }
        if (replaceNullWithDefault && schema.defaultValue() != null) {
            return toJson(schema, schema.defaultValue());
        }
        if (schema.isOptional()) {
            return NODES.nullNode();
        }
        throw new DataException("Conversion error: null value for field that is required and has no default value");
    }

    private static Schema.Type inferType(Object value) {
        Schema.Type type = ConnectSchema.schemaType(value.getClass());
        if (type == null) {
            throw new DataException("Java class " + value.getClass() + " does not have corresponding schema type.");
        }
        return type;
    }

    private static JsonNode bytesToJson(Object value) {
        if (value instanceof byte[] bytes) {
            return NODES.binaryNode(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            // The whole backing array, ignoring position and limit, exactly as Apache writes it.
            return NODES.binaryNode(buffer.array());
        }
        throw new DataException("Invalid type for bytes type: " + value.getClass());
    }

    private JsonNode arrayToJson(Schema schema, Collection<?> items) {
        Schema itemSchema = schema == null ? null : schema.valueSchema();
        ArrayNode array = NODES.arrayNode();
        for (Object item : items) {
            array.add(toJson(itemSchema, item));
        }
        return array;
    }

    private JsonNode mapToJson(Schema schema, Map<?, ?> map) {
        Schema keySchema = schema == null ? null : schema.keySchema();
        Schema valueSchema = schema == null ? null : schema.valueSchema();
        // String keys make a JSON object; any other key type needs an array of [key, value] pairs.
        boolean objectMode = keySchema != null ? keySchema.type() == Schema.Type.STRING : allKeysAreStrings(map);
        if (objectMode) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                object.set(toJson(keySchema, entry.getKey()).asText(), toJson(valueSchema, entry.getValue()));
            }
            return object;
        }
        ArrayNode pairs = NODES.arrayNode();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            ArrayNode pair = NODES.arrayNode();
            pair.add(toJson(keySchema, entry.getKey()));
            pair.add(toJson(valueSchema, entry.getValue()));
            pairs.add(pair);
        }
        return pairs;
    }

    private static boolean allKeysAreStrings(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private JsonNode structToJson(Schema schema, Struct struct) {
        if (!struct.schema().equals(schema)) {
            throw new DataException("Mismatching schema.");
        }
        ObjectNode object = NODES.objectNode();
        for (Field field : schema.fields()) {
            // Without the default, so that replace.null.with.default alone decides what an unset field becomes.
            object.set(field.name(), toJson(field.schema(), struct.getWithoutDefault(field.name())));
        }
        return object;
    }
}
