/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;

/**
 * Writes a Connect schema in its JSON form. The member order (type, then items, keys and values or fields, then
 * optional, name, version, doc, parameters and default, and {@code field} last in a struct field) is part of the
 * byte-for-byte contract with Apache.
 */
final class JsonSchemaWriter {

    private static final JsonNodeFactory NODES = JsonMappers.NODE_FACTORY;

    private final JsonValueWriter values;

    JsonSchemaWriter(JsonValueWriter values) {
        this.values = values;
    }

    /** Returns a fresh tree for {@code schema}, or null for a null schema. */
    ObjectNode toJson(Schema schema) {
        if (schema == null) {
            return null;
        }
        ObjectNode json = NODES.objectNode();
        json.put(JsonSchema.SCHEMA_TYPE_FIELD_NAME, JsonSchema.typeName(schema.type()));
        switch (schema.type()) {
            case ARRAY -> json.set(JsonSchema.ARRAY_ITEMS_FIELD_NAME, toJson(schema.valueSchema()));
            case MAP -> {
                json.set(JsonSchema.MAP_KEY_FIELD_NAME, toJson(schema.keySchema()));
                json.set(JsonSchema.MAP_VALUE_FIELD_NAME, toJson(schema.valueSchema()));
            }
            case STRUCT -> json.set(JsonSchema.STRUCT_FIELDS_FIELD_NAME, fieldsToJson(schema));
            default -> {
                // Primitive types carry nothing beyond their type name.
            }
        }
        json.put(JsonSchema.SCHEMA_OPTIONAL_FIELD_NAME, schema.isOptional());
        if (schema.name() != null) {
            json.put(JsonSchema.SCHEMA_NAME_FIELD_NAME, schema.name());
        }
        if (schema.version() != null) {
            json.put(JsonSchema.SCHEMA_VERSION_FIELD_NAME, schema.version());
        }
        if (schema.doc() != null) {
            json.put(JsonSchema.SCHEMA_DOC_FIELD_NAME, schema.doc());
        }
        Map<String, String> parameters = schema.parameters();
        if (parameters != null && !parameters.isEmpty()) {
            ObjectNode params = NODES.objectNode();
            parameters.forEach(params::put);
            json.set(JsonSchema.SCHEMA_PARAMETERS_FIELD_NAME, params);
        }
        if (schema.defaultValue() != null) {
            json.set(JsonSchema.SCHEMA_DEFAULT_FIELD_NAME, values.toJson(schema, schema.defaultValue()));
        }
        return json;
    }

    private ArrayNode fieldsToJson(Schema schema) {
        ArrayNode fields = NODES.arrayNode();
        for (Field field : schema.fields()) {
            ObjectNode fieldJson = toJson(field.schema());
            fieldJson.put(JsonSchema.STRUCT_FIELD_NAME_FIELD_NAME, field.name());
            fields.add(fieldJson);
        }
        return fields;
    }
}
