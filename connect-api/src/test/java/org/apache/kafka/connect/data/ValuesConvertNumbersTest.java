/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Conversions to booleans and numbers, and the protected asLong/asDouble readers behind them. */
class ValuesConvertNumbersTest {

    private static final String NOT_A_DIGIT = "Character %s is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.";

    private static DataException assertDataException(String message, Executable conversion) {
        DataException e = assertThrows(DataException.class, conversion);
        assertEquals(message, e.getMessage());
        return e;
    }

    @Nested
    class ToBoolean {
        @Test
        void nullConvertsToNull() {
            assertNull(Values.convertToBoolean(null, null));
            assertNull(Values.convertToBoolean(Schema.INT8_SCHEMA, null));
        }

        @Test
        void booleansAreReturnedAsIs() {
            Boolean value = Boolean.TRUE;
            assertSame(value, Values.convertToBoolean(Schema.BOOLEAN_SCHEMA, value));
        }

        @Test
        void numbersAreTrueWhenTheirLongValueIsNotZero() {
            assertEquals(true, Values.convertToBoolean(null, 1));
            assertEquals(true, Values.convertToBoolean(null, -1L));
            assertEquals(false, Values.convertToBoolean(null, (byte) 0));
            assertEquals(false, Values.convertToBoolean(null, 0.1f));
            assertEquals(false, Values.convertToBoolean(null, Double.NaN));
            assertEquals(false, Values.convertToBoolean(null, new BigDecimal("1E+400")));
        }

        @Test
        void stringsAreParsedAsBooleansOrElseReadAsNumbers() {
            assertEquals(true, Values.convertToBoolean(null, "true"));
            assertEquals(false, Values.convertToBoolean(null, "false "));
            assertEquals(true, Values.convertToBoolean(null, "1"));
            assertEquals(true, Values.convertToBoolean(Schema.STRING_SCHEMA, "1.5"));
            assertEquals(false, Values.convertToBoolean(Schema.STRING_SCHEMA, "0.5"));
        }

        @Test
        void otherStringsAreRejected() {
            DataException e = assertDataException("Unable to convert abc (class java.lang.String) to a number",
                    () -> Values.convertToBoolean(null, "abc"));
            assertInstanceOf(NumberFormatException.class, e.getCause());
            assertEquals(String.format(NOT_A_DIGIT, "a"), e.getCause().getMessage());
            assertDataException("Unable to convert TRUE (class java.lang.String) to Schema{STRING}",
                    () -> Values.convertToBoolean(Schema.STRING_SCHEMA, "TRUE"));
        }

        @Test
        void theNullLiteralFailsWithANullPointerException() {
            NullPointerException e = assertThrows(NullPointerException.class, () -> Values.convertToBoolean(null, "null"));
            assertEquals("Cannot invoke \"org.apache.kafka.connect.data.SchemaAndValue.value()\" because \"parsed\" is null",
                    e.getMessage());
        }

        @Test
        void logicalValuesAreReadThroughTheirSchema() {
            assertEquals(false, Values.convertToBoolean(Date.SCHEMA, new java.util.Date(0L)));
            assertEquals(true, Values.convertToBoolean(Timestamp.SCHEMA, new java.util.Date(5L)));
            assertDataException("Unable to convert Thu Jan 01 00:00:00 UTC 1970 (class java.util.Date) to a number",
                    () -> Values.convertToBoolean(null, new java.util.Date(0L)));
        }
    }

    @Nested
    class ToIntegers {
        @Test
        void nullConvertsToNull() {
            assertNull(Values.convertToByte(null, null));
            assertNull(Values.convertToShort(null, null));
            assertNull(Values.convertToInteger(null, null));
            assertNull(Values.convertToLong(null, null));
        }

        @Test
        void valuesOfTheTargetTypeAreReturnedAsIs() {
            Short s = 1000;
            Integer i = 100000;
            Long l = 100000L;
            assertSame(s, Values.convertToShort(null, s));
            assertSame(i, Values.convertToInteger(null, i));
            assertSame(l, Values.convertToLong(null, l));
        }

