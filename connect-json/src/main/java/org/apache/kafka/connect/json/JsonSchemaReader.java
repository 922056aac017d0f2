/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.errors.DataException;

/**
 * Reads the JSON form of a Connect schema. Like Apache it is lenient about optional members of the wrong JSON type
 * (they are ignored) but strict about the type, the nested schemas and parameter values.
 */
final class JsonSchemaReader {

    private final JsonValueReader values;

    JsonSchemaReader(JsonValueReader values) {
        this.values = values;
    }

    /**
     * Builds the schema a JSON schema describes.
     *
     * @param jsonSchema the JSON form; JSON null stands for "no schema"
     * @return the schema, or null for JSON null
     */
    Schema toConnect(JsonNode jsonSchema) {
        if (jsonSchema.isNull()) {
            return null;
        }
        JsonNode typeNode = jsonSchema.get(JsonSchema.SCHEMA_TYPE_FIELD_NAME);
        if (typeNode == null || !typeNode.isTextual()) {
            throw new DataException("Schema must contain 'type' field");
        }
        SchemaBuilder builder = builderFor(typeNode.textValue(), jsonSchema);

        JsonNode optional = jsonSchema.get(JsonSchema.SCHEMA_OPTIONAL_FIELD_NAME);
        if (optional != null && optional.isBoolean() && optional.booleanValue()) {
            builder.optional();
        }
        JsonNode name = jsonSchema.get(JsonSchema.SCHEMA_NAME_FIELD_NAME);
        if (name != null && name.isTextual()) {
            builder.name(name.textValue());
        }
        JsonNode version = jsonSchema.get(JsonSchema.SCHEMA_VERSION_FIELD_NAME);
        if (version != null && version.isIntegralNumber()) {
            builder.version(version.intValue());
        }
        JsonNode doc = jsonSchema.get(JsonSchema.SCHEMA_DOC_FIELD_NAME);
        if (doc != null && doc.isTextual()) {
            builder.doc(doc.textValue());
        }
        JsonNode parameters = jsonSchema.get(JsonSchema.SCHEMA_PARAMETERS_FIELD_NAME);
        if (parameters != null && parameters.isObject()) {
            for (Map.Entry<String, JsonNode> parameter : parameters.properties()) {
                if (!parameter.getValue().isTextual()) {
                    throw new DataException("Schema parameters must have string values.");
                }
                builder.parameter(parameter.getKey(), parameter.getValue().textValue());
            }
        }
        // Last, because reading the default needs everything above (a Decimal default needs its scale).
        JsonNode defaultValue = jsonSchema.get(JsonSchema.SCHEMA_DEFAULT_FIELD_NAME);
        if (defaultValue != null) {
            builder.defaultValue(values.toConnect(builder, defaultValue));
        }
        return builder.build();
    }

    private SchemaBuilder builderFor(String typeName, JsonNode jsonSchema) {
        Schema.Type type = JsonSchema.typeForName(typeName);
        if (type == null) {
            throw new DataException("Unknown schema type: " + typeName);
        }
        return switch (type) {
            case ARRAY -> {
                JsonNode items = jsonSchema.get(JsonSchema.ARRAY_ITEMS_FIELD_NAME);
                if (items == null || items.isNull()) {
                    throw new DataException("Array schema did not specify the element type");
                }
                yield SchemaBuilder.array(toConnect(items));
            }
            case MAP -> {
                JsonNode keys = jsonSchema.get(JsonSchema.MAP_KEY_FIELD_NAME);
                if (keys == null) {
                    throw new DataException("Map schema did not specify the key type");
                }
                JsonNode mapValues = jsonSchema.get(JsonSchema.MAP_VALUE_FIELD_NAME);
                if (mapValues == null) {
                    throw new DataException("Map schema did not specify the value type");
                }
                yield SchemaBuilder.map(toConnect(keys), toConnect(mapValues));
            }
            case STRUCT -> structBuilder(jsonSchema);
            default -> SchemaBuilder.type(type);
        };
    }

    private SchemaBuilder structBuilder(JsonNode jsonSchema) {
        JsonNode fields = jsonSchema.get(JsonSchema.STRUCT_FIELDS_FIELD_NAME);
        if (fields == null || !fields.isArray()) {
            throw new DataException("Struct schema's \"fields\" argument is not an array.");
        }
        SchemaBuilder builder = SchemaBuilder.struct();
        for (JsonNode field : fields) {
            JsonNode fieldName = field.get(JsonSchema.STRUCT_FIELD_NAME_FIELD_NAME);
            if (fieldName == null || !fieldName.isTextual()) {
                throw new DataException("Struct schema's field name not specified properly");
            }
            builder.field(fieldName.textValue(), toConnect(field));
        }
        return builder;
    }
}
