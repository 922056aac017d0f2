/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Conversions to the logical types: times, dates, timestamps, decimals, and raw bytes. */
class ValuesConvertLogicalTest {

    private static final String NULL_NOT_ALLOWED = "Unable to convert a null value to a schema that requires a value";
    private static final String TIME_OUT_OF_RANGE =
            "Time values must use number of milliseconds greater than 0 and less than 86400000";
    private static final String DATE_WITH_TIME = "Kafka Connect Date type should not have any time fields set to non-zero values.";
    private static final String TIME_WITH_DATE = "Kafka Connect Time type should not have any date fields set to non-zero values.";
    private static final long DAY = 86400000L;
    private static TimeZone savedZone;

    @BeforeAll
    static void useUtc() {
        savedZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(savedZone);
    }

    private static java.util.Date at(long millis) {
        return new java.util.Date(millis);
    }

    private static void assertDataException(String message, Executable conversion) {
        DataException e = assertThrows(DataException.class, conversion);
        assertEquals(message, e.getMessage());
    }

    @Nested
    class ToTime {
        @Test
        void nullIsRejectedSinceTheTargetIsRequired() {
            assertDataException(NULL_NOT_ALLOWED, () -> Values.convertToTime(null, null));
        }

        @Test
        void numbersAreMillisecondsSinceMidnightUpToAFullDay() {
            assertEquals(at(36930123L), Values.convertToTime(null, 36930123));
            assertEquals(at(300L), Values.convertToTime(null, 300.7f));
            assertEquals(at(DAY), Values.convertToTime(null, DAY));
            assertEquals(at(0L), Values.convertToTime(null, Long.MIN_VALUE));
            assertDataException(TIME_OUT_OF_RANGE, () -> Values.convertToTime(null, -1));
            assertDataException(TIME_OUT_OF_RANGE, () -> Values.convertToTime(null, 1546337730123L));
        }

        @Test
        void datesWithoutSchemaOrWithATimeSchemaAreReturnedAsIs() {
            java.util.Date date = at(1546337730123L);
            assertSame(date, Values.convertToTime(null, date));
            assertSame(date, Values.convertToTime(Time.SCHEMA, date));
        }

        @Test
        void timestampsKeepTheirTimeOfDay() {
            assertEquals(at(36930123L), Values.convertToTime(Timestamp.SCHEMA, at(1546337730123L)));
            assertEquals(at(86399999L), Values.convertToTime(Timestamp.SCHEMA, at(-1L)));
            assertEquals(at(0L), Values.convertToTime(Timestamp.SCHEMA, at(DAY)));
        }

        @Test
        void datesWithADateSchemaAreTakenAsANumberOfDays() {
            assertEquals(at(17897L), Values.convertToTime(Date.SCHEMA, at(1546300800000L)));
            assertDataException(DATE_WITH_TIME, () -> Values.convertToTime(Date.SCHEMA, at(5L)));
            assertDataException("Unable to convert Thu Jan 01 00:00:00 UTC 1970 (class java.util.Date) to Schema{INT64}",
                    () -> Values.convertToTime(Schema.INT64_SCHEMA, at(5L)));
        }

        @Test
        void stringsAreParsedFirst() {
            assertEquals(at(36930123L), Values.convertToTime(null, "10:15:30.123Z"));
            assertEquals(at(1546300800000L), Values.convertToTime(null, "2019-01-01"));
            assertEquals(at(1L), Values.convertToTime(null, " 1 "));
            assertEquals(at(36930123L), Values.convertToTime(Timestamp.SCHEMA, "2019-01-01T10:15:30.123Z"));
            assertDataException("Unable to convert true (class java.lang.Boolean) to a number",
                    () -> Values.convertToTime(null, "true"));
            assertDataException("Unable to convert abc (class java.lang.String) to a number",
                    () -> Values.convertToTime(null, "abc"));
        }