        @Test
        void widerNumbersNarrowLikeJavaCasts() {
            assertEquals((byte) 44, Values.convertToByte(null, (short) 300));
            assertEquals((byte) -56, Values.convertToByte(null, 200));
            assertEquals((short) 4464, Values.convertToShort(null, 70000));
            assertEquals(-2147483648, Values.convertToInteger(null, 2147483648L));
            assertEquals((byte) 127, Values.convertToByte(null, new BigDecimal("-129")));
        }

        @Test
        void fractionsAreTruncatedAndOutOfRangeFloatsSaturate() {
            assertEquals((byte) 127, Values.convertToByte(null, 127.9f));
            assertEquals((byte) -1, Values.convertToByte(null, -1.5));
            assertEquals(Long.MAX_VALUE, Values.convertToLong(null, 1e300));
            assertEquals(Long.MIN_VALUE, Values.convertToLong(null, Double.NEGATIVE_INFINITY));
            assertEquals(0L, Values.convertToLong(null, Float.NaN));
            assertEquals(-1, Values.convertToInteger(null, 1.0E20f));
        }

        @Test
        void anyNumberSubclassIsAccepted() {
            assertEquals(10L, Values.convertToLong(null, BigInteger.TEN));
            assertEquals(5, Values.convertToInteger(null, new AtomicInteger(5)));
            assertEquals(7766279631452241919L, Values.convertToLong(null, new BigDecimal("99999999999999999999")));
        }

        @Test
        void stringsAreReadAsDecimalsWithoutTrimming() {
            assertEquals((byte) 1, Values.convertToByte(null, "1"));
            assertEquals((byte) -128, Values.convertToByte(null, "128"));
            assertEquals((short) -32768, Values.convertToShort(null, "32768"));
            assertEquals(1000, Values.convertToInteger(null, "1e3"));
            assertEquals(1L, Values.convertToLong(null, "1.9"));
            assertEquals(3L, Values.convertToLong(null, "\u0663"));
            DataException e = assertDataException("Unable to convert  1  (class java.lang.String) to a number",
                    () -> Values.convertToInteger(null, " 1 "));
            assertEquals(String.format(NOT_A_DIGIT, " "), e.getCause().getMessage());
            DataException empty = assertDataException("Unable to convert  (class java.lang.String) to a number",
                    () -> Values.convertToLong(null, ""));
            assertInstanceOf(NumberFormatException.class, empty.getCause());
        }

        @Test
        void theSourceSchemaNamesTheTargetInErrors() {
            assertDataException("Unable to convert abc (class java.lang.String) to Schema{INT32}",
                    () -> Values.convertToLong(Schema.INT32_SCHEMA, "abc"));
            assertDataException("Unable to convert true (class java.lang.Boolean) to Schema{BOOLEAN}",
                    () -> Values.convertToByte(Schema.BOOLEAN_SCHEMA, true));
            assertDataException("Unable to convert true (class java.lang.Boolean) to a number",
                    () -> Values.convertToShort(null, true));
        }

        @Test
        void collectionsAndOtherObjectsAreRejected() {
            assertDataException("Unable to convert [1, 2] (class java.util.Arrays$ArrayList) to a number",
                    () -> Values.convertToInteger(null, Arrays.asList(1, 2)));
            assertDataException("Unable to convert c (class java.lang.Character) to a number",
                    () -> Values.convertToLong(null, 'c'));
        }

        @Test
        void datesBecomeDaysMillisecondsOrMillisecondsPerTheirSchema() {
            assertEquals(17897L, Values.convertToLong(Date.SCHEMA, new java.util.Date(1546300800000L)));
            assertEquals(36930123, Values.convertToInteger(Time.SCHEMA, new java.util.Date(36930123L)));
            assertEquals(149503563, Values.convertToInteger(Timestamp.SCHEMA, new java.util.Date(1546337730123L)));
            assertDataException("Kafka Connect Date type should not have any time fields set to non-zero values.",
                    () -> Values.convertToLong(Date.SCHEMA, new java.util.Date(5L)));
            assertDataException("Kafka Connect Time type should not have any date fields set to non-zero values.",
                    () -> Values.convertToLong(Time.SCHEMA, new java.util.Date(1546300800000L)));
            assertDataException("Unable to convert Thu Jan 01 00:00:00 UTC 1970 (class java.util.Date) to Schema{INT64}",
                    () -> Values.convertToLong(Schema.INT64_SCHEMA, new java.util.Date(5L)));
        }
    }

