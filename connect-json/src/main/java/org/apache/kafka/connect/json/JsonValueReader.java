/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Turns JSON trees into Connect values. With a schema, scalars are read leniently through Jackson's accessors
 * (a string read as INT32 gives 0, 300 read as INT8 wraps to 44) exactly as Apache does; without one, the type
 * follows the JSON: integral numbers become Long, other numbers Double, objects HashMap and arrays ArrayList.
 */
final class JsonValueReader {

    private final boolean replaceNullWithDefault;

    JsonValueReader(boolean replaceNullWithDefault) {
        this.replaceNullWithDefault = replaceNullWithDefault;
    }

    /**
     * Converts one JSON value.
     *
     * @param schema the expected schema, or null to read schemaless
     * @param json the JSON value; Java null stands for an absent struct field
     * @return the Connect value
     */
    Object toConnect(Schema schema, JsonNode json) {
        Schema.Type type;
        if (schema != null) {
            if (json == null || json.isNull()) {
                return nullToConnect(schema);
            }
            JsonLogicalTypes.LogicalType logical = JsonLogicalTypes.of(schema);
            if (logical != null) {
                return logical.toConnect(schema, json);
            }
            type = schema.type();
        } else {
            if (json == null) {
                return null;
            }
            type = inferType(json);
            if (type == null) {
                return null;
            }
        }
        return switch (type) {
            case BOOLEAN -> json.booleanValue();
            case INT8 -> (byte) json.intValue();
            case INT16 -> (short) json.intValue();
            case INT32 -> json.intValue();
            case INT64 -> json.longValue();
            case FLOAT32 -> json.floatValue();
            case FLOAT64 -> json.doubleValue();
            case STRING -> json.textValue();
            case BYTES -> bytesToConnect(json);
            case ARRAY -> arrayToConnect(schema, json);
            case MAP -> mapToConnect(schema, json);
            case STRUCT -> structToConnect(schema, json);
        };
    }

    private Object nullToConnect(Schema schema) {
        if (replaceNullWithDefault && schema.defaultValue() != null) {
            return schema.defaultValue();
        }
        if (schema.isOptional()) {
            return null;
        }
        throw new DataException("Invalid null value for required " + schema.type() + " field");
    }

    /** The Connect type a schemaless JSON value maps to, or null for JSON null and missing values. */
    private static Schema.Type inferType(JsonNode json) {
        return switch (json.getNodeType()) {
            case BOOLEAN -> Schema.Type.BOOLEAN;
            case NUMBER -> json.isIntegralNumber() ? Schema.Type.INT64 : Schema.Type.FLOAT64;
            case STRING -> Schema.Type.STRING;
            case BINARY -> Schema.Type.BYTES;
            case ARRAY -> Schema.Type.ARRAY;
            case OBJECT -> Schema.Type.MAP;
            case NULL, MISSING -> null;
            case POJO -> throw new DataException("Unknown schema type: " + json.getNodeType());
        };
    }

    private static byte[] bytesToConnect(JsonNode json) {
        try {
            return json.binaryValue();
        } catch (IOException e) {
            throw new DataException("Invalid bytes field", e);
        }
    }

    private List<Object> arrayToConnect(Schema schema, JsonNode json) {
        Schema itemSchema = schema == null ? null : schema.valueSchema();
        List<Object> result = new ArrayList<>();
        // A non-array has no elements to iterate, so it reads as an empty list, as in Apache.
        for (JsonNode item : json) {
            result.add(toConnect(itemSchema, item));
        }
        return result;
    }

    private Map<Object, Object> mapToConnect(Schema schema, JsonNode json) {
        Schema keySchema = schema == null ? null : schema.keySchema();
        Schema valueSchema = schema == null ? null : schema.valueSchema();
        Map<Object, Object> result = new HashMap<>();
        if (schema == null || keySchema.type() == Schema.Type.STRING) {
            if (!json.isObject()) {
                throw new DataException("Maps with string fields should be encoded as JSON objects, but found "
                        + json.getNodeType());
            }
            for (Map.Entry<String, JsonNode> entry : json.properties()) {
                result.put(entry.getKey(), toConnect(valueSchema, entry.getValue()));
            }
            return result;
        }
        if (!json.isArray()) {
            throw new DataException("Maps with non-string fields should be encoded as JSON array of tuples, but found "
                    + json.getNodeType());
        }
        for (JsonNode entry : json) {
            if (!entry.isArray()) {
                throw new DataException("Found invalid map entry instead of array tuple: " + entry.getNodeType());
            }
            if (entry.size() != 2) {
                throw new DataException("Found invalid map entry, expected length 2 but found :" + entry.size());
            }
            result.put(toConnect(keySchema, entry.get(0)), toConnect(valueSchema, entry.get(1)));
        }
        return result;
    }

    private Struct structToConnect(Schema schema, JsonNode json) {
        if (!json.isObject()) {
            throw new DataException("Structs should be encoded as JSON objects, but found " + json.getNodeType());
        }
        // schema() freezes a builder, so a struct default read while its schema is still being built fails the
        // builder's default check just as it does in Apache.
        Struct result = new Struct(schema.schema());
        for (Field field : schema.fields()) {
            result.put(field.name(), toConnect(field.schema(), json.get(field.name())));
        }
        return result;
    }
}
