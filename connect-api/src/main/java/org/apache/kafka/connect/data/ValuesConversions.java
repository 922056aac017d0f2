/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversion rules behind {@link Values}: dispatch on the target schema, the primitive and collection
 * targets, reading numbers out of arbitrary values, and aligning parsed collections with a common schema.
 * Logical targets (dates, times, timestamps, decimals, bytes) live in {@link ValuesLogicalConversions}.
 */
final class ValuesConversions {

    private ValuesConversions() {
    }

    static Object convertTo(Schema toSchema, Schema fromSchema, Object value) {
        if (value == null) {
            if (toSchema.isOptional()) {
                return null;
            }
            throw new DataException("Unable to convert a null value to a schema that requires a value");
        }
        switch (toSchema.type()) {
            case BYTES:
                return ValuesLogicalConversions.toBytesOrDecimal(toSchema, fromSchema, value);
            case STRING:
                return toStringValue(value);
            case BOOLEAN:
                return toBoolean(fromSchema, value);
            case INT8:
                return toByte(fromSchema, value);
            case INT16:
                return toShort(fromSchema, value);
            case INT32:
                if (Date.LOGICAL_NAME.equals(toSchema.name())) {
                    return ValuesLogicalConversions.toDate(toSchema, fromSchema, value);
                }
                if (Time.LOGICAL_NAME.equals(toSchema.name())) {
                    return ValuesLogicalConversions.toTime(toSchema, fromSchema, value);
                }
                return toInteger(fromSchema, value);
            case INT64:
                if (Timestamp.LOGICAL_NAME.equals(toSchema.name())) {
                    return ValuesLogicalConversions.toTimestamp(toSchema, fromSchema, value);
                }
                return toLong(fromSchema, value);
            case FLOAT32:
                return toFloat(fromSchema, value);
            case FLOAT64:
                return toDouble(fromSchema, value);
            case ARRAY:
                return toList(toSchema, value);
            case MAP:
                return toMap(toSchema, value);
            case STRUCT:
                return toStruct(toSchema, value);
            default:
                throw new DataException("Unable to convert " + value + " (" + value.getClass() + ") to " + toSchema);
        }
    }

    private static String toStringValue(Object value) {
        StringBuilder sb = new StringBuilder();
        ValuesFormatter.append(sb, value, false);
        return sb.toString();
    }