    @Nested
    class ToFloatingPoint {
        @Test
        void nullConvertsToNull() {
            assertNull(Values.convertToFloat(null, null));
            assertNull(Values.convertToDouble(null, null));
        }

        @Test
        void valuesOfTheTargetTypeAreReturnedAsIs() {
            Float f = 100000.5f;
            Double d = 100000.5;
            assertSame(f, Values.convertToFloat(null, f));
            assertSame(d, Values.convertToDouble(null, d));
        }

        @Test
        void numbersConvertThroughDouble() {
            assertEquals(2.14748365E9f, Values.convertToFloat(null, Integer.MAX_VALUE));
            assertEquals(300.70001220703125, Values.convertToDouble(null, 300.7f));
            assertEquals(Float.POSITIVE_INFINITY, Values.convertToFloat(null, 1e300));
            assertEquals(1.5, Values.convertToDouble(null, new BigDecimal("1.50")));
        }

        @Test
        void stringsAreReadAsDecimals() {
            assertEquals(1.5f, Values.convertToFloat(null, "1.5"));
            assertEquals(1.0E20, Values.convertToDouble(null, "99999999999999999999"));
            assertDataException("Unable to convert NaN (class java.lang.String) to a number",
                    () -> Values.convertToDouble(null, "NaN"));
        }

        @Test
        void logicalValuesAreReadThroughTheirSchema() {
            assertEquals(5.0, Values.convertToDouble(Timestamp.SCHEMA, new java.util.Date(5L)));
            assertEquals(1.0, Values.convertToDouble(Date.SCHEMA, new java.util.Date(86400000L)));
        }
    }

    @Nested
    class AsLongAndAsDouble {
        @Test
        void readNumbersStringsAndLogicalDates() {
            assertEquals(1L, Values.asLong(1.9, null, null));
            assertEquals(1000L, Values.asLong("1e3", null, null));
            assertEquals(3L, Values.asLong(new java.util.Date(3 * 86400000L), Date.SCHEMA, null));
            assertEquals(5.5, Values.asDouble("5.5", null, null));
            assertEquals(0.10000000149011612, Values.asDouble(0.1f, null, null));
            assertEquals(Double.POSITIVE_INFINITY, Values.asDouble("1e400", null, null));
        }

        @Test
        void theGivenErrorBecomesTheCauseUnlessParsingFailed() {
            RuntimeException boom = new RuntimeException("boom");
            Object opaque = new Object() {
                @Override
                public String toString() {
                    return "OBJ";
                }
            };
            DataException e = assertThrows(DataException.class, () -> Values.asLong(opaque, Schema.INT8_SCHEMA, boom));
            assertSame(boom, e.getCause());
            assertEquals("Unable to convert OBJ (" + opaque.getClass() + ") to Schema{INT8}", e.getMessage());
            DataException parsing = assertThrows(DataException.class, () -> Values.asDouble("x", Schema.STRING_SCHEMA, boom));
            assertInstanceOf(NumberFormatException.class, parsing.getCause());
            assertEquals("Unable to convert x (class java.lang.String) to Schema{STRING}", parsing.getMessage());
        }

        @Test
        void nullValuesFailWithANullPointerException() {
            NullPointerException e = assertThrows(NullPointerException.class, () -> Values.asLong(null, null, null));
            assertEquals("Cannot invoke \"Object.getClass()\" because \"value\" is null", e.getMessage());
            assertThrows(NullPointerException.class, () -> Values.asDouble(null, null, null));
        }
    }
}