        @Test
        void parsedDatesStillHonourTheSourceSchema() {
            assertDataException("Unable to convert Tue Jan 01 00:00:00 UTC 2019 (class java.util.Date) to Schema{STRING}",
                    () -> Values.convertToTime(Schema.STRING_SCHEMA, "2019-01-01"));
        }

        @Test
        void theNullLiteralFailsWithANullPointerException() {
            NullPointerException e = assertThrows(NullPointerException.class, () -> Values.convertToTime(null, "null"));
            assertEquals("Cannot invoke \"org.apache.kafka.connect.data.SchemaAndValue.value()\" because \"parsed\" is null",
                    e.getMessage());
        }
    }

    @Nested
    class ToDate {
        @Test
        void nullIsRejectedSinceTheTargetIsRequired() {
            assertDataException(NULL_NOT_ALLOWED, () -> Values.convertToDate(null, null));
        }

        @Test
        void numbersAreDaysSinceTheEpochNarrowedToInt() {
            assertEquals(at(1546300800000L), Values.convertToDate(null, 17897));
            assertEquals(at(-DAY), Values.convertToDate(null, -1.5));
            assertEquals(at(-185542587187200000L), Values.convertToDate(null, 2147483648L));
            assertEquals(at(-DAY), Values.convertToDate(null, Long.MAX_VALUE));
        }

        @Test
        void datesWithoutSchemaOrWithADateSchemaAreReturnedAsIsEvenOffMidnight() {
            java.util.Date date = at(5L);
            assertSame(date, Values.convertToDate(null, date));
            assertSame(date, Values.convertToDate(Date.SCHEMA, date));
        }

        @Test
        void timestampsAreTruncatedTowardZeroToWholeDays() {
            assertEquals(at(1546300800000L), Values.convertToDate(Timestamp.SCHEMA, at(1546337730123L)));
            assertEquals(at(0L), Values.convertToDate(Timestamp.SCHEMA, at(-1L)));
            assertEquals(at(-DAY), Values.convertToDate(Timestamp.SCHEMA, at(-DAY - 1)));
        }

        @Test
        void timesAreTakenAsANumberOfDays() {
            assertEquals(at(5 * DAY), Values.convertToDate(Time.SCHEMA, at(5L)));
            assertDataException(TIME_WITH_DATE, () -> Values.convertToDate(Time.SCHEMA, at(-DAY)));
        }

        @Test
        void stringsAreParsedFirst() {
            assertEquals(at(1546300800000L), Values.convertToDate(null, "2019-01-01"));
            assertEquals(at(2 * DAY), Values.convertToDate(Schema.STRING_SCHEMA, " 2 "));
            assertEquals(at(1546300800000L), Values.convertToDate(Timestamp.SCHEMA, "2019-01-01T10:15:30.123Z"));
            assertDataException("Unable to convert [1, 2] (class java.util.ArrayList) to a number",
                    () -> Values.convertToDate(null, "[1,2]"));
        }
    }

    @Nested
    class ToTimestamp {
        @Test
        void nullIsRejectedSinceTheTargetIsRequired() {
            assertDataException(NULL_NOT_ALLOWED, () -> Values.convertToTimestamp(null, null));
        }

        @Test
        void numbersAreMillisecondsSinceTheEpoch() {
            assertEquals(at(1546337730123L), Values.convertToTimestamp(null, 1546337730123L));
            assertEquals(at(Long.MAX_VALUE), Values.convertToTimestamp(null, Float.POSITIVE_INFINITY));
            assertEquals(at(2L), Values.convertToTimestamp(Decimal.schema(2), new BigDecimal("2.50")));
        }

        @Test
        void datesWithoutSchemaOrWithATimestampSchemaAreReturnedAsIs() {
            java.util.Date date = at(5L);
            assertSame(date, Values.convertToTimestamp(null, date));
            assertSame(date, Values.convertToTimestamp(Timestamp.SCHEMA, date));
        }

