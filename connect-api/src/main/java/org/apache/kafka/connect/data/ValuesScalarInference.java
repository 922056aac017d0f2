/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;

/**
 * Recognises single scalar values in parsed text: ISO-8601 dates, times and timestamps, and numbers, each with
 * the narrowest schema that holds it.
 */
final class ValuesScalarInference {

    private static final int DATE_LENGTH = ValuesFormatter.ISO_8601_DATE_FORMAT_PATTERN.length();
    // The time pattern's quotes around Z do not appear in the text, hence the adjustment.
    private static final int TIME_LENGTH = ValuesFormatter.ISO_8601_TIME_FORMAT_PATTERN.length() - 2;
    private static final int TIMESTAMP_LENGTH = ValuesFormatter.ISO_8601_TIMESTAMP_FORMAT_PATTERN.length() - 4;

    private ValuesScalarInference() {
    }

    /**
     * A date, time or timestamp if the text has exactly the length of that format and parses (leniently, in the
     * JVM default time zone, ignoring trailing characters the format does not need); otherwise null.
     */
    static SchemaAndValue temporal(String text) {
        String pattern;
        Schema schema;
        if (text.length() == DATE_LENGTH) {
            pattern = ValuesFormatter.ISO_8601_DATE_FORMAT_PATTERN;
            schema = Date.SCHEMA;
        } else if (text.length() == TIME_LENGTH) {
            pattern = ValuesFormatter.ISO_8601_TIME_FORMAT_PATTERN;
            schema = Time.SCHEMA;
        } else if (text.length() == TIMESTAMP_LENGTH) {
            pattern = ValuesFormatter.ISO_8601_TIMESTAMP_FORMAT_PATTERN;
            schema = Timestamp.SCHEMA;
        } else {
            return null;
        }
        try {
            return new SchemaAndValue(schema, new SimpleDateFormat(pattern).parse(text));
        } catch (ParseException e) {
            return null;
        }
    }

    /**
     * A number if the text is a decimal literal starting with a digit or sign: whole numbers get the narrowest of
     * INT8..INT64, larger integers written without exponent or fraction become a Decimal, other values a FLOAT32
     * or FLOAT64 if within range, else a Decimal. Null if the text is not a number.
     */
    static SchemaAndValue number(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (!Character.isDigit(first) && first != '+' && first != '-') {
            return null;
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        SchemaAndValue integral = integral(decimal);
        if (integral != null) {
            return integral;
        }
        if (decimal.scale() == 0) {
            return new SchemaAndValue(Decimal.schema(0), decimal);
        }
        float floatValue = decimal.floatValue();
        if (!Float.isInfinite(floatValue)) {
            return new SchemaAndValue(Schema.FLOAT32_SCHEMA, floatValue);
        }
        double doubleValue = decimal.doubleValue();
        if (!Double.isInfinite(doubleValue)) {
            return new SchemaAndValue(Schema.FLOAT64_SCHEMA, doubleValue);
        }
        return new SchemaAndValue(Decimal.schema(decimal.scale()), decimal);
    }

    private static SchemaAndValue integral(BigDecimal decimal) {
        try {
            return new SchemaAndValue(Schema.INT8_SCHEMA, decimal.byteValueExact());
        } catch (ArithmeticException notByte) {
            // try the next width
        }
        try {
            return new SchemaAndValue(Schema.INT16_SCHEMA, decimal.shortValueExact());
        } catch (ArithmeticException notShort) {
            // try the next width
        }
        try {
            return new SchemaAndValue(Schema.INT32_SCHEMA, decimal.intValueExact());
        } catch (ArithmeticException notInt) {
            // try the next width
        }
        try {
            return new SchemaAndValue(Schema.INT64_SCHEMA, decimal.longValueExact());
        } catch (ArithmeticException notLong) {
            return null;
        }
    }
}
