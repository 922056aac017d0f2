/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.connect.errors.DataException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The masked form of a value for {@link MaskField}. Types are matched by exact class (so, e.g., {@code
 * java.sql.Timestamp} is not treated as a {@link Date}); any list or map becomes an empty one.
 */
final class MaskValues {

    private static final Map<Class<?>, Object> EMPTY_VALUES = Map.of(
            Boolean.class, Boolean.FALSE,
            Byte.class, (byte) 0,
            Short.class, (short) 0,
            Integer.class, 0,
            Long.class, 0L,
            Float.class, 0f,
            Double.class, 0d,
            BigInteger.class, BigInteger.ZERO,
            BigDecimal.class, BigDecimal.ZERO,
            String.class, "");

    private static final Map<Class<?>, Function<String, ?>> REPLACEMENTS = Map.of(
            Byte.class, r -> asDecimal(r).byteValue(),
            Short.class, r -> asDecimal(r).shortValue(),
            Integer.class, r -> asDecimal(r).intValue(),
            Long.class, r -> asDecimal(r).longValue(),
            Float.class, r -> asDecimal(r).floatValue(),
            Double.class, r -> asDecimal(r).doubleValue(),
            BigInteger.class, MaskValues::asBigInteger,
            BigDecimal.class, MaskValues::asBigDecimal,
            String.class, Function.identity());

    private MaskValues() {
    }

    static Object emptyValueFor(Object value) {
        if (value instanceof List) {
            return new ArrayList<>();
        }
        if (value instanceof Map) {
            return new HashMap<>();
        }
        // Date is mutable, so every masked value gets its own epoch instance.
        if (value.getClass() == Date.class) {
            return new Date(0);
        }
        Object empty = EMPTY_VALUES.get(value.getClass());
        if (empty == null) {
            throw new DataException("Cannot mask value of type: " + value.getClass());
        }
        return empty;
    }

    static Object replacementFor(Object value, String replacement) {
        Function<String, ?> converter = REPLACEMENTS.get(value.getClass());
        if (converter == null) {
            throw new DataException("Cannot mask value of type " + value.getClass() + " with custom replacement.");
        }
        return converter.apply(replacement);
    }

    private static BigDecimal asDecimal(String replacement) {
        try {
            return new BigDecimal(replacement);
        } catch (NumberFormatException e) {
            throw new DataException("Unable to convert " + replacement + " (" + replacement.getClass()
                    + ") to a number", e);
        }
    }

    private static BigDecimal asBigDecimal(String replacement) {
        try {
            return new BigDecimal(replacement);
        } catch (NumberFormatException e) {
            throw new DataException("Unable to convert " + replacement + " (" + replacement.getClass()
                    + ") to number", e);
        }
    }

    private static BigInteger asBigInteger(String replacement) {
        try {
            return new BigInteger(replacement);
        } catch (NumberFormatException e) {
            throw new DataException("Unable to convert " + replacement + " (" + replacement.getClass()
                    + ") to number", e);
        }
    }
}
