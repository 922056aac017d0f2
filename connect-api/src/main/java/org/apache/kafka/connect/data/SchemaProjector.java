/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.SchemaProjectorException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Converts a value written with one schema so that it fits a compatible schema, e.g. a newer version of the same
 * record: numbers are widened, struct fields missing from the source are filled from target defaults, and fields
 * unknown to the target are dropped.
 */
public class SchemaProjector {

    /**
     * Projects {@code record}, written with {@code source}, onto {@code target}. The schemas must have compatible
     * types (equal, or numerically widening), equal names and equal parameters; a required target accepts an
     * optional source only if it has a default.
     */
    public static Object project(Schema source, Object record, Schema target) throws SchemaProjectorException {
        checkMaybeCompatible(source, target);
        if (source.isOptional() && !target.isOptional()) {
            if (target.defaultValue() == null) {
                throw new SchemaProjectorException(
                        "Writer schema is optional, however, target schema does not provide a default value.");
            }
            return record != null ? projectRequiredSchema(source, record, target) : target.defaultValue();
        }
        return record != null ? projectRequiredSchema(source, record, target) : null;
    }

    private static Object projectRequiredSchema(Schema source, Object record, Schema target) {
        switch (target.type()) {
            case STRUCT:
                return projectStruct(source, (Struct) record, target);
            case ARRAY:
                return projectArray(source, record, target);
            case MAP:
                return projectMap(source, record, target);
            default:
                return projectPrimitive(source, record, target);
        }
    }

    private static Object projectStruct(Schema source, Struct sourceStruct, Schema target) {
        Struct targetStruct = new Struct(target);
        for (Field targetField : target.fields()) {
            String fieldName = targetField.name();
            Field sourceField = source.field(fieldName);
            if (sourceField != null) {
                Object sourceValue = sourceStruct.get(fieldName);
                Object projected;
                try {
                    projected = project(sourceField.schema(), sourceValue, targetField.schema());
                } catch (SchemaProjectorException e) {
                    throw new SchemaProjectorException("Error projecting " + sourceField.name(), e);
                }
                targetStruct.put(fieldName, projected);
            } else if (targetField.schema().isOptional()) {
                // Left unset: reads as null (or the field default) on the target struct.
                continue;
            } else if (targetField.schema().defaultValue() != null) {
                targetStruct.put(fieldName, targetField.schema().defaultValue());
            } else {
                throw new SchemaProjectorException("Required field `" + fieldName
                        + "` is missing from source schema: " + source);
            }
        }
        return targetStruct;
    }

    private static List<Object> projectArray(Schema source, Object record, Schema target) {
        List<?> sourceList = (List<?>) record;
        List<Object> projected = new ArrayList<>(sourceList.size());
        for (Object element : sourceList) {
            projected.add(project(source.valueSchema(), element, target.valueSchema()));
        }
        return projected;
    }

    private static Map<Object, Object> projectMap(Schema source, Object record, Schema target) {
        Map<?, ?> sourceMap = (Map<?, ?>) record;
        Map<Object, Object> projected = new HashMap<>();
        for (Map.Entry<?, ?> entry : sourceMap.entrySet()) {
            Object key = project(source.keySchema(), entry.getKey(), target.keySchema());
            Object value = project(source.valueSchema(), entry.getValue(), target.valueSchema());
            projected.put(key, value);
        }
        return projected;
    }

    private static Object projectPrimitive(Schema source, Object record, Schema target) {
        // Non-numbers (strings, bytes, logical values) pass through untouched; numbers take the target's class.
        if (!(record instanceof Number) || !isPromotable(source.type(), target.type())) {
            return record;
        }
        Number number = (Number) record;
        switch (target.type()) {
            case INT8:
                return number.byteValue();
            case INT16:
                return number.shortValue();
            case INT32:
                return number.intValue();
            case INT64:
                return number.longValue();
            case FLOAT32:
                return number.floatValue();
            case FLOAT64:
                return number.doubleValue();
            default:
                return record;
        }
    }

    private static void checkMaybeCompatible(Schema source, Schema target) {
        if (source.type() != target.type() && !isPromotable(source.type(), target.type())) {
            throw new SchemaProjectorException("Schema type mismatch. source type: " + source.type()
                    + " and target type: " + target.type());
        }
        if (!Objects.equals(source.name(), target.name())) {
            throw new SchemaProjectorException("Schema name mismatch. source name: " + source.name()
                    + " and target name: " + target.name());
        }
        if (!Objects.equals(source.parameters(), target.parameters())) {
            throw new SchemaProjectorException("Schema parameters not equal. source parameters: "
                    + source.parameters() + " and target parameters: " + target.parameters());
        }
    }

    // Numeric types widen along INT8 < INT16 < INT32 < INT64 < FLOAT32 < FLOAT64; a type "promotes" to itself.
    private static boolean isPromotable(Schema.Type sourceType, Schema.Type targetType) {
        int sourceRank = numericRank(sourceType);
        int targetRank = numericRank(targetType);
        return sourceRank >= 0 && targetRank >= 0 && sourceRank <= targetRank;
    }

    private static int numericRank(Schema.Type type) {
        switch (type) {
            case INT8:
                return 0;
            case INT16:
                return 1;
            case INT32:
                return 2;
            case INT64:
                return 3;
            case FLOAT32:
                return 4;
            case FLOAT64:
                return 5;
            default:
                return -1;
        }
    }
}
