/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.connect.errors.DataException;

import java.math.BigDecimal;
import java.nio.ByteBuffer;

/**
 * Conversions to the logical types used by {@link Values}: {@link Date}, {@link Time}, {@link Timestamp} and
 * {@link Decimal}, plus plain bytes. Numbers are read in the unit of the target (days for dates, milliseconds
 * otherwise); a {@link java.util.Date} is taken as is unless its source schema says it is a different logical
 * type, in which case it is re-encoded.
 */
final class ValuesLogicalConversions {

    private static final long MILLIS_PER_DAY = 24L * 60 * 60 * 1000;

    private ValuesLogicalConversions() {
    }

    static java.util.Date toDate(Schema toSchema, Schema fromSchema, Object value) {
        value = parsedIfString(value);
        if (value instanceof java.util.Date) {
            java.util.Date date = (java.util.Date) value;
            if (fromSchema == null || Date.LOGICAL_NAME.equals(fromSchema.name())) {
                return date;
            }
            if (Timestamp.LOGICAL_NAME.equals(fromSchema.name())) {
                // Whole days since the epoch, truncated toward zero.
                return Date.toLogical(toSchema, (int) (date.getTime() / MILLIS_PER_DAY));
            }
        }
        long days = ValuesConversions.asLong(value, fromSchema, null);
        return Date.toLogical(toSchema, (int) days);
    }

    static java.util.Date toTime(Schema toSchema, Schema fromSchema, Object value) {
        value = parsedIfString(value);
        if (value instanceof java.util.Date) {
            java.util.Date date = (java.util.Date) value;
            if (fromSchema == null || Time.LOGICAL_NAME.equals(fromSchema.name())) {
                return date;
            }
            if (Timestamp.LOGICAL_NAME.equals(fromSchema.name())) {
                // The time of day of the instant.
                return Time.toLogical(toSchema, (int) Math.floorMod(date.getTime(), MILLIS_PER_DAY));
            }
        }
        long millis = ValuesConversions.asLong(value, fromSchema, null);
        return Time.toLogical(toSchema, (int) millis);
    }

    static java.util.Date toTimestamp(Schema toSchema, Schema fromSchema, Object value) {
        value = parsedIfString(value);
        if (value instanceof java.util.Date) {
            java.util.Date date = (java.util.Date) value;
            if (fromSchema == null || Timestamp.LOGICAL_NAME.equals(fromSchema.name())) {
                return date;
            }
            if (Date.LOGICAL_NAME.equals(fromSchema.name())) {
                // A date read as a number is in days; as an instant it is that day's midnight.
                return Timestamp.toLogical(toSchema, Date.fromLogical(fromSchema, date) * MILLIS_PER_DAY);
            }
        }
        long millis = ValuesConversions.asLong(value, fromSchema, null);
        return Timestamp.toLogical(toSchema, millis);
    }

    /**
     * A BYTES target: a decimal when the target is a {@link Decimal} schema or the value is a BigDecimal (then the
     * target must carry a scale parameter), otherwise raw bytes.
     */
    static Object toBytesOrDecimal(Schema toSchema, Schema fromSchema, Object value) {
        if (Decimal.LOGICAL_NAME.equals(toSchema.name()) || value instanceof BigDecimal) {
            return toDecimal(toSchema, value, scaleOf(toSchema));
        }
        if (value instanceof byte[]) {
            return value;
        }
        if (value instanceof ByteBuffer) {
            return Utils.toArray((ByteBuffer) value);
        }
        throw new DataException("Unable to convert " + value + " (" + value.getClass() + ") to " + toSchema);
    }

    private static int scaleOf(Schema decimalSchema) {
        String scale = decimalSchema.parameters().get(Decimal.SCALE_FIELD);
        if (scale == null) {
            throw new DataException("Invalid Decimal schema: scale parameter not found.");
        }
        try {
            return Integer.parseInt(scale);
        } catch (NumberFormatException e) {
            throw new DataException("Invalid scale parameter found in Decimal schema: ", e);
        }
    }

    private static BigDecimal toDecimal(Schema toSchema, Object value, int scale) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof String) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Number) {
            // Through double, so the result carries the digits of the double's shortest text form.
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof byte[]) {
            return Decimal.toLogical(Decimal.schema(scale), (byte[]) value);
        }
        if (value instanceof ByteBuffer) {
            return Decimal.toLogical(Decimal.schema(scale), Utils.toArray((ByteBuffer) value));
        }
        throw new DataException("Unable to convert " + value + " (" + value.getClass() + ") to " + toSchema);
    }

    // Text is parsed first, so "2019-01-01" or "1000" reach the date/number rules; the parsed schema is ignored.
    private static Object parsedIfString(Object value) {
        if (value instanceof String) {
            SchemaAndValue parsed = Values.parseString(value.toString());
            return parsed.value();
        }
        return value;
    }
}