        @Test
        void datesAndTimesAreValidatedAndCopied() {
            java.util.Date midnight = at(DAY);
            assertEquals(midnight, Values.convertToTimestamp(Date.SCHEMA, midnight));
            assertNotSame(midnight, Values.convertToTimestamp(Date.SCHEMA, midnight));
            assertEquals(at(5L), Values.convertToTimestamp(Time.SCHEMA, at(5L)));
            assertDataException(DATE_WITH_TIME, () -> Values.convertToTimestamp(Date.SCHEMA, at(5L)));
            assertDataException(TIME_WITH_DATE, () -> Values.convertToTimestamp(Time.SCHEMA, at(-DAY)));
        }

        @Test
        void stringsAreParsedFirst() {
            assertEquals(at(1546337730123L), Values.convertToTimestamp(null, "2019-01-01T10:15:30.123Z"));
            assertEquals(at(5L), Values.convertToTimestamp(null, "5"));
            assertEquals(at(36930123L), Values.convertToTimestamp(Time.SCHEMA, "10:15:30.123Z"));
        }
    }

    @Nested
    class ToDecimal {
        @Test
        void nullIsRejectedSinceTheTargetIsRequired() {
            assertDataException(NULL_NOT_ALLOWED, () -> Values.convertToDecimal(null, null, 2));
        }

        @Test
        void decimalsAreReturnedAsIsWhateverTheScale() {
            BigDecimal decimal = new BigDecimal("1.5");
            assertSame(decimal, Values.convertToDecimal(null, decimal, 3));
        }

        @Test
        void otherNumbersGoThroughTheirDoubleValue() {
            assertEquals(new BigDecimal("1.0"), Values.convertToDecimal(null, 1, 0));
            assertEquals(new BigDecimal("8.64E+7"), Values.convertToDecimal(null, DAY, 0));
            assertEquals(new BigDecimal("300.70001220703125"), Values.convertToDecimal(null, 300.7f, 2));
            assertEquals(new BigDecimal("10.0"), Values.convertToDecimal(null, BigInteger.TEN, 2));
            assertEquals(new BigDecimal("-9.223372036854776E+18"), Values.convertToDecimal(null, Long.MIN_VALUE, 1));
            NumberFormatException e = assertThrows(NumberFormatException.class,
                    () -> Values.convertToDecimal(null, Double.NaN, 2));
            assertEquals("Character N is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.",
                    e.getMessage());
        }

        @Test
        void stringsAreReadAsDecimalLiteralsAndBadOnesFailUnwrapped() {
            assertEquals(new BigDecimal("1.5"), Values.convertToDecimal(null, "1.5", 2));
            assertEquals(new BigDecimal("1E+3"), Values.convertToDecimal(null, "1e3", 0));
            assertThrows(NumberFormatException.class, () -> Values.convertToDecimal(null, " 1", 2));
            assertThrows(NumberFormatException.class, () -> Values.convertToDecimal(null, "2019-01-01", 2));
        }

        @Test
        void bytesAreUnscaledValuesUsingTheRequestedScale() {
            assertEquals(new BigDecimal("2.58"), Values.convertToDecimal(null, new byte[] {1, 2}, 2));
            assertEquals(new BigDecimal("100"), Values.convertToDecimal(Decimal.schema(2), new byte[] {0, 100}, 0));
            ByteBuffer buffer = ByteBuffer.wrap(new byte[] {1, 2, 3});
            buffer.get();
            assertEquals(new BigDecimal("515"), Values.convertToDecimal(null, buffer, 0));
            assertEquals(1, buffer.position());
            NumberFormatException e = assertThrows(NumberFormatException.class,
                    () -> Values.convertToDecimal(null, new byte[0], 2));
            assertEquals("Zero length BigInteger", e.getMessage());
        }

