/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which Java classes may carry the values of each schema, and walks values against schemas. Kept apart
 * from {@link ConnectSchema} so that class stays a plain value object.
 */
final class ValueValidator {

    private static final Map<Schema.Type, List<Class<?>>> CLASSES_BY_TYPE = new EnumMap<>(Schema.Type.class);
    // Logical types are recognised by name alone and then accept only their logical Java class.
    private static final Map<String, List<Class<?>>> CLASSES_BY_LOGICAL_NAME = new LinkedHashMap<>();
    // Lookup order for schemaType(); insertion order keeps the answer deterministic.
    private static final Map<Class<?>, Schema.Type> TYPE_BY_CLASS = new LinkedHashMap<>();

    static {
        CLASSES_BY_TYPE.put(Schema.Type.INT8, List.of(Byte.class));
        CLASSES_BY_TYPE.put(Schema.Type.INT16, List.of(Short.class));
        CLASSES_BY_TYPE.put(Schema.Type.INT32, List.of(Integer.class));
        CLASSES_BY_TYPE.put(Schema.Type.INT64, List.of(Long.class));
        CLASSES_BY_TYPE.put(Schema.Type.FLOAT32, List.of(Float.class));
        CLASSES_BY_TYPE.put(Schema.Type.FLOAT64, List.of(Double.class));
        CLASSES_BY_TYPE.put(Schema.Type.BOOLEAN, List.of(Boolean.class));
        CLASSES_BY_TYPE.put(Schema.Type.STRING, List.of(String.class));
        CLASSES_BY_TYPE.put(Schema.Type.BYTES, List.of(byte[].class, ByteBuffer.class));
        CLASSES_BY_TYPE.put(Schema.Type.ARRAY, List.of(List.class));
        CLASSES_BY_TYPE.put(Schema.Type.MAP, List.of(Map.class));
        CLASSES_BY_TYPE.put(Schema.Type.STRUCT, List.of(Struct.class));

        CLASSES_BY_LOGICAL_NAME.put(Decimal.LOGICAL_NAME, List.of(BigDecimal.class));
        CLASSES_BY_LOGICAL_NAME.put(Date.LOGICAL_NAME, List.of(java.util.Date.class));
        CLASSES_BY_LOGICAL_NAME.put(Time.LOGICAL_NAME, List.of(java.util.Date.class));
        CLASSES_BY_LOGICAL_NAME.put(Timestamp.LOGICAL_NAME, List.of(java.util.Date.class));

        for (Map.Entry<Schema.Type, List<Class<?>>> entry : CLASSES_BY_TYPE.entrySet()) {
            for (Class<?> klass : entry.getValue()) {
                TYPE_BY_CLASS.put(klass, entry.getKey());
            }
        }
    }

    private ValueValidator() {
    }

    static Schema.Type schemaTypeFor(Class<?> klass) {
        for (Map.Entry<Class<?>, Schema.Type> entry : TYPE_BY_CLASS.entrySet()) {
            if (entry.getKey().isAssignableFrom(klass)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /**
     * Validates {@code value} against {@code schema}; {@code field} names the struct field it belongs to, or is null
     * for a bare value, and only feeds error messages.
     */
    static void validate(Schema schema, Object value, String field) {
        validateAt(schema, value, null, field);
    }

    /**
     * The value's location for messages is {@link #location(String, String)} of {@code prefix} and {@code base}.
     * It is kept in two parts and joined only when a message or a nested collection needs it, because
     * {@code Struct.put} validates every value and the common case must not build strings.
     */
    private static void validateAt(Schema schema, Object value, String prefix, String base) {
        if (value == null) {
            if (!schema.isOptional()) {
                throw new DataException("Invalid value: null used for required " + location(prefix, base)
                        + ", schema type: " + schema.type());
            }
            return;
        }
        String schemaName = schema.name();
        List<Class<?>> expected = schemaName == null ? null : CLASSES_BY_LOGICAL_NAME.get(schemaName);
        if (expected == null) {
            expected = schema.type() == null ? List.of() : CLASSES_BY_TYPE.get(schema.type());
        }
        if (!isInstanceOfAny(expected, value)) {
            String named = schemaName == null ? "" : " \"" + schemaName + "\"";
            throw new DataException("Invalid Java object for schema" + named + " with type " + schema.type()
                    + ": " + value.getClass() + " for " + location(prefix, base));
        }
        switch (schema.type()) {
            case STRUCT:
                if (value instanceof Struct) {
                    Struct struct = (Struct) value;
                    if (!struct.schema().equals(schema)) {
                        throw new DataException("Struct schemas do not match.");
                    }
                    struct.validate();
                }
                break;
            case ARRAY:
                if (value instanceof List && !((List<?>) value).isEmpty()) {
                    String here = location(prefix, base);
                    for (Object element : (List<?>) value) {
                        validateAt(schema.valueSchema(), element, "element of array ", here);
                    }
                }
                break;
            case MAP:
                if (value instanceof Map && !((Map<?, ?>) value).isEmpty()) {
                    String here = location(prefix, base);
                    for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                        validateAt(schema.keySchema(), entry.getKey(), "key of map ", here);
                        validateAt(schema.valueSchema(), entry.getValue(), "value of map ", here);
                    }
                }
                break;
            default:
                break;
        }
    }

    /** A top-level value is "value" or {@code field: "name"}; a nested one is its prefix plus its container's location. */
    private static String location(String prefix, String base) {
        if (prefix != null) {
            return prefix + base;
        }
        return base == null ? "value" : "field: \"" + base + "\"";
    }

    private static boolean isInstanceOfAny(List<Class<?>> classes, Object value) {
        for (Class<?> klass : classes) {
            if (klass.isInstance(value)) {
                return true;
            }
        }
        return false;
    }
}
