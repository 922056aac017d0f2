/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Rebuilds one of our schemas, and a value of it, in Apache's world by calling Apache's {@code SchemaBuilder} and
 * {@code Struct} reflectively. JDK values (numbers, strings, byte arrays, buffers, dates, decimals) are shared as they
 * are; lists, maps and structs are copied element by element, keeping iteration order.
 */
final class ApacheMirror {

    private static final String BUILDER = "org.apache.kafka.connect.data.SchemaBuilder";
    private static final String TYPE = "org.apache.kafka.connect.data.Schema$Type";
    private static final String STRUCT = "org.apache.kafka.connect.data.Struct";

    private final ApacheOracle oracle;

    ApacheMirror(ApacheOracle oracle) {
        this.oracle = oracle;
    }

    /** Apache's copy of {@code schema}, or null. */
    Object schema(Schema schema) {
        if (schema == null) {
            return null;
        }
        Object builder = switch (schema.type()) {
            case ARRAY -> oracle.callStatic(BUILDER, "array", schema(schema.valueSchema()));
            case MAP -> oracle.callStatic(BUILDER, "map", schema(schema.keySchema()), schema(schema.valueSchema()));
            case STRUCT -> {
                Object struct = oracle.callStatic(BUILDER, "struct");
                for (Field field : schema.fields()) {
                    oracle.call(struct, "field", field.name(), schema(field.schema()));
                }
                yield struct;
            }
            default -> oracle.callStatic(BUILDER, "type", oracle.enumConstant(TYPE, schema.type().name()));
        };
        if (schema.isOptional()) {
            oracle.call(builder, "optional");
        }
        if (schema.name() != null) {
            oracle.call(builder, "name", schema.name());
        }
        if (schema.version() != null) {
            oracle.call(builder, "version", schema.version());
        }
        if (schema.doc() != null) {
            oracle.call(builder, "doc", schema.doc());
        }
        if (schema.parameters() != null) {
            oracle.call(builder, "parameters", new LinkedHashMap<>(schema.parameters()));
        }
        if (schema.defaultValue() != null) {
            oracle.call(builder, "defaultValue", value(schema.defaultValue()));
        }
        return oracle.call(builder, "build");
    }

    /** Apache's copy of {@code value}: structs are rebuilt against the mirror of their own schema. */
    Object value(Object value) {
        if (value instanceof Struct struct) {
            Object copy = oracle.create(STRUCT, schema(struct.schema()));
            for (Field field : struct.schema().fields()) {
                Object fieldValue = struct.getWithoutDefault(field.name());
                if (fieldValue != null) {
                    oracle.call(copy, "put", field.name(), value(fieldValue));
                }
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object item : list) {
                copy.add(value(item));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(value(entry.getKey()), value(entry.getValue()));
            }
            return copy;
        }
        return value;
    }
}
