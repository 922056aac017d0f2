/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * Infers the schema of a plain Java value for {@link Values#inferSchema(Object)}. Logical values (dates,
 * decimals) have no inferable schema since the Java class alone does not say which logical type is meant.
 */
final class ValuesSchemaInference {

    private ValuesSchemaInference() {
    }

    static Schema inferSchema(Object value) {
        if (value instanceof String) {
            return Schema.STRING_SCHEMA;
        }
        if (value instanceof Boolean) {
            return Schema.BOOLEAN_SCHEMA;
        }
        if (value instanceof Byte) {
            return Schema.INT8_SCHEMA;
        }
        if (value instanceof Short) {
            return Schema.INT16_SCHEMA;
        }
        if (value instanceof Integer) {
            return Schema.INT32_SCHEMA;
        }
        if (value instanceof Long) {
            return Schema.INT64_SCHEMA;
        }
        if (value instanceof Float) {
            return Schema.FLOAT32_SCHEMA;
        }
        if (value instanceof Double) {
            return Schema.FLOAT64_SCHEMA;
        }
        if (value instanceof byte[] || value instanceof ByteBuffer) {
            return Schema.BYTES_SCHEMA;
        }
        if (value instanceof List) {
            return inferListSchema((List<?>) value);
        }
        if (value instanceof Map) {
            return inferMapSchema((Map<?, ?>) value);
        }
        if (value instanceof Struct) {
            return ((Struct) value).schema();
        }
        return null;
    }

    // Elements must share a type; only that type is kept (nested element schemas are not inferred).
    private static Schema inferListSchema(List<?> list) {
        if (list.isEmpty()) {
            return null;
        }
        Values.SchemaDetector detector = new Values.SchemaDetector();
        for (Object element : list) {
            if (!detector.canDetect(element)) {
                return null;
            }
        }
        return SchemaBuilder.array(detector.schema()).build();
    }

    private static Schema inferMapSchema(Map<?, ?> map) {
        if (map.isEmpty()) {
            return null;
        }
        Values.SchemaDetector keyDetector = new Values.SchemaDetector();
        Values.SchemaDetector valueDetector = new Values.SchemaDetector();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!keyDetector.canDetect(entry.getKey()) || !valueDetector.canDetect(entry.getValue())) {
                return null;
            }
        }
        return SchemaBuilder.map(keyDetector.schema(), valueDetector.schema()).build();
    }
}
