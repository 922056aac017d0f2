/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.connect.data.Schema;

/**
 * The vocabulary of the JSON form of Connect schemas, and the envelope that carries a schema next to its payload.
 */
public class JsonSchema {

    static final String ENVELOPE_SCHEMA_FIELD_NAME = "schema";
    static final String ENVELOPE_PAYLOAD_FIELD_NAME = "payload";
    static final String SCHEMA_TYPE_FIELD_NAME = "type";
    static final String SCHEMA_OPTIONAL_FIELD_NAME = "optional";
    static final String SCHEMA_NAME_FIELD_NAME = "name";
    static final String SCHEMA_VERSION_FIELD_NAME = "version";
    static final String SCHEMA_DOC_FIELD_NAME = "doc";
    static final String SCHEMA_PARAMETERS_FIELD_NAME = "parameters";
    static final String SCHEMA_DEFAULT_FIELD_NAME = "default";
    static final String ARRAY_ITEMS_FIELD_NAME = "items";
    static final String MAP_KEY_FIELD_NAME = "keys";
    static final String MAP_VALUE_FIELD_NAME = "values";
    static final String STRUCT_FIELDS_FIELD_NAME = "fields";
    static final String STRUCT_FIELD_NAME_FIELD_NAME = "field";

    // Connect's two float types keep the names JSON schemas have always used for them.
    private static final Map<Schema.Type, String> TYPE_NAMES = new EnumMap<>(Schema.Type.class);
    private static final Map<String, Schema.Type> TYPES_BY_NAME = new HashMap<>();

    static {
        for (Schema.Type type : Schema.Type.values()) {
            String name = switch (type) {
                case FLOAT32 -> "float";
                case FLOAT64 -> "double";
                default -> type.getName();
            };
            TYPE_NAMES.put(type, name);
            TYPES_BY_NAME.put(name, type);
        }
    }

    public JsonSchema() {
    }

    /**
     * Wraps a schema and its payload into the {@code {"schema":…,"payload":…}} document.
     *
     * @param schema the JSON schema, or null for a schemaless payload
     * @param payload the JSON payload
     * @return a new envelope object
     */
    public static ObjectNode envelope(JsonNode schema, JsonNode payload) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set(ENVELOPE_SCHEMA_FIELD_NAME, schema);
        result.set(ENVELOPE_PAYLOAD_FIELD_NAME, payload);
        return result;
    }

    static String typeName(Schema.Type type) {
        return TYPE_NAMES.get(type);
    }

    /** The Connect type a JSON type name stands for, or null if the name is not one. */
    static Schema.Type typeForName(String name) {
        return TYPES_BY_NAME.get(name);
    }

    /** A schema and payload pair read from, or about to become, an envelope document. */
    static class Envelope {
        public JsonNode schema;
        public JsonNode payload;

        public Envelope(JsonNode schema, JsonNode payload) {
            this.schema = schema;
            this.payload = payload;
        }

        public ObjectNode toJsonNode() {
            return envelope(schema, payload);
        }
    }
}
