/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.data.Values;
import org.apache.kafka.connect.errors.DataException;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.function.Function;

/**
 * Converts one value to a {@link Cast} target type. Numbers narrow like Java primitive casts, booleans become 1/0,
 * strings are parsed, binary becomes base64 text, and logical dates/times are first reduced to their numeric
 * encoding unless the target is a string.
 */
final class CastValues {

    private CastValues() {
    }

    /**
     * Casts {@code value}, whose type comes from {@code schema} or, when there is no schema, from its Java class.
     * Null stays null.
     */
    static Object cast(Schema schema, Object value, Schema.Type target) {
        if (value == null) {
            return null;
        }
        Schema.Type sourceType = schema == null ? ConnectSchema.schemaType(value.getClass()) : schema.type();
        if (sourceType == null) {
            throw new DataException("Cast transformation was passed a value of type " + value.getClass()
                    + " which is not supported by Connect's data API");
        }
        CastTypes.requireSupported(sourceType, Cast.FieldType.INPUT);
        if (target == Schema.Type.STRING) {
            return toText(value);
        }
        Object plain = schema != null && schema.name() != null ? encodeLogical(schema, value) : value;
        switch (target) {
            case INT8:
                return toNumber(plain, Number::byteValue, b -> b ? (byte) 1 : (byte) 0, Byte::parseByte);
            case INT16:
                return toNumber(plain, Number::shortValue, b -> b ? (short) 1 : (short) 0, Short::parseShort);
            case INT32:
                return toNumber(plain, Number::intValue, b -> b ? 1 : 0, Integer::parseInt);
            case INT64:
                return toNumber(plain, Number::longValue, b -> b ? 1L : 0L, Long::parseLong);
            case FLOAT32:
                return toNumber(plain, Number::floatValue, b -> b ? 1f : 0f, Float::parseFloat);
            case FLOAT64:
                return toNumber(plain, Number::doubleValue, b -> b ? 1d : 0d, Double::parseDouble);
            case BOOLEAN:
                return toBoolean(plain);
            default:
                throw new DataException(target + " is not supported in the Cast transformation.");
        }
    }

    // Dates, times and timestamps are cast from their Connect encoding (days, millis of day, epoch millis).
    private static Object encodeLogical(Schema schema, Object value) {
        switch (schema.name()) {
            case Date.LOGICAL_NAME:
                return Date.fromLogical(schema, (java.util.Date) value);
            case Time.LOGICAL_NAME:
                return Time.fromLogical(schema, (java.util.Date) value);
            case Timestamp.LOGICAL_NAME:
                return Timestamp.fromLogical(schema, (java.util.Date) value);
            default:
                return value;
        }
    }

    private static <T> T toNumber(Object value, Function<Number, T> fromNumber, Function<Boolean, T> fromBoolean,
                                  Function<String, T> parse) {
        if (value instanceof Number) {
            return fromNumber.apply((Number) value);
        }
        if (value instanceof Boolean) {
            return fromBoolean.apply((Boolean) value);
        }
        if (value instanceof String) {
            try {
                return parse.apply((String) value);
            } catch (NumberFormatException e) {
                throw new DataException("Value (" + value + ") was out of range for requested data type", e);
            }
        }
        throw unexpected(value);
    }

    private static Boolean toBoolean(Object value) {
        if (value instanceof Number) {
            return ((Number) value).longValue() != 0L;
        }
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String) {
            return Boolean.parseBoolean((String) value);
        }
        throw unexpected(value);
    }

    private static String toText(Object value) {
        if (value instanceof java.util.Date) {
            java.util.Date date = (java.util.Date) value;
            return Values.dateFormatFor(date).format(date);
        }
        if (value instanceof byte[]) {
            return Base64.getEncoder().encodeToString((byte[]) value);
        }
        if (value instanceof ByteBuffer) {
            // Encodes the buffer from its start up to its limit, whatever its current position.
            ByteBuffer buffer = ((ByteBuffer) value).duplicate();
            buffer.rewind();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }

    private static DataException unexpected(Object value) {
        return new DataException("Unexpected type in Cast transformation: " + value.getClass());
    }
}