    private static Boolean toBoolean(Schema fromSchema, Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String) {
            // A string may spell a boolean; anything else falls through to its numeric reading.
            SchemaAndValue parsed = Values.parseString(value.toString());
            if (parsed.value() instanceof Boolean) {
                return (Boolean) parsed.value();
            }
        }
        return asLong(value, fromSchema, null) == 0L ? Boolean.FALSE : Boolean.TRUE;
    }

    private static Byte toByte(Schema fromSchema, Object value) {
        if (value instanceof Byte) {
            return (Byte) value;
        }
        return (byte) asLong(value, fromSchema, null);
    }

    private static Short toShort(Schema fromSchema, Object value) {
        if (value instanceof Short) {
            return (Short) value;
        }
        return (short) asLong(value, fromSchema, null);
    }

    private static Integer toInteger(Schema fromSchema, Object value) {
        if (value instanceof Integer) {
            return (Integer) value;
        }
        return (int) asLong(value, fromSchema, null);
    }

    private static Long toLong(Schema fromSchema, Object value) {
        if (value instanceof Long) {
            return (Long) value;
        }
        return asLong(value, fromSchema, null);
    }

    private static Float toFloat(Schema fromSchema, Object value) {
        if (value instanceof Float) {
            return (Float) value;
        }
        return (float) asDouble(value, fromSchema, null);
    }

    private static Double toDouble(Schema fromSchema, Object value) {
        if (value instanceof Double) {
            return (Double) value;
        }
        return asDouble(value, fromSchema, null);
    }

    private static List<?> toList(Schema toSchema, Object value) {
        if (value instanceof String) {
            SchemaAndValue schemaAndValue = Values.parseString(value.toString());
            value = schemaAndValue.value();
        }
        if (value instanceof List) {
            return (List<?>) value;
        }
        throw new DataException("Unable to convert " + value + " (" + value.getClass() + ") to " + toSchema);
    }

    private static Map<?, ?> toMap(Schema toSchema, Object value) {
        if (value instanceof String) {
            SchemaAndValue schemaAndValue = Values.parseString(value.toString());
            value = schemaAndValue.value();
        }
        if (value instanceof Map) {
            return (Map<?, ?>) value;
        }
        throw new DataException("Unable to convert " + value + " (" + value.getClass() + ") to " + toSchema);
    }

    private static Struct toStruct(Schema toSchema, Object value) {
        if (value instanceof Struct) {
            return (Struct) value;
        }
        throw new DataException("Unable to convert " + value + " (" + value.getClass() + ") to " + toSchema);
    }

    /**
     * Numbers narrow as Java casts do, strings are read as decimals, and dates only with a logical schema saying
     * how to encode them. Otherwise a {@link DataException} naming the source schema (or "a number").
     */
    static long asLong(Object value, Schema fromSchema, Throwable error) {
        try {
            if (value instanceof Number) {
                return ((Number) value).longValue();
            }
            if (value instanceof String) {
                return new BigDecimal(value.toString()).longValue();
            }
        } catch (NumberFormatException e) {
            error = e;
        }
        if (fromSchema != null) {
            String schemaName = fromSchema.name();
            if (value instanceof java.util.Date) {
                java.util.Date date = (java.util.Date) value;
                if (Date.LOGICAL_NAME.equals(schemaName)) {
                    return Date.fromLogical(fromSchema, date);
                }
                if (Time.LOGICAL_NAME.equals(schemaName)) {
                    return Time.fromLogical(fromSchema, date);
                }
                if (Timestamp.LOGICAL_NAME.equals(schemaName)) {
                    return Timestamp.fromLogical(fromSchema, date);
                }
            }
            throw new DataException("Unable to convert " + value + " (" + value.getClass() + ") to " + fromSchema, error);
        }
        throw new DataException("Unable to convert " + value + " (" + value.getClass() + ") to a number", error);
    }

    /** Like {@link #asLong} but keeps fractions; values that are not numbers or numeric text go through asLong. */
    static double asDouble(Object value, Schema fromSchema, Throwable error) {
        try {
            if (value instanceof Number) {
                return ((Number) value).doubleValue();
            }
            if (value instanceof String) {
                return new BigDecimal(value.toString()).doubleValue();
            }
        } catch (NumberFormatException e) {
            error = e;
        }
        return asLong(value, fromSchema, error);
    }

    static List<Object> alignListEntriesWithSchema(Schema schema, List<Object> input) {
        Schema valueSchema = schema.valueSchema();
        List<Object> result = new ArrayList<>();
        for (Object value : input) {
            result.add(convertTo(valueSchema, null, value));
        }
        return result;
    }

    static Map<Object, Object> alignMapKeysAndValuesWithSchema(Schema mapSchema, Map<Object, Object> input) {
        Schema keySchema = mapSchema.keySchema();
        Schema valueSchema = mapSchema.valueSchema();
        Map<Object, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : input.entrySet()) {
            Object newKey = convertTo(keySchema, null, entry.getKey());
            Object newValue = convertTo(valueSchema, null, entry.getValue());
            result.put(newKey, newValue);
        }
        return result;
    }

    static Map<Object, Object> alignMapKeysWithSchema(Schema mapSchema, Map<Object, Object> input) {
        Schema keySchema = mapSchema.keySchema();
        Map<Object, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : input.entrySet()) {
            Object newKey = convertTo(keySchema, null, entry.getKey());
            result.put(newKey, entry.getValue());
        }
        return result;
    }
}