        @Test
        void otherValuesAreRejectedNamingTheDecimalSchema() {
            assertDataException("Unable to convert true (class java.lang.Boolean) to Schema{org.apache.kafka.connect.data.Decimal:BYTES}",
                    () -> Values.convertToDecimal(null, true, 2));
            assertDataException("Unable to convert Thu Jan 01 00:00:00 UTC 1970 (class java.util.Date) to Schema{org.apache.kafka.connect.data.Decimal:BYTES}",
                    () -> Values.convertToDecimal(Date.SCHEMA, at(0L), 2));
        }
    }

    @Nested
    class ToBytesThroughConvertTo {
        @Test
        void bytesAreReturnedAsIsAndBuffersCopiedFromTheirPosition() {
            byte[] bytes = {1, 2};
            assertSame(bytes, Values.convertTo(Schema.BYTES_SCHEMA, null, bytes));
            ByteBuffer buffer = ByteBuffer.wrap(new byte[] {1, 2, 3});
            buffer.get();
            assertArrayEquals(new byte[] {2, 3}, (byte[]) Values.convertTo(Schema.BYTES_SCHEMA, null, buffer));
            assertEquals(1, buffer.position());
        }

        @Test
        void decimalSchemasDecodeBytes() {
            assertEquals(new BigDecimal("1.00"), Values.convertTo(Decimal.schema(2), Decimal.schema(2), new byte[] {0, 100}));
            assertArrayEquals(new byte[] {0, 100},
                    (byte[]) Values.convertTo(SchemaBuilder.bytes().name("customBytes").build(), Decimal.schema(2), new byte[] {0, 100}));
        }

        @Test
        void aBigDecimalNeedsAScaleParameterOnTheTarget() {
            NullPointerException npe = assertThrows(NullPointerException.class,
                    () -> Values.convertTo(Schema.BYTES_SCHEMA, null, new BigDecimal("2.50")));
            assertEquals("Cannot invoke \"java.util.Map.get(Object)\" because the return value of "
                    + "\"org.apache.kafka.connect.data.Schema.parameters()\" is null", npe.getMessage());
            assertDataException("Invalid Decimal schema: scale parameter not found.",
                    () -> Values.convertTo(SchemaBuilder.bytes().parameter("other", "1").build(), null, BigDecimal.ONE));
            DataException bad = assertThrows(DataException.class,
                    () -> Values.convertTo(SchemaBuilder.bytes().parameter("scale", "x").build(), null, BigDecimal.ONE));
            assertEquals("Invalid scale parameter found in Decimal schema: ", bad.getMessage());
            assertInstanceOf(NumberFormatException.class, bad.getCause());
        }

        @Test
        void otherValuesAreRejectedNamingTheTarget() {
            assertDataException("Unable to convert abc (class java.lang.String) to Schema{BYTES}",
                    () -> Values.convertTo(Schema.BYTES_SCHEMA, null, "abc"));
            assertDataException("Unable to convert [1, 2] (class java.util.Arrays$ArrayList) to Schema{customBytes:BYTES}",
                    () -> Values.convertTo(SchemaBuilder.bytes().name("customBytes").build(), null, Arrays.asList(1, 2)));
        }
    }

    @Nested
    class LogicalTargetsThroughConvertTo {
        @Test
        void onlyTheMatchingPhysicalTypeMakesATargetLogical() {
            assertEquals(5L, Values.convertTo(SchemaBuilder.int64().name(Date.LOGICAL_NAME).build(), null, 5));
            assertEquals(5, Values.convertTo(SchemaBuilder.int32().name(Timestamp.LOGICAL_NAME).build(), null, "5"));
            assertEquals(at(5 * DAY), Values.convertTo(Date.SCHEMA, null, "5"));
        }

        @Test
        void optionalLogicalTargetsAcceptNull() {
            assertEquals(null, Values.convertTo(Time.builder().optional().build(), null, null));
            assertEquals(null, Values.convertTo(Decimal.builder(2).optional().build(), null, null));
        }
    }
}
